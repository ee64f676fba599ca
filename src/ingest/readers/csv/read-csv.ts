// CSV and TSV, streamed: bytes are decoded chunk by chunk in the detected encoding and cut into
// records — by split-records.ts when the chunk is plain, else by papaparse's core parser — which
// we drive ourselves so that reading pauses whenever the consumer does (memory stays bounded
// whatever the file size). A record's row number is the line it starts on, counting line
// breaks inside quoted cells.
import Papa from 'papaparse';
import { createIssue } from '../../issues/issue.js';
import type { IssueLog } from '../../issues/issue-log.js';
import type { ByteSource } from '../../source/byte-source.js';
import type { OpenedRows, RawRow } from '../raw-row.js';
import type { ReadLimits } from '../read-limits.js';
import { decodeText } from './decode-text.js';
import { detectEncoding, type TextEncoding } from './detect-encoding.js';
import { describeDelimiter, sniffDelimiter, sniffNewline } from './sniff-text.js';
import { splitRecords } from './split-records.js';

// A record longer than this is a quote that never closes, not data: stop rather than buffer the file.
const MAX_RECORD_CHARS = 1 << 20;
// Small chunks keep each batch's rows young: they die in the nursery instead of being promoted.
// 16 KB (≈370 rows of a typical file), not 64 KB: with batches of ≈1,500 rows a large share of
// each scavenge survived into the old generation in about half the runs, which cost ≈0.8 s of
// garbage collection per million rows and ≈60 MB of memory.
const CHUNK_BYTES = 16 * 1024;

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

  /** `consumed`: the text the records were cut from, when known (see hasOneBreakPerRecord). */
  const toRows = (parsed: ParsedChunk, consumed?: string): RawRow[] | undefined => {
    const batch: RawRow[] = [];
    const firstLine = line;
    const oneLineEach =
      consumed !== undefined && hasOneBreakPerRecord(consumed, lineBreak, parsed.data.length);
    for (const fields of parsed.data) {
      let breaks = 0;
      for (let i = 0; i < fields.length; i++) {
        const field = fields[i] as string;
        if (!oneLineEach && field.length > 1 && field.includes(lineBreak))
          breaks += field.split(lineBreak).length - 1;
        fields[i] = trimCell(field);
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
    const parsed =
      splitRecords(aggregate, dialect.delimiter, dialect.newline, baseIndex) ??
      (parser.parse(aggregate, baseIndex, true) as ParsedChunk);
    const consumed = aggregate.substring(0, parsed.meta.cursor - baseIndex);
    partial = aggregate.substring(parsed.meta.cursor - baseIndex);
    baseIndex = parsed.meta.cursor;
    const batch = toRows(parsed, consumed);
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

/**
 * Whether `text`, cut into `records` complete records, holds exactly one line break per record
 * (its terminator): then no cell spans lines, and each record's row number is the next line —
 * one scan of the chunk instead of a search through every cell. Otherwise cells are searched.
 */
function hasOneBreakPerRecord(text: string, lineBreak: string, records: number): boolean {
  let breaks = 0;
  for (let at = text.indexOf(lineBreak); at >= 0; at = text.indexOf(lineBreak, at + 1)) {
    if (++breaks > records) return false;
  }
  return breaks === records;
}

/** A visible ASCII character (not a space): no cell starting and ending with one needs trimming. */
const isVisibleAscii = (code: number) => code > 32 && code < 127;

/** The cell without surrounding spaces; trim() only when an end may be a space of any kind. */
function trimCell(field: string): string {
  const length = field.length;
  if (length > 0 && isVisibleAscii(field.charCodeAt(0)) && isVisibleAscii(field.charCodeAt(length - 1)))
    return field;
  return field.trim();
}
