// The saved mappings as the console and the workspace list them (who saved each, and when) and
// as a coordinator or the country's correspondent retires one. Retiring deactivates the active
// version and keeps the row: what a past submission was mapped with can still be read back.
import type { Kysely } from 'kysely';
import { normalizeLabel } from '../../framework/normalize-label.js';
import type { Database } from '../schema.js';
import { type StoredCodeMapping, toStoredCodeMapping } from './code-mappings.js';

export interface MappingRecord extends StoredCodeMapping {
  createdByEmail: string | null;
}

export interface MappingFilter {
  /** Only these countries; undefined for every country. */
  countries?: readonly string[];
  dimension?: string;
  /** One national label (compared as the ingest compares it: normalized). */
  sourceValue?: string;
}

/** Active mappings, by country, dimension and national label. */
export async function listActiveMappings(
  db: Kysely<Database>,
  filter: MappingFilter,
): Promise<MappingRecord[]> {
  let query = db
    .selectFrom('code_mappings')
    .leftJoin('users', 'users.id', 'code_mappings.created_by')
    .selectAll('code_mappings')
    .select('users.email')
    .where('code_mappings.active', '=', 1);
  if (filter.countries) {
    if (filter.countries.length === 0) return [];
    query = query.where('code_mappings.ref_area', 'in', [...filter.countries]);
  }
  if (filter.dimension) query = query.where('code_mappings.dimension_id', '=', filter.dimension);
  if (filter.sourceValue !== undefined)
    query = query.where('code_mappings.source_key', '=', normalizeLabel(filter.sourceValue));
  const rows = await query
    .orderBy('code_mappings.ref_area')
    .orderBy('code_mappings.dimension_id')
    .orderBy('code_mappings.source_key')
    .execute();
  return rows.map(({ email, ...row }) => ({ ...toStoredCodeMapping(row), createdByEmail: email }));
}

export async function findCodeMapping(
  db: Kysely<Database>,
  id: number,
): Promise<StoredCodeMapping | undefined> {
  const row = await db.selectFrom('code_mappings').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toStoredCodeMapping(row) : undefined;
}

export async function deactivateCodeMapping(db: Kysely<Database>, id: number): Promise<void> {
  await db.updateTable('code_mappings').set({ active: 0 }).where('id', '=', id).execute();
}
