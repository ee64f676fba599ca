// ReportDataSource over the store, through the dissemination gateway (readDisseminated with the
// public viewer): reports never read observations around disclosure control.
import type { Kysely } from 'kysely';
import { readDisseminated } from '../../dissemination/read-disseminated.js';
import { readPublishedPolicyEvents } from '../../dissemination/read-policy-events.js';
import { PUBLIC_VIEWER } from '../../dissemination/viewer.js';
import { findLatestPolicyPublication } from '../../store/repositories/policy-events.js';
import { getReleasesByIds } from '../../store/repositories/release-queries.js';
import type { Database } from '../../store/schema.js';
import type { CellRequest, ReportCell, ReportDataSource } from './report-data-source.js';

/** Far above any one table of one report; a truncated read would silently drop figures. */
const READ_LIMIT = 2_000_000;

export function createStoreDataSource(db: Kysely<Database>): ReportDataSource {
  return {
    async findLatestPublication(now) {
      const row = await db
        .selectFrom('releases')
        .select((eb) => eb.fn.max('published_at').as('last'))
        .where('published_at', '<=', now)
        .executeTakeFirst();
      const last = row?.last ?? undefined;
      // A newly published policy event moves the latest pin too, so a cached report shows it.
      const policy = last ? await findLatestPolicyPublication(db, now) : undefined;
      return policy && last && policy > last ? policy : last;
    },
    findReleases: (ids) => getReleasesByIds(db, ids),
    readPolicyEvents: (request) => readPublishedPolicyEvents(db, request),
    async readCells(request: CellRequest): Promise<ReportCell[]> {
      const filters: Record<string, readonly string[]> = { ...request.filters };
      if (request.refAreas) filters.REF_AREA = request.refAreas;
      const read = await readDisseminated(
        db,
        { table: request.table, filters, at: request.at, limit: READ_LIMIT },
        PUBLIC_VIEWER,
      );
      if (read.truncated) throw new Error(`report read of ${request.table.id} truncated at ${READ_LIMIT} rows`);
      return read.observations.map((o) => ({
        key: o.key,
        value: o.value,
        status: o.status,
        conf: o.conf,
        note: o.note ?? null,
        releaseId: o.releaseId,
      }));
    },
  };
}
