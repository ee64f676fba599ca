// How an indicator of FRAMEWORK §7 is computed, as data the engine runs: which cells to read,
// which breakdowns it has, which named quantities (each a sum of cells) each value needs, and
// the formula over those quantities. Regional aggregates apply the same formula to quantities
// summed over the countries that have all of them — a ratio of sums, never a mean of ratios.
// The formula itself is the framework's (one per indicator); a spec only says which cells feed it.
import type { IndicatorFormula } from '../../framework/index.js';

/** A cell relative to a case: its breakdown codes (country and year come from the case). */
export interface CellRef {
  table: string;
  key: Record<string, string>;
  /** Read the period this many years before the case's (−1: the end of the previous year). */
  yearOffset?: number;
}

export interface CaseContext {
  sex: string;
  breakdown: Readonly<Record<string, string>>;
}

export interface IndicatorSpec {
  id: string;
  /** True when the inputs are broken down by sex; otherwise only sex=_T exists. */
  bySex: boolean;
  /** The cells to read, per table: code filters (REF_AREA and TIME_PERIOD are added). */
  reads: { table: string; filters: (sex: string) => Record<string, string[]> }[];
  /** Breakdown dimensions of the values, with their codes (default: the codes read, minus _T). */
  breakdowns?: { dimension: string; table: string; codes?: string[] }[];
  quantities: Record<string, (context: CaseContext) => CellRef[]>;
  /** The framework's formula of the indicator (src/framework/indicator-formulas.ts). */
  formula: IndicatorFormula;
  /** Why the indicator cannot be computed from SICREMI's tables, when it cannot. */
  unavailable?: string;
  /**
   * A change over time between two quantities: computed only under the change rule of
   * FRAMEWORK §7/§9 (same source and edition, no break), otherwise absent with the reason.
   */
  change?: { current: string; previous: string };
}
