// How each table is laid out in the web data-entry grid, as a correspondent reads its printed
// form: one dimension down the rows (the long list: origins, categories), sex and years across
// the columns, and every other breakdown chosen one slice at a time above the grid. Every
// breakdown of a table appears exactly once; TIME_PERIOD is always a column dimension.
import type { TableDef } from './types.js';

export interface EntryLayout {
  /** The dimension listed down the rows; rows are added on demand from its code list. */
  rows: string;
  /** Dimensions across the columns, outermost first (years group their sexes). */
  columns: string[];
  /** Dimensions fixed one code at a time (a selector above the grid), default code `_T`. */
  slices: string[];
}

export const ENTRY_LAYOUTS: Readonly<Record<string, EntryLayout>> = {
  MIG_INFLOW_PERM: { rows: 'CITIZENSHIP', columns: ['TIME_PERIOD', 'SEX'], slices: ['MIG_CATEGORY'] },
  MIG_INFLOW_TEMP: { rows: 'CITIZENSHIP', columns: ['TIME_PERIOD', 'SEX'], slices: ['TEMP_PROGRAMME'] },
  MIG_REGULARISATION: {
    rows: 'CITIZENSHIP',
    columns: ['TIME_PERIOD', 'SEX'],
    slices: ['PROGRAMME', 'STAGE'],
  },
  MIG_ASYLUM: { rows: 'CITIZENSHIP', columns: ['TIME_PERIOD', 'SEX'], slices: ['ASYLUM_STAGE'] },
  MIG_STOCK_FB: { rows: 'COUNTRY_OF_BIRTH', columns: ['TIME_PERIOD', 'SEX'], slices: ['AGE'] },
  MIG_STOCK_FN: { rows: 'CITIZENSHIP', columns: ['TIME_PERIOD', 'SEX'], slices: ['AGE'] },
  MIG_NATURALISATION: { rows: 'CITIZENSHIP', columns: ['TIME_PERIOD', 'SEX'], slices: [] },
  MIG_EMIGRATION: { rows: 'COUNTERPART_AREA', columns: ['TIME_PERIOD', 'SEX'], slices: [] },
  LAB_STATUS: {
    rows: 'LF_STATUS',
    columns: ['TIME_PERIOD', 'SEX'],
    slices: ['BIRTHPLACE', 'AGE', 'EDUCATION'],
  },
  LAB_ACTIVITY: { rows: 'ECON_ACTIVITY', columns: ['TIME_PERIOD', 'SEX'], slices: ['BIRTHPLACE'] },
  LAB_OCCUPATION: { rows: 'OCCUPATION', columns: ['TIME_PERIOD', 'SEX'], slices: ['BIRTHPLACE'] },
  LAB_WORK_PERMITS: {
    rows: 'CITIZENSHIP',
    columns: ['TIME_PERIOD', 'SEX'],
    slices: ['OCCUPATION', 'ECON_ACTIVITY'],
  },
  MIG_RETURN: { rows: 'COUNTERPART_AREA', columns: ['TIME_PERIOD', 'SEX'], slices: [] },
  ECO_REMITTANCES: { rows: 'FLOW', columns: ['TIME_PERIOD'], slices: [] },
  POP_CONTEXT: { rows: 'COMPONENT', columns: ['TIME_PERIOD'], slices: [] },
};

/** The table's layout; undefined for a table without one. */
export function getEntryLayout(table: Pick<TableDef, 'id'>): EntryLayout | undefined {
  return ENTRY_LAYOUTS[table.id];
}
