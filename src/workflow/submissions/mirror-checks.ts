// Mirror statistics (FRAMEWORK §6.5), information for the reviewer: country A's emigrants to B
// set against B's immigrants from A — B's permanent-type inflows by citizenship A and B's
// foreign-born stock born in A — for the same year, at the totals (both sexes, all categories
// and ages). Compared only where the partner has published data.
import type { Kysely } from 'kysely';
import { getTable, MEMBER_STATES } from '../../framework/index.js';
import type { Observation } from '../../framework/observation.js';
import { rowToObservation } from '../../store/observation-row.js';
import { queryPublished } from '../../store/repositories/observations.js';
import { listStagedRows, type SubmissionRow } from '../../store/repositories/submission-records.js';
import type { Database } from '../../store/schema.js';

export interface MirrorCheck {
  partner: string;
  year: string;
  value: number | null;
  partnerTable: string;
  partnerValue: number | null;
  /** (value − partner value) ÷ partner value × 100. */
  differencePct: number | null;
}

interface MirrorPair {
  /** The submitted table's dimension naming the partner country. */
  partnerDim: string;
  /** Other dimensions of the submitted cell, at their totals. */
  totals: Record<string, string>;
  partners: { table: string; countryDim: string; totals: Record<string, string> }[];
}

const PAIRS: Record<string, MirrorPair> = {
  MIG_EMIGRATION: {
    partnerDim: 'COUNTERPART_AREA',
    totals: { SEX: '_T' },
    partners: [
      { table: 'MIG_INFLOW_PERM', countryDim: 'CITIZENSHIP', totals: { SEX: '_T', MIG_CATEGORY: '_T' } },
      { table: 'MIG_STOCK_FB', countryDim: 'COUNTRY_OF_BIRTH', totals: { SEX: '_T', AGE: '_T' } },
    ],
  },
  MIG_INFLOW_PERM: {
    partnerDim: 'CITIZENSHIP',
    totals: { SEX: '_T', MIG_CATEGORY: '_T' },
    partners: [{ table: 'MIG_EMIGRATION', countryDim: 'COUNTERPART_AREA', totals: { SEX: '_T' } }],
  },
  MIG_STOCK_FB: {
    partnerDim: 'COUNTRY_OF_BIRTH',
    totals: { SEX: '_T', AGE: '_T' },
    partners: [{ table: 'MIG_EMIGRATION', countryDim: 'COUNTERPART_AREA', totals: { SEX: '_T' } }],
  },
};

export async function computeMirrorChecks(
  db: Kysely<Database>,
  submission: SubmissionRow,
): Promise<MirrorCheck[]> {
  const pair = PAIRS[submission.table_id];
  const table = getTable(submission.table_id);
  if (!pair || !table) return [];
  const cells = (await listStagedRows(db, submission.id))
    .map((row) => rowToObservation(row, table))
    .filter((o) => Object.entries(pair.totals).every(([dim, code]) => o.key[dim] === code))
    .filter((o) => MEMBER_STATES.includes(o.key[pair.partnerDim] ?? ''));
  if (cells.length === 0) return [];
  const partners = [...new Set(cells.map((o) => o.key[pair.partnerDim]!))];
  const checks: MirrorCheck[] = [];
  for (const spec of pair.partners) {
    const partnerTable = getTable(spec.table);
    if (!partnerTable) continue;
    const found = await queryPublished(db, {
      table: partnerTable,
      filters: {
        REF_AREA: partners,
        [spec.countryDim]: [submission.ref_area],
        ...Object.fromEntries(Object.entries(spec.totals).map(([d, c]) => [d, [c]])),
      },
    });
    const byCell = new Map(found.map((o) => [`${o.key.REF_AREA}|${o.key.TIME_PERIOD}`, o as Observation]));
    for (const cell of cells) {
      const partner = cell.key[pair.partnerDim]!;
      const year = cell.key.TIME_PERIOD ?? '';
      const mirror = byCell.get(`${partner}|${year}`);
      if (!mirror) continue;
      checks.push({
        partner,
        year,
        value: cell.value,
        partnerTable: spec.table,
        partnerValue: mirror.value,
        differencePct:
          cell.value === null || !mirror.value
            ? null
            : Math.round(((cell.value - mirror.value) / mirror.value) * 1000) / 10,
      });
    }
  }
  return checks;
}
