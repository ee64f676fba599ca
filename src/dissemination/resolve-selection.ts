// Turns a data request into the store selection it reads, deciding the visibility time: now,
// a past `asOf`, or the publication time of `release`. Embargo holds for everyone but OAS
// staff: nobody else can read a state later than now, nor name an embargoed release.
import type { Kysely } from 'kysely';
import type { ObservationSelection } from '../store/repositories/observations.js';
import { getRelease } from '../store/repositories/release-queries.js';
import type { Database } from '../store/schema.js';
import type { DataRequest } from './data-request.js';
import type { Viewer } from './viewer.js';

export type ResolvedSelection =
  | { ok: true; selection: ObservationSelection; at: string }
  | { ok: false; code: 'RELEASE_NOT_FOUND'; params: Record<string, string> };

export async function resolveSelection(
  db: Kysely<Database>,
  request: DataRequest,
  viewer: Viewer,
  now: string = new Date().toISOString(),
): Promise<ResolvedSelection> {
  const mayPreview = viewer.kind === 'staff';
  let at = now;
  if (request.asOf) at = mayPreview || request.asOf < now ? request.asOf : now;
  if (request.releaseId !== undefined) {
    const release = await getRelease(db, request.releaseId);
    if (!release || release.table !== request.table.id || (!mayPreview && release.publishedAt > now)) {
      return {
        ok: false,
        code: 'RELEASE_NOT_FOUND',
        params: { id: String(request.releaseId), table: request.table.id },
      };
    }
    at = release.publishedAt;
  }
  const filters: Record<string, string[]> = { ...request.filters };
  return {
    ok: true,
    at,
    selection: {
      table: request.table,
      filters,
      at,
      limit: request.limit,
      ...(request.startPeriod ? { timeFrom: request.startPeriod } : {}),
      ...(request.endPeriod ? { timeTo: request.endPeriod } : {}),
      ...(request.lastNPeriods ? { lastNPeriods: request.lastNPeriods } : {}),
    },
  };
}
