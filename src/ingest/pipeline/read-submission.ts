// The ingest pipeline, end to end and streaming: open the file (any bytes → a table or an
// issue), pick the sheet, find the header, resolve the table and country, then map and
// validate row by row (read-sheet.ts), yielding accepted observations in batches as they
// come; the set-level rules run after the last row. The report is complete once the
// observations have been read to the end. Nothing here throws: a failure is an issue.
import { createIssue, type Issue } from '../issues/issue.js';
import { createIssueLog, type IssueLog } from '../issues/issue-log.js';
import { findHeader, HEADER_SEARCH_ROWS } from '../layout/find-header.js';
import { type CodeMapping, createSavedMappings } from '../mapping/saved-mappings.js';
import type { RawRow, TemplateIdentity } from '../readers/raw-row.js';
import { type ReadLimits, resolveLimits } from '../readers/read-limits.js';
import type { SheetRows } from '../readers/xlsx/read-xlsx.js';
import type { ValidationReport } from '../report/validation-report.js';
import type { ByteSource } from '../source/byte-source.js';
import type { LocatedObservation } from '../validation/validate-observations.js';
import type { AcceptedBatch } from './accepted-batch.js';
import { IDENTITY_SHEET, readIdentitySheet } from './identify-submission.js';
import { ContextUnavailable, type IngestContextSource } from './ingest-context.js';
import { openTable } from './open-table.js';
import { reportMissingColumns } from './read-layout.js';
import { readSheet } from './read-sheet.js';
import { resolveCountry, resolveTable } from './resolve-target.js';
import { createRowStream } from './row-stream.js';
import { createRunState, type RunState } from './run-state.js';

export interface ReadSubmissionOptions {
  table?: string | undefined;
  country?: string | undefined;
  /** XLSX: the sheet to read; by default the first visible sheet with a recognisable header. */
  sheet?: string | undefined;
  limits?: Partial<ReadLimits>;
  /** Saved mappings and published figures (the store); absent when validating offline. */
  contextSource?: IngestContextSource | undefined;
  /** Mappings confirmed for this run (`--map`), tried like saved ones. */
  mappings?: readonly CodeMapping[];
  /** Rounding base declared in the submission's metadata. */
  rounding?: number | undefined;
  onProgress?: (rowsRead: number) => void;
}

export interface SubmissionReading {
  /** Accepted observations in batches; read it (or `accepted`) to the end before asking for the report. */
  observations: AsyncIterable<LocatedObservation[]>;
  /** The same batches in columns, without an object per observation; read this or `observations`. */
  accepted: AsyncIterable<AcceptedBatch>;
  report(): ValidationReport;
  /** Whether an error has been found so far (cheap: no report is built). */
  hasErrors(): boolean;
  /** Table and country, once settled (by the first batch of observations). */
  target(): { table: string | null; country: string | null };
  /** Why no table could be read: none named, or a name no table has. */
  unresolved(): { table?: 'missing' | string; country?: 'missing' } | undefined;
}

const DECIMAL_SAMPLE_ROWS = 500;
const _PROGRESS_EVERY = 25_000;

export function readSubmission(source: ByteSource, options: ReadSubmissionOptions = {}): SubmissionReading {
  const log = createIssueLog();
  const state = createRunState();
  async function* run(): AsyncGenerator<AcceptedBatch> {
    try {
      yield* readAll(source, options, state, log);
    } catch (error) {
      if (error instanceof ContextUnavailable) throw error;
      // Whatever else fails in a reader or library must still end in a report, never a crash.
      const reason = error instanceof Error ? error.message : String(error);
      log.add(createIssue('UNREADABLE_FILE', {}, { file: source.name, reason }));
    }
  }
  const accepted = run();
  return {
    observations: (async function* () {
      for await (const batch of accepted) yield batch.toLocated();
    })(),
    accepted,
    report: () => ({
      table: state.table?.id ?? null,
      country: state.country,
      file: { name: source.name, size: state.size },
      rows: state.rows,
      observations: state.observations,
      decisions: state.decisions,
      issues: sortByRow(log.issues),
      summary: log.summarize(),
    }),
    hasErrors: () => log.hasErrors(),
    target: () => ({ table: state.table?.id ?? null, country: state.country }),
    unresolved: () => state.unresolved,
  };
}

async function* readAll(
  source: ByteSource,
  options: ReadSubmissionOptions,
  state: RunState,
  log: IssueLog,
): AsyncGenerator<AcceptedBatch> {
  const limits = resolveLimits(options.limits);
  state.size = await source.size();
  const opened = await openTable(source, log, limits);
  if (!opened) return;
  Object.assign(state.decisions, opened.decisions);
  let identity: TemplateIdentity = {};
  let fallback: { sheet: SheetRows; head: readonly RawRow[] } | undefined;
  const otherSheets: string[] = [];
  for await (const sheet of opened.sheets) {
    if (sheet.name === IDENTITY_SHEET) {
      const rows = createRowStream(sheet.batches);
      identity = readIdentitySheet(await rows.peek(50));
      continue;
    }
    const wanted = options.sheet ? sheet.name === options.sheet : !sheet.hidden;
    if (!wanted) {
      otherSheets.push(sheet.name);
      continue;
    }
    const rows = createRowStream(sheet.batches);
    const head = await rows.peek(HEADER_SEARCH_ROWS + DECIMAL_SAMPLE_ROWS);
    if (head.length === 0) continue;
    const resolved = resolveTable(options, identity, head);
    if (!resolved.table) {
      state.unresolved = { table: resolved.unknownId ?? 'missing' };
      return;
    }
    const found = findHeader(resolved.table, head, {
      country: resolveCountry(options, identity, head).country,
      saved: createSavedMappings(options.mappings),
    });
    if (!found && !options.sheet && opened.decisions.format === 'xlsx') {
      fallback ??= { sheet, head };
      otherSheets.push(sheet.name);
      continue;
    }
    if (opened.decisions.format === 'xlsx') state.decisions.sheet = sheet.name;
    yield* readSheet({ options, state, log, identity }, { rows, head, found, resolved });
    break;
  }
  if (state.table === null && fallback) {
    state.decisions.sheet = fallback.sheet.name;
    const resolved = resolveTable(options, identity, fallback.head);
    const { country } = resolveCountry(options, identity, fallback.head);
    if (resolved.table) reportMissingColumns(resolved.table, fallback.head, country, state, log);
  }
  if (otherSheets.length > 0)
    state.decisions.otherSheets = otherSheets.filter((s) => s !== state.decisions.sheet);
}

/** Row issues in row order (set-level rules find theirs at the end), then file-level ones. */
function sortByRow(issues: readonly Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) => (a.row ?? Number.POSITIVE_INFINITY) - (b.row ?? Number.POSITIVE_INFINITY),
  );
}
