// Every value one cell has had, oldest first, with its release and where it came from. This is
// raw store data: what of it may leave the system is decided by src/dissemination/read-history.ts.
import type { Kysely } from 'kysely';
import type { TableDef } from '../../framework/types.js';
import { rowToObservation, slotOf } from '../observation-row.js';
import type { Database } from '../schema.js';
import type { PublishedObservation } from './observations.js';
import { parseReleaseSource } from './release-queries.js';
import type { ReleaseSource } from './releases.js';

export interface CellVersion extends PublishedObservation {
  /** When the release became public (an embargoed release: when it will). */
  publishedAt: string;
  validFrom: string;
  validTo: string | null;
  source: ReleaseSource;
  /** The submission the value came from; null for a third-party published source. */
  submissionId: number | null;
  fileSha256: string | null;
  sourceRow: number | null;
  /** Where in a published source's own file the value stands (workbook, sheet, row). */
  sourceRef: string | null;
}

export async function selectCellHistory(
  db: Kysely<Database>,
  table: TableDef,
  key: Record<string, string>,
  options: { includeEmbargoed: boolean; now?: string },
): Promise<CellVersion[]> {
  let q = db
    .selectFrom('observations')
    .innerJoin('releases', 'releases.id', 'observations.release_id')
    .selectAll('observations')
    .select(['releases.published_at', 'releases.source'])
    .where('observations.table_id', '=', table.id)
    .where('observations.ref_area', '=', key.REF_AREA ?? '')
    .where('observations.time_period', '=', key.TIME_PERIOD ?? '');
  for (const dim of table.dimensions) {
    const slot = slotOf(table, dim.id);
    if (slot) q = q.where(`observations.${slot}`, '=', key[dim.id] ?? '');
  }
  if (!options.includeEmbargoed) {
    q = q.where('releases.published_at', '<=', options.now ?? new Date().toISOString());
  }
  const rows = await q.orderBy('observations.valid_from').orderBy('observations.release_id').execute();
  return rows.map((r) => ({
    ...rowToObservation(r, table),
    releaseId: Number(r.release_id),
    publishedAt: r.published_at,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    source: parseReleaseSource(r.source),
    submissionId: r.submission_id === null ? null : Number(r.submission_id),
    fileSha256: r.file_sha256,
    sourceRow: r.source_row === null ? null : Number(r.source_row),
    sourceRef: r.source_ref ?? null,
  }));
}
