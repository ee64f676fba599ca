// The reporting framework's vocabulary. Everything here is plain data: the framework
// imports nothing and knows nothing of storage, HTTP or files.

export const LANGUAGES = ['en', 'es', 'fr', 'pt'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** A text in the four OAS working languages. */
export type Labels = Record<Lang, string>;

export interface Code {
  id: string;
  labels: Labels;
  /** Labels correspondents really use for this code, any language, matched accent-, case- and space-insensitively. */
  aliases?: string[];
  /** Parent code in a hierarchy (e.g. an ISIC section for nothing, a region for a country), if any. */
  parent?: string;
  /** Derived aggregates (e.g. AGE Y15T64) are never reported, only computed. */
  derived?: boolean;
}

export interface Codelist {
  id: string; // SDMX id, e.g. CL_SEX
  agency: string; // 'OAS' or 'SDMX' for cross-domain lists
  version: string;
  names: Labels;
  codes: Code[];
  /** Coordinators may add codes (e.g. regularisation programmes). */
  extensible?: boolean;
}

export interface DimensionDef {
  id: string; // e.g. SEX
  /** e.g. CL_SEX; '' for the time dimension, which takes values, not codes. */
  codelist: string;
  /** 'time' marks TIME_PERIOD: values are periods in `format`, not codes of a list. */
  kind?: 'coded' | 'time';
  /** Value format of a time dimension, e.g. 'YYYY'. */
  format?: 'YYYY';
  names: Labels;
  /** Header labels correspondents use for this column ("País de nacimiento", "Sexo"...). */
  aliases?: string[];
  /** True when the dimension carries a `_T` total that its other codes add up to. */
  hasTotal: boolean;
}

export interface AttributeDef {
  id: string; // OBS_STATUS, CONF_STATUS, OBS_NOTE, UNIT_MULT...
  codelist?: string;
  names: Labels;
  aliases?: string[];
  attachment: 'observation' | 'dataset';
}

/** The measure column, OBS_VALUE: its names and the headers correspondents give it. */
export interface MeasureDef {
  id: string;
  names: Labels;
  aliases?: string[];
}

export type MeasureUnit = 'PS' | 'USD_M';

export interface TableDef {
  id: string; // e.g. MIG_STOCK_FB
  names: Labels;
  descriptions: Labels;
  /** Every dimension in SDMX key order; REF_AREA first, TIME_PERIOD last. */
  dimensions: DimensionDef[];
  attributes: string[]; // attribute ids
  unit: MeasureUnit;
  unitMultiplier: number; // 0 = units, 3 = thousands, 6 = millions
  /** 'flow' tables count events in a calendar year; 'stock' tables at a reference date. */
  kind: 'flow' | 'stock';
  /** Survey tables carry CV and sample size and follow the survey disclosure rules. */
  survey: boolean;
  typicalSources: string[];
  /** Wide template layout: the dimension laid across the columns. */
  wideDimension: string;
  /** Dimensions whose `_T` (by sex) must be present each year for completeness. */
  requiredTotals: string[];
}

export type Severity = 'error' | 'warning' | 'info';

export interface RuleDef {
  /** Stable issue code, e.g. ADDITIVITY. */
  code: string;
  severity: Severity;
  /** FRAMEWORK.md section, e.g. '6.2'. */
  section: string;
  /** Message template per language with {slots} filled from the params. */
  messages: Labels;
  /** One-line description of the rule for the methodology page. */
  descriptions: Labels;
  /** Whether a warning of this rule must be justified before submission. */
  needsJustification?: boolean;
  /** Rule parameters (tolerances, thresholds) kept as data. */
  params?: Record<string, number | string>;
  /** Messages of one kind of the rule's issues, chosen by the issue's `variant` param. */
  variants?: Record<string, Labels>;
  /**
   * The message of a group of the rule's warnings (one cause), by the cause (the group id's
   * second part, e.g. `start` of `SERIES_BREAK:start:SEX`) or `*` for any; slots from the
   * group's params, `{count}` and `{cells}`.
   */
  groupMessages?: Record<string, Labels>;
}

export interface IndicatorDef {
  id: string;
  names: Labels;
  formula: Labels;
  unit: 'per_1000' | 'percent' | 'pp' | 'ratio';
  /** Tables the indicator reads. */
  inputs: string[];
  /** Ages 15–64 unless stated. */
  notes?: Labels;
}

export interface Country {
  iso3: string;
  iso2: string;
  m49: string;
  names: Labels;
  /** Long official forms, e.g. "Venezuela (República Bolivariana de)". */
  officialNames?: Partial<Labels>;
  aliases?: string[];
}

export interface MembershipPeriod {
  iso3: string;
  from: string; // ISO date
  to?: string;
  /** 'member' takes part; 'non-participating' (e.g. Cuba) is a member that takes no part in activities. */
  status: 'member' | 'non-participating' | 'withdrawn';
  note?: string;
}

export type PhaseId = 'I' | 'II' | 'III';

export interface PhaseAssignment {
  iso3: string;
  phase: PhaseId;
  from: string;
  to?: string;
  reason?: string;
}

export interface Grouping {
  id: string; // NAM, CAM, CAR, SAM, CARICOM, MERCOSUR, ANDEAN (not CAN: Canada), SICA, OECD
  names: Labels;
  members: string[];
}

export interface Framework {
  version: string;
  codelists: Codelist[];
  attributes: AttributeDef[];
  /** OBS_VALUE. */
  measure?: MeasureDef;
  tables: TableDef[];
  rules: RuleDef[];
  indicators: IndicatorDef[];
  countries: Country[];
  memberStates: string[];
  memberships: MembershipPeriod[];
  phases: PhaseAssignment[];
  groupings: Grouping[];
  /** Records reported beside the tables (policy developments). */
  records?: RecordDef[];
}

/** One field of a record the framework defines beside the tables (a policy event, issue 21). */
export interface RecordFieldDef {
  id: string;
  names: Labels;
  /** code: one code of `codelist`; tables: table ids; date: YYYY, YYYY-MM or YYYY-MM-DD. */
  type: 'code' | 'date' | 'text' | 'tables' | 'url' | 'lang';
  codelist?: string;
  required: boolean;
  maxLength?: number;
  /** Why the field exists or when it applies, in the four languages. */
  notes?: Labels;
}

/** A record reported in the round that is not a table of figures (e.g. POLICY_EVENT). */
export interface RecordDef {
  id: string;
  names: Labels;
  descriptions: Labels;
  fields: RecordFieldDef[];
}
