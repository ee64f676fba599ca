// A release is an immutable publication of a table's figures. A release replaces, for each
// (country, period) it covers, what was published before; older rows are kept with valid_to
// set, so any past state can be read back and every value traced to its release and file.
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

export interface NewRelease {
  table: TableDef;
  publishedAt: string;
  createdAt?: string;
  createdBy?: number | null;
  submissionId?: number | null;
  fileSha256?: string | null;
  notes?: string | null;
  source?: ReleaseSource;
  observations: Iterable<{ observation: Observation; sourceRow?: number | null }>;
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
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const id = Number(inserted.id);

  const rows = (function* () {
    for (const { observation, sourceRow } of release.observations) {
      yield [
        ...observationValues(observation, release.table),
        id,
        release.submissionId ?? null,
        release.fileSha256 ?? null,
        sourceRow ?? null,
        release.publishedAt,
        null,
        null,
      ];
    }
  })();
  const count = await tx.bulkInsert('observations', PUBLISHED_COLUMNS, rows);

  // Supersede what this release replaces: the same table, country and period, still current.
  const superseded = await tx.db
    .updateTable('observations as o')
    .set({ valid_to: release.publishedAt, superseded_by: id })
    .where('o.table_id', '=', release.table.id)
    .where('o.valid_to', 'is', null)
    .where('o.release_id', '<>', id)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('observations as n')
          .select('n.release_id')
          .where('n.release_id', '=', id)
          .whereRef('n.ref_area', '=', 'o.ref_area')
          .whereRef('n.time_period', '=', 'o.time_period'),
      ),
    )
    .executeTakeFirst();

  await tx.db.updateTable('releases').set({ observation_count: count }).where('id', '=', id).execute();
  // The table's bulk files are regenerated in the background once the release is public.
  await enqueueBulkJob(tx.db, release.table.id, release.publishedAt);
  return { id, observationCount: count, superseded: Number(superseded.numUpdatedRows) };
}
