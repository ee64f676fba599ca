// Reads GET /api/indicators/:id (issue 5) into one flat shape. The dissemination API names its
// fields in its own way (country or refArea, year or period…); this is the one place that
// knows, so the page below depends only on IndicatorValue.
export interface IndicatorValue {
  country: string;
  period: string;
  sex: string;
  /** The indicator's own breakdown (e.g. MIG_CATEGORY=WORK), '' when it has none. */
  breakdown: string;
  value: number | null;
  status: string;
  inputs: string[];
}

export interface IndicatorAggregate {
  id: string;
  name: string;
  period: string;
  breakdown: string;
  value: number | null;
  countries: number;
  of: number | null;
}

type Raw = Record<string, unknown>;

function text(record: Raw, ...keys: string[]): string {
  for (const key of keys) {
    const value = record[key];
    if (typeof value === 'string' || typeof value === 'number') return String(value);
  }
  const nested = record.key;
  if (nested && typeof nested === 'object') {
    for (const key of keys.map((k) => k.toUpperCase())) {
      const value = (nested as Raw)[key];
      if (typeof value === 'string') return value;
    }
  }
  return '';
}

function breakdownOf(record: Raw): string {
  const breakdown = record.breakdown;
  if (!breakdown || typeof breakdown !== 'object') return '';
  return Object.entries(breakdown as Raw)
    .map(([dimension, code]) => `${dimension}=${String(code)}`)
    .join(', ');
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function arrayOf(body: Raw, ...keys: string[]): Raw[] {
  for (const key of keys) {
    const value = body[key];
    if (Array.isArray(value)) return value.filter((v): v is Raw => Boolean(v) && typeof v === 'object');
  }
  return [];
}

function inputKeys(record: Raw): string[] {
  const inputs = record.inputs;
  if (!Array.isArray(inputs)) return [];
  return inputs.map((input) => {
    if (typeof input === 'string') return input;
    if (input && typeof input === 'object') {
      const r = input as Raw;
      const key = r.key;
      const keyText = key && typeof key === 'object' ? Object.values(key as Raw).join('.') : text(r, 'key');
      return [text(r, 'table'), keyText].filter(Boolean).join(': ');
    }
    return '';
  });
}

export function readIndicatorValues(body: unknown): {
  values: IndicatorValue[];
  aggregates: IndicatorAggregate[];
} {
  if (!body || typeof body !== 'object') return { values: [], aggregates: [] };
  const record = body as Raw;
  const values = arrayOf(record, 'values', 'data', 'observations').map((v) => ({
    country: text(v, 'country', 'refArea', 'ref_area', 'REF_AREA'),
    period: text(v, 'year', 'period', 'timePeriod', 'TIME_PERIOD'),
    sex: text(v, 'sex', 'SEX') || '_T',
    breakdown: breakdownOf(v),
    value: numberOrNull(v.value),
    status: text(v, 'status', 'obsStatus') || 'A',
    inputs: inputKeys(v),
  }));
  const aggregates = arrayOf(record, 'aggregates', 'regional', 'regions').map((a) => ({
    id: text(a, 'grouping', 'id', 'region'),
    name: text(a, 'name', 'groupingName', 'grouping', 'id'),
    period: text(a, 'year', 'period'),
    breakdown: breakdownOf(a),
    value: numberOrNull(a.value),
    countries: numberOrNull(a.countries) ?? numberOrNull(a.covered) ?? numberOrNull(a.count) ?? 0,
    of: numberOrNull(a.of) ?? numberOrNull(a.members) ?? numberOrNull(a.total),
  }));
  return { values, aggregates };
}
