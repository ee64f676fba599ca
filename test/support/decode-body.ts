// Every body an HTTP answer can carry, as the text a reader would see: content codings undone
// (brotli, gzip, deflate, and a gzip file inside), PDF through pdftotext, XLSX cell by cell
// through exceljs plus the raw XML of every zip entry, anything else as UTF-8 (JSON, CSV, XML,
// HTML). Leak checks search this text, so a figure cannot hide in an encoding.
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { extractPdfText, HAS_PDFTOTEXT } from './pdf-text.js';

function undoCoding(body: Buffer, coding: string | undefined): Buffer {
  if (coding === 'br') return brotliDecompressSync(body);
  if (coding === 'gzip') return gunzipSync(body);
  if (coding === 'deflate') return inflateSync(body);
  return body;
}

/** The entries of a zip file, inflated, read from its central directory. */
export function unzipEntries(zip: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip file: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataAt, dataAt + size);
    out.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return out;
}

async function xlsxText(body: Buffer): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        cells.push(cell.text);
        if (typeof cell.value === 'number') cells.push(String(cell.value));
      });
    });
  });
  return cells.join('\n');
}

const GZIP = Buffer.from([0x1f, 0x8b]);
const ZIP = Buffer.from('PK\u0003\u0004', 'latin1');
const PDF = Buffer.from('%PDF-', 'latin1');

/** The readable text of an answer body; `decoded` names each decoding applied. */
export async function decodeBody(
  raw: Buffer,
  headers: { 'content-encoding'?: string | string[] | number; 'content-type'?: string | string[] | number },
  decoded: string[] = [],
): Promise<string> {
  const coding = headers['content-encoding'];
  let body = undoCoding(raw, typeof coding === 'string' ? coding : undefined);
  if (typeof coding === 'string') decoded.push(coding);
  if (body.subarray(0, 2).equals(GZIP)) {
    body = gunzipSync(body);
    decoded.push('gzip file');
  }
  if (body.subarray(0, 5).equals(PDF)) {
    decoded.push('pdf');
    if (!HAS_PDFTOTEXT) throw new Error('a PDF answer cannot be checked without pdftotext');
    return extractPdfText(body);
  }
  if (body.subarray(0, 4).equals(ZIP)) {
    const entries = unzipEntries(body);
    decoded.push('zip');
    const parts = [...entries.values()].map((entry) => entry.toString('utf8'));
    if (entries.has('xl/workbook.xml')) {
      decoded.push('xlsx');
      parts.push(await xlsxText(body));
    }
    return parts.join('\n');
  }
  return body.toString('utf8');
}
