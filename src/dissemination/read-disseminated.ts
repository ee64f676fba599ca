// The one gateway of published figures to the outside: the JSON API, SDMX, downloads and
// indicators all read through here, so disclosure control (FRAMEWORK §8) cannot be skipped.
// A read never cuts silently: past `limit` it says so (truncated) and how many rows exist.
import type { Kysely } from 'kysely';
import {
  countPublished,
  type ObservationSelection,
  selectPublished,
  streamPublished,
} from '../store/repositories/observations.js';
import type { Database } from '../store/schema.js';
import { type DisclosedObservation, discloseObservation } from './disclosure/disclose-observation.js';
import { protectRows } from './disclosure/protect-rows.js';
import { withSeekCodes } from './seek-codes.js';
import type { Viewer } from './viewer.js';

export interface DisseminatedRead {
  observations: DisclosedObservation[];
  /** Rows the selection holds in all. */
  total: number;
  truncated: boolean;
}

export const DEFAULT_LIMIT = 50_000;

async function disclose(
  db: Kysely<Database>,
  selection: ObservationSelection,
  rows: Awaited<ReturnType<typeof selectPublished>>,
  viewer: Viewer,
): Promise<DisclosedObservation[]> {
  const protections = await protectRows(db, selection.table, rows);
  return rows.map((row, i) => discloseObservation(row, protections[i], viewer, selection.table));
}

export async function readDisseminated(
  db: Kysely<Database>,
  selection: ObservationSelection,
  viewer: Viewer,
): Promise<DisseminatedRead> {
  const limit = selection.limit ?? DEFAULT_LIMIT;
  const seeking = await withSeekCodes(db, selection);
  const rows = await selectPublished(db, { ...seeking, limit: limit + 1 });
  const truncated = rows.length > limit;
  if (truncated) rows.length = limit;
  const total = truncated ? await countPublished(db, seeking) : rows.length;
  return { observations: await disclose(db, selection, rows, viewer), total, truncated };
}

/** The same read, page by page, for downloads of any size. */
export async function* streamDisseminated(
  db: Kysely<Database>,
  selection: ObservationSelection,
  viewer: Viewer,
): AsyncGenerator<DisclosedObservation[]> {
  for await (const page of streamPublished(db, await withSeekCodes(db, selection))) {
    yield await disclose(db, selection, page, viewer);
  }
}
