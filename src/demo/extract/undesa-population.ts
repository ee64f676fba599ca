// Build-time only: POP_CONTEXT mid-year population (COMPONENT POP) of every OAS member state
// from the UN DESA migrant-stock workbooks' Table 2, published in thousands with three
// decimals — that is, to the person — and stored here in persons.
import { MEMBER_STATES } from '../../framework/index.js';
import type { Observation } from '../../framework/observation.js';
import type { TableDef } from '../../framework/types.js';
import { findM49ByIso3 } from './area-codes.js';
import { makeObservation } from './extracted-dataset.js';
import type { UndesaSeries } from './read-undesa-table.js';

/** SOURCE_REF prefix of the workbook's Table 2. */
export const POPULATION_REF = 'T2';

export function buildPopulationObservations(
  table: TableDef,
  series: Map<number, UndesaSeries>,
  years: readonly string[],
): Observation[] {
  const observations: Observation[] = [];
  for (const iso3 of MEMBER_STATES) {
    const found = series.get(findM49ByIso3(iso3) ?? -1);
    if (!found) throw new Error(`UN DESA population table has no row for ${iso3}`);
    for (const year of years) {
      const thousands = found.values.get(`_T|${year}`);
      if (thousands === null || thousands === undefined) throw new Error(`${iso3} ${year}: no population`);
      const persons = Math.round(thousands * 1000);
      // Three decimals of thousands are persons; anything finer would be a rounding we hide.
      const exact = Math.abs(thousands * 1000 - persons) < 1e-6;
      const note = exact ? undefined : `Published as ${thousands} thousand; rounded to whole persons`;
      const key = { REF_AREA: iso3, COMPONENT: 'POP', TIME_PERIOD: year };
      const sourceRef = `${POPULATION_REF}:row ${found.row}`;
      observations.push(makeObservation(table, key, persons, { ...(note ? { note } : {}), sourceRef }));
    }
  }
  return observations;
}
