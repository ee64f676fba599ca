// XLSX through exceljs's streaming reader: sheet by sheet, row by row, shared strings cached
// (their size is bounded by guardZip, which must have passed), styles ignored. The caller
// chooses the sheet as they stream by; leaving a sheet unread skips it. exceljs is loaded on the
// first workbook only: it takes ~0.2 s to load, which a CSV import's worker thread need not pay.
import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { createIssue } from '../../issues/issue.js';
import type { IssueLog } from '../../issues/issue-log.js';
import type { ByteSource } from '../../source/byte-source.js';
import type { RawRow } from '../raw-row.js';
import type { ReadLimits } from '../read-limits.js';
import { toCells } from './cell-value.js';

export interface SheetRows {
  name: string;
  hidden: boolean;
  batches: AsyncIterable<RawRow[]>;
}

interface SheetReader extends AsyncIterable<ExcelJS.Row> {
  name: string;
  state?: string;
}

const BATCH = 500;

export async function* readXlsxSheets(
  source: ByteSource,
  log: IssueLog,
  limits: ReadLimits,
): AsyncGenerator<SheetRows> {
  const input = Readable.from(source.open());
  const state = { failed: false };
  const fail = (error: unknown) => {
    if (state.failed) return;
    state.failed = true;
    const reason = error instanceof Error ? error.message : 'unreadable';
    log.add(createIssue('UNREADABLE_FILE', {}, { file: source.name, reason }));
  };
  try {
    const { default: excel } = await import('exceljs');
    const workbook = new excel.stream.xlsx.WorkbookReader(input, {
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'ignore',
      worksheets: 'emit',
      entries: 'ignore',
    });
    for await (const sheet of workbook as AsyncIterable<unknown> as AsyncIterable<SheetReader>) {
      if (state.failed) return;
      yield {
        name: sheet.name,
        hidden: sheet.state !== undefined && sheet.state !== 'visible',
        batches: readSheetRows(sheet, log, limits, fail),
      };
    }
  } catch (error) {
    fail(error);
  } finally {
    input.destroy();
  }
}

async function* readSheetRows(
  sheet: SheetReader,
  log: IssueLog,
  limits: ReadLimits,
  fail: (error: unknown) => void,
): AsyncGenerator<RawRow[]> {
  let batch: RawRow[] = [];
  let count = 0;
  try {
    for await (const row of sheet) {
      if (++count > limits.maxRows) {
        log.add(createIssue('TOO_MANY_ROWS', {}, { limit: limits.maxRows }));
        return;
      }
      batch.push({ row: row.number, cells: toCells(row.values) });
      if (batch.length >= BATCH) {
        yield batch;
        batch = [];
      }
    }
  } catch (error) {
    fail(error);
  }
  if (batch.length > 0) yield batch;
}
