// The framework's indicator formulas (src/framework/indicator-formulas.ts) in the positional
// form deriveFigure calls: a report computes exactly what the indicators API computes, because
// both run the one formula of each indicator; nothing here does arithmetic of its own.
import { computeIndicatorValue } from '../../framework/index.js';

/** FB_SHARE, CATEGORY_SHARE, MIGRANT_SHARE_EMP and any part ÷ whole × 100. */
export function computeShare(part: number, whole: number): number | null {
  return computeIndicatorValue('FB_SHARE', { foreignBorn: part, population: whole });
}

/** INFLOW_RATE: inflows ÷ mid-year population × 1,000. */
export function computeRatePerThousand(events: number, population: number): number | null {
  return computeIndicatorValue('INFLOW_RATE', { inflows: events, population });
}

/** CHANGE_PCT: (Xₜ − Xₜ₋₁) ÷ Xₜ₋₁ × 100 — call only under the change rule. */
export function computeChangePct(current: number, previous: number): number | null {
  return computeIndicatorValue('CHANGE_PCT', { current, previous });
}

/** PARTICIPATION_RATE: (EMP + UNE) ÷ POP × 100. */
export function computeParticipationRate(employed: number, unemployed: number, population: number) {
  return computeIndicatorValue('PARTICIPATION_RATE', { num: employed + unemployed, den: population });
}

/** EMPLOYMENT_RATE: EMP ÷ POP × 100. */
export function computeEmploymentRate(employed: number, population: number): number | null {
  return computeIndicatorValue('EMPLOYMENT_RATE', { num: employed, den: population });
}

/** UNEMPLOYMENT_RATE: UNE ÷ (EMP + UNE) × 100. */
export function computeUnemploymentRate(employed: number, unemployed: number): number | null {
  return computeIndicatorValue('UNEMPLOYMENT_RATE', { num: unemployed, den: employed + unemployed });
}

/** GAP_*: rate(FB) − rate(NB), in percentage points (both rates already per 100). */
export function computeGap(foreignBorn: number, nativeBorn: number): number | null {
  return computeIndicatorValue('GAP_EMPLOYMENT_RATE', {
    numFB: foreignBorn,
    denFB: 100,
    numNB: nativeBorn,
    denNB: 100,
  });
}

/** NATURALISATION_RATE: acquisitions in t ÷ foreign nationals at end of t−1 × 100. */
export function computeNaturalisationRate(acquisitions: number, foreignNationals: number): number | null {
  return computeIndicatorValue('NATURALISATION_RATE', { acquisitions, foreigners: foreignNationals });
}

/** RECOGNITION_RATE: DEC_CONV ÷ (DEC_CONV + DEC_COMPL + DEC_REJ) × 100. */
export function computeRecognitionRate(convention: number, complementary: number, rejected: number) {
  return computeIndicatorValue('RECOGNITION_RATE', {
    granted: convention,
    decided: convention + complementary + rejected,
  });
}
