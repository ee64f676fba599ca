// The source edition each release comes from (FRAMEWORK §9: one release, one edition): its
// source's `edition`, else its publisher (a country's own submissions are one source), by id.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export async function listReleaseEditions(
  db: Kysely<Database>,
  releaseIds: readonly number[],
): Promise<Map<number, string>> {
  const editions = new Map<number, string>();
  if (releaseIds.length === 0) return editions;
  const rows = await db
    .selectFrom('releases')
    .select(['id', 'source'])
    .where('id', 'in', [...releaseIds])
    .execute();
  for (const row of rows) {
    const source = parseSource(row.source);
    const edition = source.edition ?? source.publisher;
    if (typeof edition === 'string' && edition) editions.set(Number(row.id), edition);
  }
  return editions;
}

function parseSource(text: string): Record<string, unknown> {
  try {
    const parsed = JSON.parse(text) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
