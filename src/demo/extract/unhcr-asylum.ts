// Build-time only: MIG_ASYLUM new applications (ASYLUM_STAGE NEW_APP) by citizenship, for
// each OAS member state as country of asylum, from UNHCR's asylum applications. New means
// UNHCR's application type N, summed over procedure types and decision levels. UNHCR counts
// persons except where a government reports cases (the USA's USCIS in some years): a case is
// not a person, so cases are left out and every cell they would have added to says how many.
// Such a count of persons is partial (a lower bound): it is `E` with that note, never `A` or `P`
// (FRAMEWORK §9), so no change is narrated from it as if it were complete.
import { MEMBER_STATES } from '../../framework/index.js';
import type { Observation } from '../../framework/observation.js';
import type { TableDef } from '../../framework/types.js';
import { isAreaCode } from './area-codes.js';
import { makeObservation } from './extracted-dataset.js';

/** UNHCR origin codes that are no CL_AREA country. */
const UNHCR_ORIGINS: Record<string, string> = { UNK: '_U', TIB: 'OTH' }; // unknown; Tibetan

/** The newest year of the release, which UNHCR may still revise. */
export const PROVISIONAL_YEAR = '2025';

interface Counts {
  /** null until UNHCR gives a count of persons: cases alone say nothing of persons. */
  persons: number | null;
  cases: number;
  /** Lines of the CSV the counts were summed from (line 1 is the header). */
  lines: number[];
}

/** SOURCE_REF prefix of UNHCR's asylum applications file. */
export const ASYLUM_REF = 'A';

export function buildAsylumObservations(
  table: TableDef,
  rows: readonly Record<string, string>[],
): Observation[] {
  const cells = new Map<string, Map<string, Counts>>(); // "area|year" → citizenship → counts
  const members = new Set(MEMBER_STATES);
  for (const [index, r] of rows.entries()) {
    if (r.app_type !== 'N' || !members.has(r.coa_iso ?? '')) continue;
    const citizenship = UNHCR_ORIGINS[r.coo_iso ?? ''] ?? r.coo_iso ?? '';
    if (!isAreaCode(citizenship))
      throw new Error(`UNHCR origin ${r.coo_iso} (${r.coo_name}) is not in CL_AREA`);
    const area = `${r.coa_iso}|${r.year}`;
    const byCitizenship = cells.get(area) ?? new Map<string, Counts>();
    cells.set(area, byCitizenship);
    const counts = byCitizenship.get(citizenship) ?? { persons: null, cases: 0, lines: [] };
    counts.lines.push(index + 2);
    byCitizenship.set(citizenship, counts);
    if (r.app_pc === 'C') counts.cases += Number(r.applied);
    else counts.persons = (counts.persons ?? 0) + Number(r.applied);
  }
  const observations: Observation[] = [];
  for (const [area, byCitizenship] of [...cells].sort(([a], [b]) => a.localeCompare(b))) {
    const [refArea = '', year = ''] = area.split('|');
    const status = year === PROVISIONAL_YEAR ? 'P' : 'A';
    const key = (citizenship: string) => ({
      REF_AREA: refArea,
      CITIZENSHIP: citizenship,
      SEX: '_T',
      ASYLUM_STAGE: 'NEW_APP',
      TIME_PERIOD: year,
    });
    const total: Counts = { persons: null, cases: 0, lines: [] };
    for (const [citizenship, counts] of [...byCitizenship].sort(([a], [b]) => a.localeCompare(b))) {
      if (counts.persons !== null) total.persons = (total.persons ?? 0) + counts.persons;
      total.cases += counts.cases;
      observations.push(
        makeObservation(table, key(citizenship), counts.persons, {
          ...describeCounts(status, counts),
          sourceRef: `${ASYLUM_REF}:${counts.lines.length === 1 ? 'line' : 'lines'} ${counts.lines.join('+')}`,
        }),
      );
    }
    observations.push(
      makeObservation(table, key('_T'), total.persons, {
        ...describeCounts(status, total),
        sourceRef: `${ASYLUM_REF}:rows with coa_iso ${refArea}, year ${year}, app_type N`,
      }),
    );
  }
  return observations;
}

function describeCounts(status: string, counts: Counts): { status: string; note?: string } {
  if (counts.cases === 0) return { status };
  const cases = `UNHCR reports ${counts.cases} new applications counted as cases, not persons`;
  // Only cases: the number of persons exists but was not collected in persons (L).
  if (counts.persons === null) return { status: 'L', note: cases };
  const provisional = status === 'P' ? ' Provisional: the newest year of the release.' : '';
  return {
    status: 'E',
    note: `Persons only, a lower bound: ${cases}, left out.${provisional}`,
  };
}
