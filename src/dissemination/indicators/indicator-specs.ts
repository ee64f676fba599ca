// The indicators of FRAMEWORK §7 as specs. Labour-force rates use ages 15–64: the sum of the
// reported groups Y15T24…Y55T64 (Y15T64 is derived, never reported). Survey tables are in
// thousands; the engine scales every quantity by its table's unit multiplier.
import { formulaOf } from '../../framework/index.js';
import type { CaseContext, CellRef, IndicatorSpec } from './indicator-spec.js';

const T = '_T';
const WORKING_AGES = ['Y15T24', 'Y25T34', 'Y35T44', 'Y45T54', 'Y55T64'];

function lab(birthplace: string, lf: string, c: CaseContext, ages = WORKING_AGES): CellRef[] {
  return ages.map((age) => ({
    table: 'LAB_STATUS',
    key: {
      BIRTHPLACE: birthplace,
      SEX: c.sex,
      AGE: age,
      EDUCATION: c.breakdown.EDUCATION ?? T,
      LF_STATUS: lf,
    },
  }));
}

const LAB_READ = {
  table: 'LAB_STATUS',
  filters: (sex: string) => ({
    BIRTHPLACE: ['FB', 'NB', T],
    SEX: [sex],
    AGE: [...WORKING_AGES, T],
    LF_STATUS: ['EMP', 'UNE', T],
  }),
};
const BY_EDUCATION = [{ dimension: 'EDUCATION', table: 'LAB_STATUS', codes: [T, 'ED0T2', 'ED3_4', 'ED5T8'] }];
const BY_BIRTHPLACE_AND_EDUCATION = [
  { dimension: 'BIRTHPLACE', table: 'LAB_STATUS', codes: ['FB', 'NB'] },
  ...BY_EDUCATION,
];

type Rate = 'PARTICIPATION' | 'EMPLOYMENT' | 'UNEMPLOYMENT';

function rateQuantities(rate: Rate, birthplace: (c: CaseContext) => string, suffix = '') {
  const num: Record<Rate, string[]> = {
    PARTICIPATION: ['EMP', 'UNE'],
    EMPLOYMENT: ['EMP'],
    UNEMPLOYMENT: ['UNE'],
  };
  const den: Record<Rate, string[]> = { PARTICIPATION: [T], EMPLOYMENT: [T], UNEMPLOYMENT: ['EMP', 'UNE'] };
  return {
    [`num${suffix}`]: (c: CaseContext) => num[rate].flatMap((lf) => lab(birthplace(c), lf, c)),
    [`den${suffix}`]: (c: CaseContext) => den[rate].flatMap((lf) => lab(birthplace(c), lf, c)),
  };
}

function rateSpec(id: string, rate: Rate): IndicatorSpec {
  return {
    id,
    bySex: true,
    reads: [LAB_READ],
    breakdowns: BY_BIRTHPLACE_AND_EDUCATION,
    quantities: rateQuantities(rate, (c) => c.breakdown.BIRTHPLACE ?? 'FB'),
    formula: formulaOf(id),
  };
}

function gapSpec(id: string, rate: Rate): IndicatorSpec {
  return {
    id,
    bySex: true,
    reads: [LAB_READ],
    breakdowns: BY_EDUCATION,
    quantities: { ...rateQuantities(rate, () => 'FB', 'FB'), ...rateQuantities(rate, () => 'NB', 'NB') },
    formula: formulaOf(id),
  };
}

const INFLOWS_TOTAL = (c: CaseContext): CellRef[] => [
  { table: 'MIG_INFLOW_PERM', key: { CITIZENSHIP: T, SEX: c.sex, MIG_CATEGORY: T } },
];
const POPULATION = (): CellRef[] => [{ table: 'POP_CONTEXT', key: { COMPONENT: 'POP' } }];
const POP_READ = { table: 'POP_CONTEXT', filters: () => ({ COMPONENT: ['POP'] }) };

