// What one reading of a submission has learnt so far, shared by the steps that fill it in and
// read back by the report.
import type { TableDef } from '../../framework/types.js';
import type { ReportDecisions } from '../report/validation-report.js';

export interface RunState {
  table: TableDef | null;
  country: string | null;
  size: number;
  rows: number;
  observations: number;
  decisions: ReportDecisions;
  unresolved?: { table?: 'missing' | string; country?: 'missing' };
}

export function createRunState(): RunState {
  return {
    table: null,
    country: null,
    size: 0,
    rows: 0,
    observations: 0,
    decisions: { format: 'csv', decimal: null },
  };
}
