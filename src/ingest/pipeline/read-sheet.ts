// One sheet (a CSV is one) read to the end, its header found: settle the country, load the
// store context, decide the decimal mark, then map and validate row by row, yielding the
// accepted observations batch by batch, in columns; the set-level rules run after the last row.
import type { TableDef } from '../../framework/types.js';
import type { IssueLog } from '../issues/issue-log.js';
import { decideDecimal } from '../layout/decide-decimal.js';
import type { FoundHeader } from '../layout/find-header.js';
import { createRowReader, type ObservationSink, type RowReader } from '../layout/row-reader.js';
import type { RawRow, TemplateIdentity } from '../readers/raw-row.js';
import type { ReportDecisions } from '../report/validation-report.js';
import { createObservationValidator } from '../validation/create-validator.js';
import { type AcceptedBatch, createAcceptedBatch } from './accepted-batch.js';
import { loadIngestContext } from './ingest-context.js';
import { reportLayout, reportMissingColumns, sampleValueCells } from './read-layout.js';
import type { ReadSubmissionOptions } from './read-submission.js';
import { type ResolvedTable, readCountryFromRows, resolveCountry } from './resolve-target.js';
import type { RowStream } from './row-stream.js';
import type { RunState } from './run-state.js';

const PROGRESS_EVERY = 25_000;

export interface SheetRun {
  options: ReadSubmissionOptions;
  state: RunState;
  log: IssueLog;
  identity: TemplateIdentity;
}

export interface SheetHead {
  rows: RowStream;
  /** The first rows, buffered: titles, the header, and the data rows that decide the decimal mark. */
  head: readonly RawRow[];
  found: FoundHeader | undefined;
  resolved: ResolvedTable;
}

export async function* readSheet(run: SheetRun, sheet: SheetHead): AsyncGenerator<AcceptedBatch> {
  const { options, state, log, identity } = run;
  const { rows, head, found, resolved } = sheet;
  const table = resolved.table as TableDef;
  state.table = table;
  state.decisions.tableFrom = resolved.from;
  if (!found) {
    reportMissingColumns(table, head, resolveCountry(options, identity, head).country, state, log);
    return;
  }
  const { layout } = found;
  const dataHead = head.slice(found.at + 1);
  const hinted = resolveCountry(options, identity, head);
  const country = hinted.country ?? readCountryFromRows(layout, dataHead);
  state.country = country ?? null;
  state.decisions.countryFrom = hinted.from ?? (country ? 'file' : undefined);
  reportLayout(table, layout, state.decisions, log, state.decisions.sheet);
  if (layout.missing.length > 0) return;
  if (!country) {
    state.unresolved = { country: 'missing' };
    return;
  }
  const context = await loadIngestContext(options.contextSource, table, country, options);
  const decimal = decideDecimal(sampleValueCells(layout, dataHead), state.decisions.delimiter);
  state.decisions.decimal = decimal.decimal;
  state.decisions.decimalBasis = decimal.basis;
  const sheetName = state.decisions.format === 'xlsx' ? state.decisions.sheet : undefined;
  const validator = createObservationValidator(table, country, context.validation, log);
  const reader = createRowReader({
    table,
    country,
    layout,
    decimal: decimal.decimal,
    saved: context.saved,
    log,
    ...(sheetName !== undefined ? { sheet: sheetName } : {}),
    fillDown: state.decisions.format === 'xlsx',
    codec: validator.codec,
  });
  const action = layout.actionColumn;
  let deletions = 0;
  rows.skip(found.at + 1);
  const accepted = createAcceptedBatch(table.id, validator.codec, reader.keyOrder);
  // One sink for every row: a closure per row would cost an allocation a million times over.
  const sink: ObservationSink = {
    plain(observation, location) {
      if (validator.add(observation, location)) accepted.pushObservation(observation, location);
    },
    keyed(observation) {
      if (validator.addKeyed(observation)) accepted.pushKeyed(observation);
    },
  };
  for await (const batch of rows.batches()) {
    accepted.clear();
    for (const row of batch) {
      state.rows++;
      if (action !== undefined && String(row.cells[action]).toUpperCase() === 'D') {
        deletions++;
        continue;
      }
      reader.read(row, sink);
      if (options.onProgress && state.rows % PROGRESS_EVERY === 0) options.onProgress(state.rows);
    }
    state.observations += accepted.batch.size;
    if (accepted.batch.size > 0) yield accepted.batch;
  }
  validator.finish();
  if (deletions > 0) state.decisions.skippedDeletions = deletions;
  recordReaderDecisions(reader, state.decisions);
}

function recordReaderDecisions(reader: RowReader, decisions: ReportDecisions): void {
  const filled = reader.filledDown();
  if (Object.keys(filled).length > 0) decisions.filledDown = filled;
  const notes = reader.skippedNotes();
  if (notes.length > 0) decisions.skippedNotes = notes;
  if (reader.blankCells() > 0) decisions.blankCells = reader.blankCells();
}
