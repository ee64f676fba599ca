// Every ISO 3166-1 country, as generated from the shared ISO/UN tables (data/countries.json,
// see data/build-countries.ts), with the OAS name forms and aliases of area-overrides.ts applied.
import { AREA_OVERRIDES } from './codelists/area-overrides.js';
import countriesData from './data/countries.json' with { type: 'json' };
import type { Country, Labels } from './types.js';

function applyOverride(country: Country): Country {
  const override = AREA_OVERRIDES[country.iso3];
  if (!override) return country;
  const names: Labels = { ...country.names, ...override.names };
  const replaced = override.correctsSource
    ? []
    : Object.values(country.names).filter((n) => !Object.values(names).includes(n));
  const officialNames = { ...country.officialNames, ...override.officialNames };
  const aliases = [...new Set([...(country.aliases ?? []), ...replaced, ...(override.aliases ?? [])])];
  return { ...country, names, officialNames, aliases };
}

export const COUNTRIES: readonly Country[] = (countriesData as Country[]).map(applyOverride);

const BY_ISO3 = new Map(COUNTRIES.map((c) => [c.iso3, c]));

export function getCountry(iso3: string): Country | undefined {
  return BY_ISO3.get(iso3.toUpperCase());
}
