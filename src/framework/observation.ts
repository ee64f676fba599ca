// One cell of a table: its full key, its value and its attributes. An empty value is not
// a zero: it must say why it is empty (OBS_STATUS L, M, O or Q).

export interface Observation {
  table: string;
  /** Dimension id → code for every dimension of the table, REF_AREA and TIME_PERIOD included. */
  key: Record<string, string>;
  value: number | null;
  /** CL_OBS_STATUS; 'A' (normal) by default. */
  status: string;
  /** CL_CONF_STATUS; 'F' (free) by default. */
  conf: string;
  note?: string | null;
  /** Survey tables: coefficient of variation in percent, and unweighted sample size. */
  cv?: number | null;
  sampleN?: number | null;
  /** Where the figure stands in its original source (file, sheet, row), when known. */
  sourceRef?: string | null;
}

export const DEFAULT_OBS_STATUS = 'A';
export const DEFAULT_CONF_STATUS = 'F';
/** Statuses that explain an empty value. */
export const MISSING_STATUSES: ReadonlySet<string> = new Set(['L', 'M', 'O', 'Q']);
