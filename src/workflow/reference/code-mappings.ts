// A correspondent confirms once that a national label means a standard code ("Venezuela (Rep.
// Bol.)" is VEN in COUNTRY_OF_BIRTH for CHL); the ingest reuses the mapping in every later upload.
// The code must be a reportable code of the dimension's list (the same check as `sicremi import
// --map`), or a typo would be silently reused for years. Saving and retiring are audited.
import type { Kysely } from 'kysely';
import { validateCodeMapping } from '../../ingest/index.js';
import {
  deactivateCodeMapping,
  findCodeMapping,
  listActiveMappings,
  type MappingRecord,
} from '../../store/repositories/code-mapping-records.js';
import { mappingEntityId, saveCodeMapping } from '../../store/repositories/code-mappings.js';
import type { Database } from '../../store/schema.js';
import type { Store } from '../../store/store.js';
import { type AuditContext, audit } from '../audit-actor.js';
import { type Actor, isOasStaff } from '../roles.js';
import { WorkflowError } from '../workflow-error.js';
import { assertCanReadCountry, canEditMappings, toMemberState } from './reference-access.js';

export interface MappingRequest {
  country: string;
  dimension: string;
  sourceValue: string;
  code: string;
}

type ActorContext = AuditContext & { actor: Actor };

export async function saveMapping(
  store: Store,
  context: ActorContext,
  request: MappingRequest,
): Promise<{ mapping: MappingRecord; changed: boolean }> {
  const country = toMemberState(request.country);
  if (!canEditMappings(context.actor, country)) throw new WorkflowError('FORBIDDEN', 403);
  const mapping = {
    dimension: request.dimension.trim().toUpperCase(),
    sourceValue: request.sourceValue.trim(),
    code: request.code.trim(),
  };
  if (!mapping.sourceValue) throw new WorkflowError('BAD_REQUEST', 400, { detail: 'sourceValue: empty' });
  const refusal = validateCodeMapping(mapping);
  if (refusal) {
    throw new WorkflowError(
      'CODE_NOT_IN_CODELIST',
      422,
      { code: mapping.code, dimension: mapping.dimension },
      { reason: refusal },
    );
  }
  const { changed } = await store.transaction((tx) =>
    saveCodeMapping(tx.db, country, mapping, context.actor.id, {
      actor: context.actor.email,
      ip: context.ip ?? null,
    }),
  );
  const [saved] = await listActiveMappings(store.db, {
    countries: [country],
    dimension: mapping.dimension,
    sourceValue: mapping.sourceValue,
  });
  if (!saved) throw new Error(`mapping ${country}/${mapping.dimension} was saved but cannot be read back`);
  return { mapping: saved, changed };
}

/** Active mappings the actor may read: one country, or all of them (OAS staff) or its own. */
export async function listMappings(
  db: Kysely<Database>,
  actor: Actor,
  filter: { country?: string | undefined; dimension?: string | undefined },
): Promise<MappingRecord[]> {
  const dimension = filter.dimension?.trim().toUpperCase() || undefined;
  let countries: readonly string[] | undefined;
  if (filter.country) {
    const country = toMemberState(filter.country);
    assertCanReadCountry(actor, country);
    countries = [country];
  } else if (!isOasStaff(actor)) countries = actor.countries;
  return listActiveMappings(db, { ...(countries ? { countries } : {}), ...(dimension ? { dimension } : {}) });
}

/** Retires the active mapping `id`: the next upload no longer reads the label that way. */
export async function deleteMapping(store: Store, context: ActorContext, id: number): Promise<void> {
  const mapping = await findCodeMapping(store.db, id);
  if (!mapping?.active) throw new WorkflowError('MAPPING_NOT_FOUND', 404, { id });
  if (!canEditMappings(context.actor, mapping.refArea)) throw new WorkflowError('FORBIDDEN', 403);
  await store.transaction(async (tx) => {
    await deactivateCodeMapping(tx.db, id);
    await audit(tx.db, context, {
      action: 'mapping.delete',
      entityType: 'code_mapping',
      entityId: mappingEntityId(mapping.refArea, mapping.dimension, mapping.sourceValue),
      details: { sourceValue: mapping.sourceValue, code: mapping.code, version: mapping.version },
    });
  });
}
