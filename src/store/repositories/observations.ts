// Reading published figures. A row is visible at time T when its release was published at
// or before T and it had not been replaced by T: this one rule serves "latest", asOf and
// release=<id> reads, and keeps embargoed releases out of public sight until their time.
import type { Kysely } from 'kysely';
import type { Observation } from '../../framework/observation.js';
import type { TableDef } from '../../framework/types.js';
import { rowToObservation, slotOf } from '../observation-row.js';
import type { Database } from '../schema.js';

export interface ObservationQuery {
  table: TableDef;
  /** Dimension id → accepted codes; an absent or empty list means all. */
  filters?: Record<string, readonly string[]>;
  timeFrom?: string;
  timeTo?: string;
  /** Visibility time (ISO); defaults to now. */
  at?: string;
  limit?: number;
}

export interface PublishedObservation extends Observation {
  releaseId: number;
  submissionId: number | null;
  fileSha256: string | null;
  sourceRow: number | null;
  validFrom: string;
}

export async function queryPublished(
  db: Kysely<Database>,
  query: ObservationQuery,
): Promise<PublishedObservation[]> {
  const at = query.at ?? new Date().toISOString();
  let q = db
    .selectFrom('observations')
    .selectAll()
    .where('table_id', '=', query.table.id)
    .where('valid_from', '<=', at)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', at)]));
  for (const [dim, codes] of Object.entries(query.filters ?? {})) {
    if (codes.length === 0) continue;
    const column =
      dim === 'REF_AREA' ? 'ref_area' : dim === 'TIME_PERIOD' ? 'time_period' : slotOf(query.table, dim);
    if (!column) continue;
    q = codes.length === 1 ? q.where(column, '=', codes[0]!) : q.where(column, 'in', codes);
  }
  if (query.timeFrom) q = q.where('time_period', '>=', query.timeFrom);
  if (query.timeTo) q = q.where('time_period', '<=', query.timeTo);
  q = q.orderBy(['ref_area', 'dim1', 'dim2', 'dim3', 'dim4', 'dim5', 'dim6', 'time_period']);
  if (query.limit) q = q.limit(query.limit);
  const rows = await q.execute();
  return rows.map((row) => ({
    ...rowToObservation(row, query.table),
    releaseId: row.release_id,
    submissionId: row.submission_id,
    fileSha256: row.file_sha256,
    sourceRow: row.source_row,
    validFrom: row.valid_from,
  }));
}

/** The publication time of a release, to read a table as it stood then. */
export async function releaseTime(db: Kysely<Database>, releaseId: number): Promise<string | undefined> {
  const row = await db
    .selectFrom('releases')
    .select('published_at')
    .where('id', '=', releaseId)
    .executeTakeFirst();
  return row?.published_at;
}
