// Build-time only: MIG_INFLOW_PERM totals (every breakdown `_T`) for the OAS member states in
// the OECD International Migration Outlook 2023, Table A.1 "Inflows of foreign population",
// published in thousands. ".." is "not available": the cell stays empty with status O. Cells
// another demo dataset publishes (Canada's years from IRCC) are left out, because a release
// replaces every (country, year) it covers.
import { MEMBER_STATES } from '../../framework/index.js';
import type { Observation } from '../../framework/observation.js';
import type { TableDef } from '../../framework/types.js';
import { findAreaCodeByName } from './area-codes.js';
import { makeObservation } from './extracted-dataset.js';
import type { PlainCell } from './read-xlsx-rows.js';

/** SOURCE_REF prefix of the Outlook's Table A.1. */
export const OECD_REF = 'A1';

export function buildOecdInflowObservations(
  table: TableDef,
  rows: readonly PlainCell[][],
  skip: (refArea: string, year: string) => boolean,
): Observation[] {
  const headerIndex = rows.findIndex((r) => r.slice(1).some((c) => typeof c === 'number' && c > 1990));
  const header = rows[headerIndex] ?? [];
  const members = new Set(MEMBER_STATES);
  const observations: Observation[] = [];
  for (const row of rows.slice(headerIndex + 1)) {
    const refArea = findAreaCodeByName(String(row[0] ?? ''));
    if (!refArea || !members.has(refArea)) continue;
    header.forEach((yearCell, column) => {
      if (typeof yearCell !== 'number') return;
      const year = String(yearCell);
      if (skip(refArea, year)) return;
      const key = { REF_AREA: refArea, CITIZENSHIP: '_T', SEX: '_T', MIG_CATEGORY: '_T', TIME_PERIOD: year };
      const [value, extra] = toPersons(row[column] ?? null);
      const sourceRef = `${OECD_REF}:row "${String(row[0] ?? '').trim()}", column ${year}`;
      observations.push(makeObservation(table, key, value, { ...extra, sourceRef }));
    });
  }
  return observations;
}

function toPersons(cell: PlainCell): [number | null, { status?: string; note?: string }] {
  if (typeof cell !== 'number') return [null, { status: 'O', note: 'OECD: ".." (not available)' }];
  const persons = Math.round(cell * 1000);
  if (Math.abs(cell * 1000 - persons) < 1e-6) return [persons, {}];
  return [persons, { note: `Published as ${cell} thousand; rounded to whole persons` }];
}
