// Who may change reference data. A country's mappings belong to its correspondents, and to the
// coordinator (admin) for every country; analysts (reviewers) read them but do not change them.
import { MEMBER_STATES } from '../../framework/index.js';
import { type Actor, canReadCountry } from '../roles.js';
import { WorkflowError } from '../workflow-error.js';

export function canEditMappings(actor: Pick<Actor, 'role' | 'countries'>, country: string): boolean {
  return actor.role === 'admin' || (actor.role === 'correspondent' && actor.countries.includes(country));
}

/** The member state's ISO3 code, upper-cased; UNKNOWN_COUNTRY otherwise. */
export function toMemberState(value: string): string {
  const country = value.trim().toUpperCase();
  if (!MEMBER_STATES.includes(country)) throw new WorkflowError('UNKNOWN_COUNTRY', 400, { country });
  return country;
}

/** FORBIDDEN unless the actor reads this country (OAS staff: all; a correspondent: its own). */
export function assertCanReadCountry(actor: Actor, country: string): void {
  if (!canReadCountry(actor, country)) throw new WorkflowError('FORBIDDEN', 403);
}
