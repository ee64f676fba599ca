// Build-time only: the CL_AREA code of a country as the sources name it — by UN M49 number
// (UN DESA), by ISO alpha-3 (UNHCR) or by English name (IRCC, OECD) — through the
// framework's own look-ups, so every code written is one the framework knows.
import { CL_AREA, COUNTRIES, createCodeLookup } from '../../framework/index.js';

const AREA_CODES = new Set(CL_AREA.codes.map((c) => c.id));
const ISO3_BY_M49 = new Map(COUNTRIES.map((c) => [Number(c.m49), c.iso3]));
const AREA_LOOKUP = createCodeLookup(CL_AREA, COUNTRIES);

export function isAreaCode(code: string): boolean {
  return AREA_CODES.has(code);
}

export function findIso3ByM49(m49: number): string | undefined {
  return ISO3_BY_M49.get(m49);
}

export function findM49ByIso3(iso3: string): number | undefined {
  const country = COUNTRIES.find((c) => c.iso3 === iso3);
  return country ? Number(country.m49) : undefined;
}

export function findAreaCodeByName(name: string): string | undefined {
  return AREA_LOOKUP.find(name)?.id;
}
