// National labels confirmed as standard codes, per country and dimension, reused in every later
// round. Mappings are versioned data: a change deactivates the previous version and adds the
// next, so what a past submission was mapped with can always be read back.
import type { Kysely, Selectable } from 'kysely';
import { normalizeLabel } from '../../framework/normalize-label.js';
import type { CodeMappingTable, Database } from '../schema.js';
import { appendAudit } from './audit.js';

export interface CodeMappingInput {
  dimension: string;
  sourceValue: string;
  code: string;
}

export interface StoredCodeMapping extends CodeMappingInput {
  id: number;
  refArea: string;
  version: number;
  active: boolean;
  createdBy: number | null;
  createdAt: string;
}

/** Who saved a mapping, as the audit log records it (the account id is `createdBy`). */
export interface MappingAuditor {
  actor?: string | null;
  ip?: string | null;
}

/** The audit log's name for one national label of a country and dimension, every version. */
export function mappingEntityId(refArea: string, dimension: string, sourceValue: string): string {
  return `${refArea}/${dimension}/${normalizeLabel(sourceValue)}`;
}

/** The active mappings of a country, every dimension. */
export async function listCodeMappings(db: Kysely<Database>, refArea: string): Promise<CodeMappingInput[]> {
  const rows = await db
    .selectFrom('code_mappings')
    .select(['dimension_id', 'source_value', 'code'])
    .where('ref_area', '=', refArea)
    .where('active', '=', 1)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ dimension: r.dimension_id, sourceValue: r.source_value, code: r.code }));
}

/** Every version of a country's mappings, oldest first. */
export async function listCodeMappingHistory(
  db: Kysely<Database>,
  refArea: string,
): Promise<StoredCodeMapping[]> {
  const rows = await db
    .selectFrom('code_mappings')
    .selectAll()
    .where('ref_area', '=', refArea)
    .orderBy('id')
    .execute();
  return rows.map(toStoredCodeMapping);
}

export function toStoredCodeMapping(r: Selectable<CodeMappingTable>): StoredCodeMapping {
  return {
    id: Number(r.id),
    refArea: r.ref_area,
    dimension: r.dimension_id,
    sourceValue: r.source_value,
    code: r.code,
    version: r.version,
    active: r.active === 1,
    createdBy: r.created_by,
    createdAt: r.created_at,
  };
}

/** Saves a confirmed mapping; unchanged when the same code is already active for that label. */
export async function saveCodeMapping(
  db: Kysely<Database>,
  refArea: string,
  mapping: CodeMappingInput,
  createdBy: number | null = null,
  auditor: MappingAuditor = {},
): Promise<{ version: number; changed: boolean }> {
  const sourceKey = normalizeLabel(mapping.sourceValue);
  const scope = db
    .selectFrom('code_mappings')
    .where('ref_area', '=', refArea)
    .where('dimension_id', '=', mapping.dimension)
    .where('source_key', '=', sourceKey);
  const active = await scope.select(['id', 'code', 'version']).where('active', '=', 1).executeTakeFirst();
  if (active?.code === mapping.code) return { version: active.version, changed: false };
  const latest = await scope.select((eb) => eb.fn.max('version').as('version')).executeTakeFirst();
  const version = Number(latest?.version ?? 0) + 1;
  if (active) await db.updateTable('code_mappings').set({ active: 0 }).where('id', '=', active.id).execute();
  await db
    .insertInto('code_mappings')
    .values({
      ref_area: refArea,
      dimension_id: mapping.dimension,
      source_key: sourceKey,
      source_value: mapping.sourceValue,
      code: mapping.code,
      version,
      active: 1,
      created_by: createdBy,
      created_at: new Date().toISOString(),
    })
    .execute();
  // Same handle as the insert: inside a transaction the audit entry stands or falls with it.
  await appendAudit(db, {
    action: 'mapping.change',
    actorId: createdBy,
    actor: auditor.actor ?? null,
    ip: auditor.ip ?? null,
    entityType: 'code_mapping',
    entityId: mappingEntityId(refArea, mapping.dimension, mapping.sourceValue),
    details: { sourceValue: mapping.sourceValue, from: active?.code ?? null, to: mapping.code, version },
  });
  return { version, changed: true };
}
