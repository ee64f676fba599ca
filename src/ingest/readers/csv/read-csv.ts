// CSV and TSV, streamed: bytes are decoded chunk by chunk in the detected encoding and cut into
// records by papaparse's core parser, which we drive ourselves so that reading pauses whenever
// the consumer does (memory stays bounded whatever the file size). A record's row number is
// the line it starts on, counting line breaks inside quoted cells.
import Papa from 'papaparse';
import { createIssue } from '../../issues/issue.js';
import type { IssueLog } from '../../issues/issue-log.js';
import type { ByteSource } from '../../source/byte-source.js';
import type { OpenedRows, RawRow } from '../raw-row.js';
import type { ReadLimits } from '../read-limits.js';
import { decodeText } from './decode-text.js';
import { detectEncoding, type TextEncoding } from './detect-encoding.js';
import { describeDelimiter, sniffDelimiter, sniffNewline } from './sniff-text.js';

// A record longer than this is a quote that never closes, not data: stop rather than buffer the file.
const MAX_RECORD_CHARS = 1 << 20;
// Small chunks keep each batch's rows young: they die in the nursery instead of being promoted.
const CHUNK_BYTES = 64 * 1024;

export interface CsvDialect {
  encoding: TextEncoding;
  delimiter: string;
  newline: '\r\n' | '\n' | '\r';
  /** The first line's first cell, which tells SDMX-CSV from plain CSV. */
  firstCell: string;
}

export async function sniffCsv(source: ByteSource, head: Uint8Array): Promise<CsvDialect> {
  const encoding = await detectEncoding(source, head);
  let text = '';
  for await (const part of decodeText([head], encoding)) text += part;
  const delimiter = sniffDelimiter(text);
  const newline = sniffNewline(text);
  const firstLine = text.split(newline, 1)[0] ?? '';
  const firstCell = (firstLine.split(delimiter, 1)[0] ?? '').replace(/"/g, '').trim();
  return { encoding, delimiter, newline, firstCell };
}

interface ParsedChunk {
  data: string[][];
  errors: Papa.ParseError[];
  meta: { cursor: number };
}

export function openCsv(
  source: ByteSource,
  dialect: CsvDialect,
  log: IssueLog,
  limits: ReadLimits,
): OpenedRows {
  return {
    decisions: { format: 'csv', encoding: dialect.encoding, delimiter: describeDelimiter(dialect.delimiter) },
    batches: readCsvBatches(source, dialect, log, limits),
  };
}

async function* readCsvBatches(
  source: ByteSource,
  dialect: CsvDialect,
  log: IssueLog,
  limits: ReadLimits,
): AsyncGenerator<RawRow[]> {
  const parser = new Papa.Parser({ delimiter: dialect.delimiter, newline: dialect.newline, quoteChar: '"' });
  const lineBreak = dialect.newline === '\r' ? '\r' : '\n';
  let line = 1;
  let rows = 0;
  let partial = '';
  let baseIndex = 0;

  const toRows = (parsed: ParsedChunk): RawRow[] | undefined => {
    const batch: RawRow[] = [];
    const firstLine = line;
    for (const fields of parsed.data) {
      let breaks = 0;
      for (let i = 0; i < fields.length; i++) {
        const field = fields[i] as string;
        if (field.length > 1 && field.includes(lineBreak)) breaks += field.split(lineBreak).length - 1;
        fields[i] = field.trim();
      }
      batch.push({ row: line, cells: fields });
      line += 1 + breaks;
    }
    for (const error of parsed.errors) {
      // An error in the unfinished last record of a chunk is only the chunk's cut: it is re-read.
      if (error.row !== undefined && error.row >= parsed.data.length) continue;
      const row = batch[error.row ?? 0]?.row ?? firstLine;
      log.add(createIssue('UNREADABLE_FILE', { row }, { file: source.name, reason: error.code }));
    }
    rows += batch.length;
    if (rows > limits.maxRows) {
      log.add(createIssue('TOO_MANY_ROWS', {}, { limit: limits.maxRows }));
      return undefined;
    }
    return batch;
  };

  for await (const text of decodeText(source.open(CHUNK_BYTES), dialect.encoding)) {
    const aggregate = partial + text;
    const parsed = parser.parse(aggregate, baseIndex, true) as ParsedChunk;
    partial = aggregate.substring(parsed.meta.cursor - baseIndex);
    baseIndex = parsed.meta.cursor;
    const batch = toRows(parsed);
    if (!batch) return;
    if (batch.length > 0) yield batch;
    if (partial.length > MAX_RECORD_CHARS) {
      log.add(createIssue('UNREADABLE_FILE', { row: line }, { file: source.name, reason: 'MissingQuotes' }));
      return;
    }
  }
  const last = toRows(parser.parse(partial, baseIndex, false) as ParsedChunk);
  if (last && last.length > 0) yield last;
}
