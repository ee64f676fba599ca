// FRAMEWORK §6.3 as data: which cells of one table must agree with which cells of another, for
// the same country, year and shared breakdowns. Employment by activity or by occupation adds up
// to the employed of the labour-force table; the foreign-born are part of the population.
export interface CrossTableRelation {
  table: string;
  /** The cells of `table` compared: these codes, any code elsewhere except where `match` pairs them. */
  cells: Record<string, string>;
  other: string;
  otherCells: Record<string, string>;
  /** Dimensions both cells share and must have equal. */
  match: string[];
  /** `table`'s value must equal the other's, or be at most it. */
  compare: 'equal' | 'atMost';
}

export const CROSS_TABLE_RELATIONS: readonly CrossTableRelation[] = [
  {
    table: 'LAB_ACTIVITY',
    cells: { ECON_ACTIVITY: '_T' },
    other: 'LAB_STATUS',
    otherCells: { LF_STATUS: 'EMP', AGE: '_T', EDUCATION: '_T' },
    match: ['REF_AREA', 'TIME_PERIOD', 'BIRTHPLACE', 'SEX'],
    compare: 'equal',
  },
  {
    table: 'LAB_OCCUPATION',
    cells: { OCCUPATION: '_T' },
    other: 'LAB_STATUS',
    otherCells: { LF_STATUS: 'EMP', AGE: '_T', EDUCATION: '_T' },
    match: ['REF_AREA', 'TIME_PERIOD', 'BIRTHPLACE', 'SEX'],
    compare: 'equal',
  },
  {
    table: 'MIG_STOCK_FB',
    cells: { COUNTRY_OF_BIRTH: '_T', SEX: '_T', AGE: '_T' },
    other: 'POP_CONTEXT',
    otherCells: { COMPONENT: 'POP' },
    match: ['REF_AREA', 'TIME_PERIOD'],
    compare: 'atMost',
  },
];

/** The tables a submission of `table` is compared with. */
export function listRelatedTables(table: string): string[] {
  const related = CROSS_TABLE_RELATIONS.flatMap((r) =>
    r.table === table ? [r.other] : r.other === table ? [r.table] : [],
  );
  return [...new Set(related)];
}
