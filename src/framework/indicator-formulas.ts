// The formula of every FRAMEWORK §7 indicator, once, over named quantities: the indicators API
// (src/dissemination/indicators), the country pages and the reports all compute through these,
// so there is one formula per indicator. A formula returns null where it is undefined (a zero
// denominator), never a misleading 0 or Infinity. The status rule is status-propagation.ts and
// the rule for changes change-rule.ts; a regional aggregate applies the same formula to sums.
export type Quantities = Readonly<Record<string, number | undefined>>;
export type IndicatorFormula = (q: Quantities) => number | null;

/** part ÷ whole × scale; null for a zero (or missing) denominator. */
export function ratio(
  numerator: number | undefined,
  denominator: number | undefined,
  scale: number,
): number | null {
  if (numerator === undefined || denominator === undefined || !(denominator > 0)) return null;
  return (numerator / denominator) * scale;
}

function gap(q: Quantities): number | null {
  const fb = ratio(q.numFB, q.denFB, 100);
  const nb = ratio(q.numNB, q.denNB, 100);
  return fb === null || nb === null ? null : fb - nb;
}

const RATE: IndicatorFormula = (q) => ratio(q.num, q.den, 100);

/** Indicator id → its formula over named quantities. */
export const INDICATOR_FORMULAS: Readonly<Record<string, IndicatorFormula>> = {
  /** Permanent-type inflows ÷ mid-year population × 1,000. */
  INFLOW_RATE: (q) => ratio(q.inflows, q.population, 1000),
  /** Inflows in the category ÷ inflows (_T) × 100. */
  CATEGORY_SHARE: (q) => ratio(q.category, q.total, 100),
  /** (Xₜ − Xₜ₋₁) ÷ Xₜ₋₁ × 100; only under the change rule (change-rule.ts). */
  CHANGE_PCT: (q) =>
    q.current === undefined || q.previous === undefined
      ? null
      : ratio(q.current - q.previous, q.previous, 100),
  /** Foreign-born stock ÷ mid-year population × 100. */
  FB_SHARE: (q) => ratio(q.foreignBorn, q.population, 100),
  /** Acquisitions in t ÷ foreign nationals at the end of t−1 × 100. */
  NATURALISATION_RATE: (q) => ratio(q.acquisitions, q.foreigners, 100),
  /** Granted (DEC_CONV, or + DEC_COMPL for the total rate) ÷ (DEC_CONV + DEC_COMPL + DEC_REJ) × 100. */
  RECOGNITION_RATE: (q) => ratio(q.granted, q.decided, 100),
  /** (EMP + UNE) ÷ POP × 100: num = EMP + UNE, den = POP. */
  PARTICIPATION_RATE: RATE,
  /** EMP ÷ POP × 100. */
  EMPLOYMENT_RATE: RATE,
  /** UNE ÷ (EMP + UNE) × 100. */
  UNEMPLOYMENT_RATE: RATE,
  GAP_PARTICIPATION_RATE: gap,
  GAP_EMPLOYMENT_RATE: gap,
  GAP_UNEMPLOYMENT_RATE: gap,
  /** FB employed ÷ total employed × 100. */
  MIGRANT_SHARE_EMP: (q) => ratio(q.foreignBorn, q.all, 100),
  /** (FB in section ÷ FB employed) ÷ (NB in section ÷ NB employed). */
  SECTOR_REPRESENTATION: (q) => {
    const fb = ratio(q.FBsection, q.FBall, 1);
    const nb = ratio(q.NBsection, q.NBall, 1);
    return fb === null || nb === null || nb === 0 ? null : fb / nb;
  },
  /** Not computable from SICREMI's tables (no education × occupation cross-tab). */
  OVERQUALIFICATION: () => null,
  /** Emigrants ÷ (emigrants + resident native-born) × 100. */
  EMIGRATION_RATE: (q) =>
    q.emigrants === undefined || q.residents === undefined
      ? null
      : ratio(q.emigrants, q.emigrants + q.residents, 100),
  /** Not computable yet: no GDP in SICREMI's tables. */
  REMITTANCES_GDP: () => null,
};

/** The formula of an indicator; throws for an id the framework does not define (a programming error). */
export function formulaOf(id: string): IndicatorFormula {
  const formula = INDICATOR_FORMULAS[id];
  if (!formula) throw new Error(`no formula for indicator ${id}`);
  return formula;
}

/** An indicator's value from its named quantities. */
export function computeIndicatorValue(id: string, quantities: Quantities): number | null {
  const value = formulaOf(id)(quantities);
  return value !== null && Number.isFinite(value) ? value : null;
}
