// A release is an immutable publication of a table's figures. A release replaces, for each
// (country, period) it covers, what was published before; older rows are kept with valid_to
// set, so any past state can be read back and every value traced to its release and file.
// Editions (FRAMEWORK §9): a release of a newer edition of the same source revises only the
// cells it covers (an older edition's breakdown it does not give stays the latest), and a
// release of an older edition published after a newer one is history at once, never the latest.
import type { Observation } from '../../framework/observation.js';
import type { TableDef } from '../../framework/types.js';
import { OBSERVATION_COLUMNS, observationValues } from '../observation-row.js';
import type { StoreTx } from '../store.js';
import { enqueueBulkJob } from './bulk-jobs.js';

export interface ReleaseSource {
  publisher?: string;
  edition?: string;
  table?: string;
  citation?: string;
  licence?: string;
  [key: string]: unknown;
}

/** The source series and edition a release belongs to (FRAMEWORK §9). */
export interface SourceEdition {
  /** Stable id of the source series, e.g. UNDESA_IMS. */
  id: string;
  /** Sortable: a greater edition of the same source revises the cells it covers. */
  edition: string;
}

export interface NewRelease {
  table: TableDef;
  /** Source series and edition; without it the release replaces whole (country, period) slices. */
  sourceEdition?: SourceEdition | null;
  publishedAt: string;
  createdAt?: string;
  createdBy?: number | null;
  submissionId?: number | null;
  fileSha256?: string | null;
  notes?: string | null;
  source?: ReleaseSource;
  observations: Iterable<{ observation: Observation; sourceRow?: number | null; sourceRef?: string | null }>;
}

export interface PublishedRelease {
  id: number;
  observationCount: number;
  superseded: number;
}

const PUBLISHED_COLUMNS = [
  ...OBSERVATION_COLUMNS,
  'release_id',
  'submission_id',
  'file_sha256',
  'source_row',
  'source_ref',
  'valid_from',
  'valid_to',
  'superseded_by',
] as const;

export async function publishRelease(tx: StoreTx, release: NewRelease): Promise<PublishedRelease> {
  const inserted = await tx.db
    .insertInto('releases')
    .values({
      table_id: release.table.id,
      submission_id: release.submissionId ?? null,
      created_at: release.createdAt ?? new Date().toISOString(),
      created_by: release.createdBy ?? null,
      published_at: release.publishedAt,
      notes: release.notes ?? null,
      source: JSON.stringify(release.source ?? {}),
      observation_count: 0,
      source_id: release.sourceEdition?.id ?? null,
      source_edition: release.sourceEdition?.edition ?? null,
      file_sha256: release.fileSha256 ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const id = Number(inserted.id);

  const rows = (function* () {
    for (const { observation, sourceRow, sourceRef } of release.observations) {
      yield [
        ...observationValues(observation, release.table),
        id,
        release.submissionId ?? null,
        release.fileSha256 ?? null,
        sourceRow ?? null,
        sourceRef ?? null,
        release.publishedAt,
        null,
        null,
      ];
    }
  })();
  const count = await tx.bulkInsert('observations', PUBLISHED_COLUMNS, rows);

  const superseded = await supersedeReplaced(tx, release, id);
  if (release.sourceEdition) await retireBehindNewerEdition(tx, release, release.sourceEdition, id);

  await tx.db.updateTable('releases').set({ observation_count: count }).where('id', '=', id).execute();
  // The table's bulk files are regenerated in the background once the release is public.
  await enqueueBulkJob(tx.db, release.table.id, release.publishedAt);
  return { id, observationCount: count, superseded: superseded };
}

const DIM_COLUMNS = ['dim1', 'dim2', 'dim3', 'dim4', 'dim5', 'dim6'] as const;

/** Releases of the same table and source whose edition compares to `edition` as `op`. */
function editionsOf(tx: StoreTx, table: string, source: SourceEdition, op: '<' | '>') {
  return tx.db
    .selectFrom('releases as r')
    .select('r.id')
    .where('r.table_id', '=', table)
    .where('r.source_id', '=', source.id)
    .where('r.source_edition', op, source.edition);
}

/**
 * Supersedes what the new release replaces, still current: an older edition of its own source
 * cell by cell (the full key); anything else by (country, period), as a resubmission replaces
 * a whole slice. A newer edition of its own source is never replaced by an older one.
 */
async function supersedeReplaced(tx: StoreTx, release: NewRelease, id: number): Promise<number> {
  const source = release.sourceEdition ?? null;
  const table = release.table.id;
  const base = () =>
    tx.db
      .updateTable('observations as o')
      .set({ valid_to: release.publishedAt, superseded_by: id })
      .where('o.table_id', '=', table)
      .where('o.valid_to', 'is', null)
      .where('o.release_id', '<>', id);
  let bySlice = base().where((eb) =>
    eb.exists(
      eb
        .selectFrom('observations as n')
        .select('n.release_id')
        .where('n.release_id', '=', id)
        .whereRef('n.ref_area', '=', 'o.ref_area')
        .whereRef('n.time_period', '=', 'o.time_period'),
    ),
  );
  if (!source) return Number((await bySlice.executeTakeFirst()).numUpdatedRows);
  bySlice = bySlice
    .where('o.release_id', 'not in', editionsOf(tx, table, source, '<'))
    .where('o.release_id', 'not in', editionsOf(tx, table, source, '>'));
  const byCell = base()
    .where('o.release_id', 'in', editionsOf(tx, table, source, '<'))
    .where((eb) => {
      let match = eb
        .selectFrom('observations as n')
        .select('n.release_id')
        .where('n.release_id', '=', id)
        .whereRef('n.ref_area', '=', 'o.ref_area')
        .whereRef('n.time_period', '=', 'o.time_period');
      for (const dim of DIM_COLUMNS) match = match.whereRef(`n.${dim}`, '=', `o.${dim}`);
      return eb.exists(match);
    });
  const slices = Number((await bySlice.executeTakeFirst()).numUpdatedRows);
  const cells = Number((await byCell.executeTakeFirst()).numUpdatedRows);
  return slices + cells;
}

/** Cells of the new release that a newer edition of its source already gives are history at once. */
async function retireBehindNewerEdition(
  tx: StoreTx,
  release: NewRelease,
  source: SourceEdition,
  id: number,
): Promise<void> {
  const newer = await tx.db
    .selectFrom('observations as o')
    .select(['o.release_id', 'o.ref_area', 'o.time_period', ...DIM_COLUMNS.map((d) => `o.${d}` as const)])
    .where('o.table_id', '=', release.table.id)
    .where('o.valid_to', 'is', null)
    .where('o.release_id', 'in', editionsOf(tx, release.table.id, source, '>'))
    .execute();
  for (const cell of newer) {
    let q = tx.db
      .updateTable('observations')
      .set({ valid_to: release.publishedAt, superseded_by: cell.release_id })
      .where('release_id', '=', id)
      .where('ref_area', '=', cell.ref_area)
      .where('time_period', '=', cell.time_period);
    for (const dim of DIM_COLUMNS) q = q.where(dim, '=', cell[dim]);
    await q.execute();
  }
}
