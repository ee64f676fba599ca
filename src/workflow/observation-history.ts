// The revision history of one published cell: every value it has had, with its status, footnote,
// release, submission and original file, oldest first. The public sees releases already
// published; OAS staff also see embargoed ones. Confidential values (CONF_STATUS C or N) are
// withheld (status Q) unless the caller may see the country's unprotected figures.
import type { Kysely } from 'kysely';
import type { TableDef } from '../framework/types.js';
import { slotOf } from '../store/observation-row.js';
import type { Database } from '../store/schema.js';

export async function listObservationHistory(
  db: Kysely<Database>,
  table: TableDef,
  key: Record<string, string>,
  options: { includeEmbargoed?: boolean; unprotected?: boolean; now?: string } = {},
) {
  let q = db
    .selectFrom('observations')
    .innerJoin('releases', 'releases.id', 'observations.release_id')
    .select([
      'observations.obs_value',
      'observations.obs_status',
      'observations.conf_status',
      'observations.obs_note',
      'observations.release_id',
      'observations.submission_id',
      'observations.file_sha256',
      'observations.source_row',
      'observations.source_ref',
      'observations.valid_from',
      'observations.valid_to',
      'releases.published_at',
    ])
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
  return rows.map((r) => {
    const hidden = !options.unprotected && (r.conf_status === 'C' || r.conf_status === 'N');
    return {
      value: hidden ? null : r.obs_value,
      status: hidden ? 'Q' : r.obs_status,
      note: r.obs_note,
      releaseId: r.release_id,
      submissionId: r.submission_id,
      fileSha256: r.file_sha256,
      sourceRow: r.source_row,
      sourceRef: r.source_ref,
      validFrom: r.valid_from,
      validTo: r.valid_to,
    };
  });
}
