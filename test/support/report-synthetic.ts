// SYNTHETIC figures for report tests — not real statistics, and labelled so in their release.
// Uruguay gets what the demo data lacks (inflows by category, temporary inflows, naturalisations,
// labour-force survey cells) plus one confidential cell: HUMANITARIAN 2023 (CONF_STATUS C) whose
// secondary partner is OTHER, the next smallest part of the same total.
import { getTable } from '../../src/framework/index.js';
import type { Observation } from '../../src/framework/observation.js';
import { publishRelease } from '../../src/store/repositories/releases.js';
import type { Store } from '../../src/store/store.js';

export const SYNTHETIC_COUNTRY = 'URY';
export const CONFIDENTIAL_INFLOW = 4_321;
export const SECONDARY_INFLOW = 1_234;
export const PERMANENT_TOTAL_2023 = 13_555;

const SOURCE = {
  publisher: 'SYNTHETIC test data (not real figures)',
  edition: 'SICREMI report tests',
  table: 'synthetic',
  licence: 'none',
};

function obs(table: string, key: Record<string, string>, value: number, conf = 'F'): Observation {
  return { table, key: { REF_AREA: SYNTHETIC_COUNTRY, ...key }, value, status: 'A', conf, note: null };
}

function permanent(): Observation[] {
  const t = 'MIG_INFLOW_PERM';
  const k = (year: string, category: string, extra: Record<string, string> = {}) => ({
    CITIZENSHIP: '_T',
    SEX: '_T',
    MIG_CATEGORY: category,
    TIME_PERIOD: year,
    ...extra,
  });
  return [
    obs(t, k('2022', '_T'), 12_000),
    obs(t, k('2022', 'WORK'), 5_000),
    obs(t, k('2022', 'FAMILY'), 4_000),
    obs(t, k('2022', 'HUMANITARIAN'), 2_000),
    obs(t, k('2022', 'OTHER'), 1_000),
    obs(t, k('2023', '_T'), PERMANENT_TOTAL_2023),
    obs(t, k('2023', 'WORK'), 5_000),
    obs(t, k('2023', 'FAMILY'), 3_000),
    obs(t, k('2023', 'HUMANITARIAN'), CONFIDENTIAL_INFLOW, 'C'),
    obs(t, k('2023', 'OTHER'), SECONDARY_INFLOW),
    obs(t, k('2023', '_T', { SEX: 'F' }), 6_800),
    obs(t, k('2023', '_T', { SEX: 'M' }), 6_755),
    obs(t, k('2023', '_T', { CITIZENSHIP: 'ARG' }), 6_000),
    obs(t, k('2023', '_T', { CITIZENSHIP: 'BRA' }), 4_555),
    obs(t, k('2023', '_T', { CITIZENSHIP: 'VEN' }), 3_000),
  ];
}

function labour(): Observation[] {
  const out: Observation[] = [];
  // Per ten-year group (thousands): FB 100 people, 70 employed, 7 unemployed; NB 1,000, 650, 50.
  // Ages 15–64, FB: employment 70.0 %, unemployment 9.1 %; NB: 65.0 % and 7.1 %; gap +5.0 points.
  const groups = ['Y15T24', 'Y25T34', 'Y35T44', 'Y45T54', 'Y55T64'];
  const per = { FB: { pop: 100, emp: 70, une: 7 }, NB: { pop: 1000, emp: 650, une: 50 } };
  for (const [birthplace, v] of Object.entries(per)) {
    for (const [sex, factor] of [
      ['_T', 1],
      ['F', 0.5],
      ['M', 0.5],
    ] as const) {
      for (const age of groups) {
        const cells = { EMP: v.emp, UNE: v.une, INAC: v.pop - v.emp - v.une, _T: v.pop };
        for (const [status, value] of Object.entries(cells)) {
          out.push(
            obs(
              'LAB_STATUS',
              {
                BIRTHPLACE: birthplace,
                SEX: sex,
                AGE: age,
                EDUCATION: '_T',
                LF_STATUS: status,
                TIME_PERIOD: '2023',
              },
              value * factor,
            ),
          );
        }
      }
    }
  }
  return out;
}

function others(): Record<string, Observation[]> {
  return {
    MIG_INFLOW_TEMP: [
      obs(
        'MIG_INFLOW_TEMP',
        { CITIZENSHIP: '_T', SEX: '_T', TEMP_PROGRAMME: '_T', TIME_PERIOD: '2023' },
        1_000,
      ),
      obs(
        'MIG_INFLOW_TEMP',
        { CITIZENSHIP: '_T', SEX: '_T', TEMP_PROGRAMME: 'STUDENT', TIME_PERIOD: '2023' },
        800,
      ),
      obs(
        'MIG_INFLOW_TEMP',
        { CITIZENSHIP: '_T', SEX: '_T', TEMP_PROGRAMME: 'SEASONAL', TIME_PERIOD: '2023' },
        200,
      ),
    ],
    MIG_NATURALISATION: [
      obs('MIG_NATURALISATION', { CITIZENSHIP: '_T', SEX: '_T', TIME_PERIOD: '2023' }, 2_000),
      obs('MIG_NATURALISATION', { CITIZENSHIP: '_T', SEX: 'F', TIME_PERIOD: '2023' }, 1_100),
      obs('MIG_NATURALISATION', { CITIZENSHIP: '_T', SEX: 'M', TIME_PERIOD: '2023' }, 900),
    ],
    MIG_STOCK_FN: [
      obs('MIG_STOCK_FN', { CITIZENSHIP: '_T', SEX: '_T', AGE: '_T', TIME_PERIOD: '2022' }, 100_000),
    ],
  };
}

/** Publishes the synthetic releases at `publishedAt`; returns their ids by table. */
export async function publishSyntheticReportData(
  store: Store,
  publishedAt: string,
): Promise<Record<string, number>> {
  const tables: Record<string, Observation[]> = {
    MIG_INFLOW_PERM: permanent(),
    LAB_STATUS: labour(),
    ...others(),
  };
  const ids: Record<string, number> = {};
  for (const [tableId, observations] of Object.entries(tables)) {
    const table = getTable(tableId)!;
    const release = await store.transaction((tx) =>
      publishRelease(tx, {
        table,
        publishedAt,
        notes: 'SYNTHETIC report test data',
        source: SOURCE,
        observations: observations.map((observation) => ({ observation })),
      }),
    );
    ids[tableId] = release.id;
  }
  return ids;
}
