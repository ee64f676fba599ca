// The member states as the public portal lists them on a date: name in the reader's language,
// membership status then, the phase they report in, and the regional groupings they belong to.
import { findPhase, GROUPINGS, getCountry, label, MEMBER_STATES } from '../framework/index.js';
import type { Lang, MembershipPeriod, PhaseAssignment } from '../framework/types.js';

export interface CountryEntry {
  iso3: string;
  iso2: string;
  name: string;
  status: MembershipPeriod['status'] | null;
  phase: string | null;
  groupings: { id: string; name: string }[];
}

function inForce(period: { from: string; to?: string }, date: string): boolean {
  return period.from <= date && (period.to === undefined || date <= period.to);
}

export function listCountries(
  lang: Lang,
  date: string,
  memberships: readonly MembershipPeriod[],
  phases: readonly PhaseAssignment[],
): CountryEntry[] {
  return MEMBER_STATES.map((iso3) => {
    const country = getCountry(iso3);
    const membership = memberships.find((m) => m.iso3 === iso3 && inForce(m, date));
    return {
      iso3,
      iso2: country?.iso2 ?? '',
      name: country ? label(country.names, lang) : iso3,
      status: membership?.status ?? null,
      phase: findPhase(iso3, date, phases) ?? null,
      groupings: GROUPINGS.filter((g) => g.members.includes(iso3)).map((g) => ({
        id: g.id,
        name: label(g.names, lang),
      })),
    };
  }).sort((a, b) => a.name.localeCompare(b.name, lang));
}
