// Three roles: the OAS coordinator (admin), the OAS analyst (reviewer), and the national
// correspondent, who acts only for the countries listed on the account.
export const ROLES = ['admin', 'reviewer', 'correspondent'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Who is acting: a signed-in account, through a browser session or an API token. */
export interface Actor {
  id: number;
  email: string;
  role: Role;
  countries: string[];
}

export function isOasStaff(actor: Pick<Actor, 'role'>): boolean {
  return actor.role === 'admin' || actor.role === 'reviewer';
}

/** OAS staff read every country; a correspondent only its own. Null is the public. */
export function canReadCountry(actor: Pick<Actor, 'role' | 'countries'> | null, iso3: string): boolean {
  if (!actor) return false;
  return isOasStaff(actor) || actor.countries.includes(iso3);
}
