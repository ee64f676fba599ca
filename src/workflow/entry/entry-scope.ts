// Which grid a request is about, and who may touch it: OAS staff and the country's
// correspondents read it; only the country's correspondents type into it or submit it.
import { type EntryLayout, getEntryLayout, getTable, MEMBER_STATES } from '../../framework/index.js';
import type { TableDef } from '../../framework/types.js';
import { type Actor, canReadCountry } from '../roles.js';
import { WorkflowError } from '../workflow-error.js';

export interface EntryScope {
  table: TableDef;
  country: string;
  layout: EntryLayout;
}

export function resolveEntryScope(tableId: string, countryInput: string): EntryScope {
  const table = getTable(tableId);
  const layout = table ? getEntryLayout(table) : undefined;
  if (!table || !layout) throw new WorkflowError('TABLE_NOT_FOUND', 404, { id: tableId });
  const country = countryInput.trim().toUpperCase();
  if (!MEMBER_STATES.includes(country)) throw new WorkflowError('UNKNOWN_COUNTRY', 404, { country });
  return { table, country, layout };
}

export function canEditEntry(actor: Actor, scope: EntryScope): boolean {
  return actor.role === 'correspondent' && actor.countries.includes(scope.country);
}

export function assertCanReadEntry(actor: Actor, scope: EntryScope): void {
  if (!canReadCountry(actor, scope.country)) throw new WorkflowError('FORBIDDEN', 403);
}

export function assertCanEditEntry(actor: Actor, scope: EntryScope): void {
  if (!canEditEntry(actor, scope)) throw new WorkflowError('FORBIDDEN', 403);
}
