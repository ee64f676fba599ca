// Editing the reference metadata of a country's table: the country's correspondents write the
// draft of an edition (OAS administrators may correct it); OAS staff and the correspondents read
// drafts and published records alike — reviewers see the draft with the data it describes, and
// it is published with that data (publish-submission.ts).
import { getTable, MEMBER_STATES } from '../../framework/index.js';
import {
  listSourceMetadata,
  type SourceMetadataRecord,
  saveSourceMetadataDraft,
} from '../../store/repositories/source-metadata.js';
import type { Store } from '../../store/store.js';
import { type AuditContext, audit } from '../audit-actor.js';
import { type Actor, canReadCountry } from '../roles.js';
import { WorkflowError } from '../workflow-error.js';
import type { SourceMetadataFields } from './source-metadata-fields.js';

export interface MetadataScope {
  country: string;
  table: string;
}

export function resolveMetadataScope(countryInput: string, tableInput: string): MetadataScope {
  const table = getTable(tableInput.toUpperCase());
  if (!table) throw new WorkflowError('TABLE_NOT_FOUND', 404, { id: tableInput });
  const country = countryInput.trim().toUpperCase();
  if (!MEMBER_STATES.includes(country)) throw new WorkflowError('UNKNOWN_COUNTRY', 404, { country });
  return { country, table: table.id };
}

function canEdit(actor: Actor, country: string): boolean {
  return actor.role === 'admin' || (actor.role === 'correspondent' && actor.countries.includes(country));
}

export async function readWorkspaceMetadata(
  store: Store,
  actor: Actor,
  scope: MetadataScope,
): Promise<{ country: string; table: string; mayEdit: boolean; records: SourceMetadataRecord[] }> {
  if (!canReadCountry(actor, scope.country)) throw new WorkflowError('FORBIDDEN', 403);
  const records = await listSourceMetadata(store.db, { country: scope.country, table: scope.table });
  return { ...scope, mayEdit: canEdit(actor, scope.country), records };
}

export async function saveWorkspaceMetadata(
  store: Store,
  context: AuditContext & { actor: Actor },
  scope: MetadataScope,
  input: { edition: string; fields: SourceMetadataFields },
): Promise<SourceMetadataRecord> {
  if (!canEdit(context.actor, scope.country)) throw new WorkflowError('FORBIDDEN', 403);
  const at = new Date().toISOString();
  await store.transaction(async (tx) => {
    await saveSourceMetadataDraft(tx.db, {
      ...scope,
      edition: input.edition,
      fields: input.fields,
      userId: context.actor.id,
      at,
    });
    await audit(tx.db, context, {
      action: 'source-metadata.save',
      entityType: 'source-metadata',
      entityId: `${scope.country}/${scope.table}/${input.edition}`,
      details: { edition: input.edition },
    });
  });
  const saved = await listSourceMetadata(store.db, { ...scope, state: 'draft' });
  return saved.find((r) => r.edition === input.edition)!;
}
