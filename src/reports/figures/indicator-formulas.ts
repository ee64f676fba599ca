// The formulas of FRAMEWORK §7 the reports show, in one place so a report computes exactly
// what the indicators API computes. Each returns null when the formula is undefined (a zero
// denominator), never a misleading 0 or Infinity.

/** FB_SHARE, CATEGORY_SHARE, MIGRANT_SHARE_EMP: part ÷ whole × 100. */
export function computeShare(part: number, whole: number): number | null {
  return whole > 0 ? (part / whole) * 100 : null;
}

/** INFLOW_RATE: inflows ÷ mid-year population × 1,000. */
export function computeRatePerThousand(events: number, population: number): number | null {
  return population > 0 ? (events / population) * 1000 : null;
}

/** CHANGE_PCT: (Xₜ − Xₜ₋₁) ÷ Xₜ₋₁ × 100. */
export function computeChangePct(current: number, previous: number): number | null {
  return previous > 0 ? ((current - previous) / previous) * 100 : null;
}

/** PARTICIPATION_RATE: (EMP + UNE) ÷ POP × 100. */
export function computeParticipationRate(
  employed: number,
  unemployed: number,
  population: number,
): number | null {
  return population > 0 ? ((employed + unemployed) / population) * 100 : null;
}

/** EMPLOYMENT_RATE: EMP ÷ POP × 100. */
export function computeEmploymentRate(employed: number, population: number): number | null {
  return population > 0 ? (employed / population) * 100 : null;
}

/** UNEMPLOYMENT_RATE: UNE ÷ (EMP + UNE) × 100. */
export function computeUnemploymentRate(employed: number, unemployed: number): number | null {
  return employed + unemployed > 0 ? (unemployed / (employed + unemployed)) * 100 : null;
}

/** GAP_*: rate(FB) − rate(NB), in percentage points. */
export function computeGap(foreignBorn: number, nativeBorn: number): number {
  return foreignBorn - nativeBorn;
}

/** NATURALISATION_RATE: acquisitions in t ÷ foreign nationals at end of t−1 × 100. */
export function computeNaturalisationRate(acquisitions: number, foreignNationals: number): number | null {
  return foreignNationals > 0 ? (acquisitions / foreignNationals) * 100 : null;
}

/** RECOGNITION_RATE: DEC_CONV ÷ (DEC_CONV + DEC_COMPL + DEC_REJ) × 100. */
export function computeRecognitionRate(
  convention: number,
  complementary: number,
  rejected: number,
): number | null {
  const decisions = convention + complementary + rejected;
  return decisions > 0 ? (convention / decisions) * 100 : null;
}
