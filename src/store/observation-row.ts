// Observations travel as { key: {DIM: code} }; the store keeps breakdown dimensions in the
// positional columns dim1…dim6 in the table's key order. These two functions are the only
// place that knows the mapping.
import type { Observation } from '../framework/observation.js';
import type { TableDef } from '../framework/types.js';
import { DIM_SLOTS, type DimSlot } from './schema.js';

const FIXED = new Set(['REF_AREA', 'TIME_PERIOD']);

/** Breakdown dimension ids of a table, in slot order (dim1 first). */
export function breakdownDimensions(table: TableDef): string[] {
  return table.dimensions.map((d) => d.id).filter((id) => !FIXED.has(id));
}

/** The slot column holding a dimension, or undefined for REF_AREA/TIME_PERIOD/unknown ids. */
export function slotOf(table: TableDef, dimensionId: string): DimSlot | undefined {
  const index = breakdownDimensions(table).indexOf(dimensionId);
  return index >= 0 ? DIM_SLOTS[index] : undefined;
}

/** The columns of one observation within its table: key slots, value and attributes. */
export const OBSERVATION_CELL_COLUMNS = [
  'ref_area',
  'time_period',
  ...DIM_SLOTS,
  'obs_value',
  'obs_status',
  'conf_status',
  'obs_note',
  'cv',
  'sample_n',
] as const;

export const OBSERVATION_COLUMNS = ['table_id', ...OBSERVATION_CELL_COLUMNS] as const;

/** Column values in OBSERVATION_COLUMNS order, for bulk loads. */
export function observationValues(obs: Observation, table: TableDef): unknown[] {
  const dims = breakdownDimensions(table);
  const slots = DIM_SLOTS.map((_, i) => {
    const dim = dims[i];
    return dim === undefined ? '' : (obs.key[dim] ?? '');
  });
  return [
    table.id,
    obs.key.REF_AREA ?? '',
    obs.key.TIME_PERIOD ?? '',
    ...slots,
    obs.value,
    obs.status,
    obs.conf,
    obs.note ?? null,
    obs.cv ?? null,
    obs.sampleN ?? null,
  ];
}

export interface ObservationRowLike {
  ref_area: string;
  time_period: string;
  dim1: string;
  dim2: string;
  dim3: string;
  dim4: string;
  dim5: string;
  dim6: string;
  obs_value: number | null;
  obs_status: string;
  conf_status: string;
  obs_note: string | null;
  cv: number | null;
  sample_n: number | null;
}

export function rowToObservation(row: ObservationRowLike, table: TableDef): Observation {
  const key: Record<string, string> = {};
  const dims = breakdownDimensions(table);
  for (const dim of table.dimensions) {
    if (dim.id === 'REF_AREA') key.REF_AREA = row.ref_area;
    else if (dim.id === 'TIME_PERIOD') key.TIME_PERIOD = row.time_period;
    else key[dim.id] = row[DIM_SLOTS[dims.indexOf(dim.id)] as DimSlot];
  }
  return {
    table: table.id,
    key,
    value: row.obs_value === null ? null : Number(row.obs_value),
    status: row.obs_status,
    conf: row.conf_status,
    note: row.obs_note,
    cv: row.cv,
    sampleN: row.sample_n,
  };
}
