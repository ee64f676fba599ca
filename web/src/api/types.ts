// Shapes of the API responses the web application reads. They mirror the server's JSON (the
// framework routes, and the dissemination and workflow contracts of issues 4 and 5); the web
// app depends on these shapes, never on server modules.

export interface TableSummary {
  id: string;
  name: string;
  description: string;
  kind: 'flow' | 'stock';
  survey: boolean;
  dimensions: string[];
}

export interface DimensionDetail {
  id: string;
  name: string;
  codelist: string | null;
  codelistName: string | null;
  hasTotal: boolean;
  position: number;
}

export interface TableDescription extends TableSummary {
  unit: 'PS' | 'USD_M';
  unitMultiplier: number;
  attributes: string[];
  typicalSources: string[];
  wideDimension: string;
  requiredTotals: string[];
  dimensionDetails: DimensionDetail[];
}

export interface CodeEntry {
  id: string;
  name: string;
  parent: string | null;
  derived: boolean;
  aliases: string[];
}

export interface CodelistDescription {
  id: string;
  agency: string;
  version: string;
  name: string;
  extensible: boolean;
  codes: CodeEntry[];
}

export interface CodelistSummary {
  id: string;
  agency: string;
  name: string;
  size: number;
}

export interface RuleEntry {
  code: string;
  severity: 'error' | 'warning' | 'info';
  section: string;
  description: string;
  message: string;
  needsJustification: boolean;
  params: Record<string, number | string>;
}

export interface MemberState {
  iso3: string;
  iso2: string;
  m49: string;
  name: string;
  phase: 'I' | 'II' | 'III' | null;
  membership: 'member' | 'non-participating' | 'withdrawn' | null;
  groupings: string[];
}

export interface GroupingEntry {
  id: string;
  name: string;
  members: string[];
}

export interface IndicatorDefinition {
  id: string;
  name: string;
  formula: string;
  unit: 'per_1000' | 'percent' | 'pp' | 'ratio';
  inputs: string[];
  notes: string | null;
}

/** GET /api/data/:table (issue 5). */
export interface DataRelease {
  id: number | string;
  publishedAt: string;
  source: unknown;
}

export interface DataObservation {
  key: Record<string, string>;
  value: number | null;
  status: string;
  conf: string;
  note: string | null;
  releaseId: number | string;
}

export interface DataResponse {
  table: { id: string; name: string };
  lang: string;
  /** The state the data were read at (the fixed release's time, or now). */
  asOf?: string;
  releases: DataRelease[];
  dimensions: { id: string; name: string; codes: { id: string; name: string }[] }[];
  observations: DataObservation[];
  count: number;
  total: number;
  truncated: boolean;
}

// The pivot's contract is the server's own type (type-only: nothing of the server is bundled).
export type {
  PivotAnswer as PivotResponse,
  PivotCell,
  PivotRow,
} from '../../../src/dissemination/pivot/present-pivot';

// GET /api/countries/:iso3: the country page's key series with their changes, computed by the
// server's figure engine under the change rule (the web app computes no change itself).
export type {
  CountryProfile,
  ProfileChange,
  ProfilePoint,
  ProfileSeries,
} from '../../../src/reports/profile/build-country-profile';

/** GET /api/releases (issue 5). */
export interface ReleaseEntry {
  id: number | string;
  table?: string | { id: string; name?: string };
  tableId?: string;
  tableName?: string;
  publishedAt: string;
  notes?: string | null;
  source?: unknown;
  observationCount?: number;
}
