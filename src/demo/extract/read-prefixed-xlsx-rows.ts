// Build-time only: rows of a workbook's first worksheet when its XML uses namespace prefixes
// (<x:row>, <x:c>), as the OECD's StatLink files do (written by the Open XML SDK). exceljs
// expects unprefixed SpreadsheetML and fails on them, so we read the two parts we need here.
import { readFileSync } from 'node:fs';
import type { PlainCell } from './read-xlsx-rows.js';
import { unzipEntries } from './unzip-entries.js';

export function readPrefixedXlsxRows(path: string, sheetPart = 'xl/worksheets/sheet1.xml'): PlainCell[][] {
  const entries = unzipEntries(readFileSync(path));
  const sheet = entries.get(sheetPart);
  if (!sheet) throw new Error(`${path}: no ${sheetPart}`);
  const shared = entries.get('xl/sharedStrings.xml');
  const strings = shared ? readSharedStrings(stripPrefixes(shared.toString('utf8'))) : [];
  return readSheetRows(stripPrefixes(sheet.toString('utf8')), strings);
}

/** `<x:c r="A1">` → `<c r="A1">`: element prefixes only; attributes are left alone. */
function stripPrefixes(xml: string): string {
  return xml.replace(/<(\/?)[A-Za-z][\w.-]*:/g, '<$1');
}

function readSharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((si) =>
    [...(si[1] ?? '').matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((t) => decodeXml(t[1] ?? '')).join(''),
  );
}

function readSheetRows(xml: string, strings: string[]): PlainCell[][] {
  const rows: PlainCell[][] = [];
  for (const row of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const rowNumber = Number(/(?:^|\s)r="(\d+)"/.exec(row[1] ?? '')?.[1] ?? rows.length + 1);
    const cells: PlainCell[] = [];
    for (const cell of (row[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attributes = cell[1] ?? '';
      const ref = /(?:^|\s)r="([A-Z]+)\d+"/.exec(attributes)?.[1];
      if (!ref) continue;
      cells[columnIndex(ref)] = readCellValue(attributes, cell[2] ?? '', strings);
    }
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? null);
  }
  return Array.from(rows, (r) => r ?? []);
}

function readCellValue(attributes: string, body: string, strings: string[]): PlainCell {
  const type = /(?:^|\s)t="(\w+)"/.exec(attributes)?.[1];
  if (type === 'inlineStr') return decodeXml(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/.exec(body)?.[1] ?? '');
  const raw = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
  if (raw === undefined) return null;
  if (type === 's') return strings[Number(raw)] ?? null;
  if (type === 'str' || type === 'e' || type === 'b') return decodeXml(raw);
  return Number(raw);
}

function columnIndex(letters: string): number {
  let index = 0;
  for (const ch of letters) index = index * 26 + (ch.charCodeAt(0) - 64);
  return index - 1;
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}
