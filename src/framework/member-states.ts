// OAS membership as dated data, so a year's report shows the states that were members then.
// Cuba is a member that takes no part in OAS activities; Nicaragua's withdrawal took effect
// on 19 November 2023; Venezuela's status has been contested since its 2017 denunciation.
import type { MembershipPeriod } from './types.js';

/** The 35 OAS member states, ISO 3166-1 alpha-3, FRAMEWORK §1. */
export const MEMBER_STATES: readonly string[] = [
  'ATG',
  'ARG',
  'BHS',
  'BRB',
  'BLZ',
  'BOL',
  'BRA',
  'CAN',
  'CHL',
  'COL',
  'CRI',
  'CUB',
  'DMA',
  'DOM',
  'ECU',
  'SLV',
  'GRD',
  'GTM',
  'GUY',
  'HTI',
  'HND',
  'JAM',
  'MEX',
  'NIC',
  'PAN',
  'PRY',
  'PER',
  'KNA',
  'LCA',
  'VCT',
  'SUR',
  'TTO',
  'USA',
  'URY',
  'VEN',
];

// The framework's data start in 2000; earlier accession dates are not needed for any report.
const SINCE = '2000-01-01';

export const MEMBERSHIPS: readonly MembershipPeriod[] = [
  ...MEMBER_STATES.filter((iso3) => !['CUB', 'NIC', 'VEN'].includes(iso3)).map((iso3) => ({
    iso3,
    from: SINCE,
    status: 'member' as const,
  })),
  {
    iso3: 'CUB',
    from: SINCE,
    status: 'non-participating',
    note: 'Member state; the 1962 exclusion of its government was lifted in 2009 (AG/RES. 2438), but Cuba has not taken part in OAS activities.',
  },
  { iso3: 'NIC', from: SINCE, to: '2023-11-18', status: 'member' },
  {
    iso3: 'NIC',
    from: '2023-11-19',
    status: 'withdrawn',
    note: 'Denunciation of the OAS Charter notified on 19 November 2021, effective two years later.',
  },
  {
    iso3: 'VEN',
    from: SINCE,
    status: 'member',
    note: 'Contested: the government denounced the Charter in April 2017 (effective 2019 in its view), while the Permanent Council accepted a representative of the National Assembly in 2019. Listed as a member; participation decided by the coordinator.',
  },
];

/** The membership period of `iso3` on `date` (YYYY-MM-DD), if any. */
export function findMembership(iso3: string, date: string): MembershipPeriod | undefined {
  return MEMBERSHIPS.find((m) => m.iso3 === iso3 && m.from <= date && (m.to === undefined || date <= m.to));
}

/** Member states taking part in OAS activities on `date`. */
export function listParticipatingStates(date: string): string[] {
  return MEMBER_STATES.filter((iso3) => findMembership(iso3, date)?.status === 'member');
}
