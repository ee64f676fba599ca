// Any byte sequence is opened as a table or refused with an issue: too large, empty, binary,
// an old .xls or an encrypted workbook (OLE2), a damaged or bomb-like zip. Text is CSV, TSV or
// SDMX-CSV (recognised by its first column, STRUCTURE or DATAFLOW); a zip is an XLSX.
import { createIssue } from '../issues/issue.js';
import type { IssueLog } from '../issues/issue-log.js';
import { openCsv, sniffCsv } from '../readers/csv/read-csv.js';
import type { RawRow, ReadDecisions } from '../readers/raw-row.js';
import { type ReadLimits, toMegabytes } from '../readers/read-limits.js';
import { guardZip } from '../readers/xlsx/guard-zip.js';
import { readXlsxSheets, type SheetRows } from '../readers/xlsx/read-xlsx.js';
import type { ByteSource } from '../source/byte-source.js';
import { detectFileKind } from '../source/detect-format.js';

export interface OpenedTable {
  decisions: ReadDecisions;
  /** One "sheet" for text files; every sheet, in workbook order, for XLSX. */
  sheets: AsyncIterable<SheetRows>;
}

const HEAD_BYTES = 64 * 1024;

export async function openTable(
  source: ByteSource,
  log: IssueLog,
  limits: ReadLimits,
): Promise<OpenedTable | undefined> {
  const unreadable = (reason: string) => {
    log.add(createIssue('UNREADABLE_FILE', {}, { file: source.name, reason }));
    return undefined;
  };
  const size = await source.size();
  if (size > limits.maxBytes) {
    log.add(
      createIssue('FILE_TOO_LARGE', {}, { size: toMegabytes(size), limit: toMegabytes(limits.maxBytes) }),
    );
    return undefined;
  }
  const head = await source.readRange(0, HEAD_BYTES);
  const kind = detectFileKind(head);
  if (kind === 'empty') return unreadable('empty');
  if (kind === 'ole2') return unreadable('xls or encrypted workbook');
  if (kind === 'binary') return unreadable('binary');
  if (kind === 'zip') {
    const verdict = await guardZip(source, limits);
    if (!verdict.ok) {
      log.add(verdict.issue);
      return undefined;
    }
    return { decisions: { format: 'xlsx' }, sheets: readXlsxSheets(source, log, limits) };
  }
  const dialect = await sniffCsv(source, head);
  const opened = openCsv(source, dialect, log, limits);
  const sdmxVersion = /^STRUCTURE(\[.*\])?$/i.test(dialect.firstCell)
    ? '2.0'
    : /^DATAFLOW$/i.test(dialect.firstCell)
      ? '1.0'
      : undefined;
  const decisions: ReadDecisions = sdmxVersion
    ? { ...opened.decisions, format: 'sdmx-csv', formatVersion: sdmxVersion }
    : opened.decisions;
  return { decisions, sheets: singleSheet(opened.batches) };
}

async function* singleSheet(batches: AsyncIterable<RawRow[]>): AsyncGenerator<SheetRows> {
  yield { name: '', hidden: false, batches };
}