export const INDICATOR_SPECS: readonly IndicatorSpec[] = [
  {
    id: 'INFLOW_RATE',
    bySex: false,
    reads: [
      { table: 'MIG_INFLOW_PERM', filters: (sex) => ({ CITIZENSHIP: [T], SEX: [sex], MIG_CATEGORY: [T] }) },
      POP_READ,
    ],
    quantities: { inflows: INFLOWS_TOTAL, population: POPULATION },
    formula: formulaOf('INFLOW_RATE'),
  },
  {
    id: 'CATEGORY_SHARE',
    bySex: true,
    reads: [{ table: 'MIG_INFLOW_PERM', filters: (sex) => ({ CITIZENSHIP: [T], SEX: [sex] }) }],
    breakdowns: [{ dimension: 'MIG_CATEGORY', table: 'MIG_INFLOW_PERM' }],
    quantities: {
      category: (c) => [
        {
          table: 'MIG_INFLOW_PERM',
          key: { CITIZENSHIP: T, SEX: c.sex, MIG_CATEGORY: c.breakdown.MIG_CATEGORY! },
        },
      ],
      total: INFLOWS_TOTAL,
    },
    formula: formulaOf('CATEGORY_SHARE'),
  },
  {
    // Applies to any series; the API computes it for the total of permanent-type inflows.
    id: 'CHANGE_PCT',
    bySex: true,
    reads: [
      { table: 'MIG_INFLOW_PERM', filters: (sex) => ({ CITIZENSHIP: [T], SEX: [sex], MIG_CATEGORY: [T] }) },
    ],
    quantities: {
      current: INFLOWS_TOTAL,
      previous: (c) => INFLOWS_TOTAL(c).map((ref) => ({ ...ref, yearOffset: -1 })),
    },
    formula: formulaOf('CHANGE_PCT'),
    change: { current: 'current', previous: 'previous' },
  },
  {
    id: 'FB_SHARE',
    bySex: false,
    reads: [
      { table: 'MIG_STOCK_FB', filters: () => ({ COUNTRY_OF_BIRTH: [T], SEX: [T], AGE: [T] }) },
      POP_READ,
    ],
    quantities: {
      foreignBorn: () => [{ table: 'MIG_STOCK_FB', key: { COUNTRY_OF_BIRTH: T, SEX: T, AGE: T } }],
      population: POPULATION,
    },
    formula: formulaOf('FB_SHARE'),
  },
  {
    id: 'NATURALISATION_RATE',
    bySex: true,
    reads: [
      { table: 'MIG_NATURALISATION', filters: (sex) => ({ CITIZENSHIP: [T], SEX: [sex] }) },
      { table: 'MIG_STOCK_FN', filters: (sex) => ({ CITIZENSHIP: [T], SEX: [sex], AGE: [T] }) },
    ],
    quantities: {
      acquisitions: (c) => [{ table: 'MIG_NATURALISATION', key: { CITIZENSHIP: T, SEX: c.sex } }],
      foreigners: (c) => [
        { table: 'MIG_STOCK_FN', key: { CITIZENSHIP: T, SEX: c.sex, AGE: T }, yearOffset: -1 },
      ],
    },
    formula: formulaOf('NATURALISATION_RATE'),
  },
  {
    // Breakdown RATE: CONVENTION (DEC_CONV only) or TOTAL (convention plus complementary).
    id: 'RECOGNITION_RATE',
    bySex: true,
    reads: [
      {
        table: 'MIG_ASYLUM',
        filters: (sex) => ({
          CITIZENSHIP: [T],
          SEX: [sex],
          ASYLUM_STAGE: ['DEC_CONV', 'DEC_COMPL', 'DEC_REJ'],
        }),
      },
    ],
    breakdowns: [{ dimension: 'RATE', table: '', codes: ['CONVENTION', 'TOTAL'] }],
    quantities: {
      granted: (c) =>
        (c.breakdown.RATE === 'TOTAL' ? ['DEC_CONV', 'DEC_COMPL'] : ['DEC_CONV']).map((stage) => ({
          table: 'MIG_ASYLUM',
          key: { CITIZENSHIP: T, SEX: c.sex, ASYLUM_STAGE: stage },
        })),
      decided: (c) =>
        ['DEC_CONV', 'DEC_COMPL', 'DEC_REJ'].map((stage) => ({
          table: 'MIG_ASYLUM',
          key: { CITIZENSHIP: T, SEX: c.sex, ASYLUM_STAGE: stage },
        })),
    },
    formula: formulaOf('RECOGNITION_RATE'),
  },
  rateSpec('PARTICIPATION_RATE', 'PARTICIPATION'),
  rateSpec('EMPLOYMENT_RATE', 'EMPLOYMENT'),
  rateSpec('UNEMPLOYMENT_RATE', 'UNEMPLOYMENT'),
  gapSpec('GAP_PARTICIPATION_RATE', 'PARTICIPATION'),
  gapSpec('GAP_EMPLOYMENT_RATE', 'EMPLOYMENT'),
  gapSpec('GAP_UNEMPLOYMENT_RATE', 'UNEMPLOYMENT'),
  {
    id: 'MIGRANT_SHARE_EMP',
    bySex: true,
    reads: [LAB_READ],
    quantities: {
      foreignBorn: (c) => lab('FB', 'EMP', { ...c, breakdown: { EDUCATION: T } }),
      all: (c) => lab(T, 'EMP', { ...c, breakdown: { EDUCATION: T } }),
    },
    formula: formulaOf('MIGRANT_SHARE_EMP'),
  },
  {
    id: 'SECTOR_REPRESENTATION',
    bySex: true,
    reads: [{ table: 'LAB_ACTIVITY', filters: (sex) => ({ BIRTHPLACE: ['FB', 'NB'], SEX: [sex] }) }],
    breakdowns: [{ dimension: 'ECON_ACTIVITY', table: 'LAB_ACTIVITY' }],
    quantities: Object.fromEntries(
      ['FB', 'NB'].flatMap((b) => [
        [
          `${b}section`,
          (c: CaseContext) => [
            {
              table: 'LAB_ACTIVITY',
              key: { BIRTHPLACE: b, SEX: c.sex, ECON_ACTIVITY: c.breakdown.ECON_ACTIVITY! },
            },
          ],
        ],
        [
          `${b}all`,
          (c: CaseContext) => [
            { table: 'LAB_ACTIVITY', key: { BIRTHPLACE: b, SEX: c.sex, ECON_ACTIVITY: T } },
          ],
        ],
      ]),
    ),
    formula: formulaOf('SECTOR_REPRESENTATION'),
  },
  {
    id: 'OVERQUALIFICATION',
    bySex: true,
    reads: [],
    quantities: {},
    formula: formulaOf('OVERQUALIFICATION'),
    unavailable:
      'Needs employment by education and occupation together; no SICREMI table crosses them, so it is omitted.',
  },
  {
    // Emigrants of all ages over emigrants plus resident native-born aged 15+ (LAB_STATUS, thousands).
    id: 'EMIGRATION_RATE',
    bySex: true,
    reads: [
      { table: 'MIG_EMIGRATION', filters: (sex) => ({ COUNTERPART_AREA: [T], SEX: [sex] }) },
      {
        table: 'LAB_STATUS',
        filters: (sex) => ({ BIRTHPLACE: ['NB'], SEX: [sex], AGE: [T], EDUCATION: [T], LF_STATUS: [T] }),
      },
    ],
    quantities: {
      emigrants: (c) => [{ table: 'MIG_EMIGRATION', key: { COUNTERPART_AREA: T, SEX: c.sex } }],
      residents: (c) => lab('NB', T, { ...c, breakdown: { EDUCATION: T } }, [T]),
    },
    formula: formulaOf('EMIGRATION_RATE'),
  },
  {
    id: 'REMITTANCES_GDP',
    bySex: false,
    reads: [],
    quantities: {},
    formula: formulaOf('REMITTANCES_GDP'),
    unavailable:
      'Needs GDP, which no SICREMI table reports yet (POP_CONTEXT has population components only).',
  },
];

export function getIndicatorSpec(id: string): IndicatorSpec | undefined {
  return INDICATOR_SPECS.find((s) => s.id === id);
}
