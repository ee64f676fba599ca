// Lays observations out the way SDMX-JSON messages index them: each dimension lists the codes
// present (code-list order, periods in time order), series keys and observation keys are
// positions in those lists, and attribute values are positions in each attribute's value list.
// Shared by the 2.0.0 and 1.0 builders, which differ only in how they write this down.
import type { Observation } from '../framework/observation.js';
import type { AttributeDef, DimensionDef, TableDef } from '../framework/types.js';
import { tableAttributes } from './artefacts.js';
import { sortCodes } from './code-labels.js';

export interface AttributeColumn {
  def: AttributeDef;
  /** Distinct values, coded attributes as code ids. */
  values: (string | number)[];
}

export interface Packaged {
  table: TableDef;
  /** Dimensions of the series key (empty for a flat AllDimensions answer). */
  seriesDims: DimensionDef[];
  /** Dimensions at the observation level. */
  obsDims: DimensionDef[];
  values: Map<string, string[]>;
  datasetAttributes: AttributeColumn[];
  obsAttributes: AttributeColumn[];
  /** Series key ("0:1:2") → observation key ("3") → [value?, attribute indexes...]. */
  series: Map<string, Map<string, (number | null)[]>>;
  /** Flat answers: observation key → row. */
  observations: Map<string, (number | null)[]>;
}

export interface PackagingOptions {
  dimensionAtObservation: string;
  attributes: readonly string[];
  includeMeasure: boolean;
}

/** An observation-level attribute's value, or null when the observation has none. */
export function attributeValue(obs: Observation, id: string): string | number | null {
  switch (id) {
    case 'OBS_STATUS':
      return obs.status;
    case 'CONF_STATUS':
      return obs.conf;
    case 'OBS_NOTE':
      return obs.note ? obs.note : null;
    case 'CV':
      return obs.cv ?? null;
    case 'SAMPLE_N':
      return obs.sampleN ?? null;
    default:
      return null;
  }
}

export function datasetAttributeValue(table: TableDef, id: string): string | undefined {
  if (id === 'UNIT_MULT') return String(table.unitMultiplier);
  if (id === 'UNIT_MEASURE') return table.unit;
  return undefined;
}

function indexOf(list: string[]): Map<string, number> {
  return new Map(list.map((v, i) => [v, i]));
}

export function packageObservations(
  table: TableDef,
  observations: readonly Observation[],
  options: PackagingOptions,
): Packaged {
  const flat = options.dimensionAtObservation === 'AllDimensions';
  const obsDims = flat
    ? table.dimensions
    : table.dimensions.filter((d) => d.id === options.dimensionAtObservation);
  const seriesDims = flat ? [] : table.dimensions.filter((d) => d.id !== options.dimensionAtObservation);
  const values = new Map(
    table.dimensions.map((d) => [
      d.id,
      sortCodes(
        d,
        observations.map((o) => o.key[d.id] ?? ''),
      ),
    ]),
  );
  const positions = new Map([...values].map(([id, list]) => [id, indexOf(list)]));
  const chosen = tableAttributes(table).filter((a) => options.attributes.includes(a.id));
  const datasetAttributes = chosen
    .filter((a) => a.attachment === 'dataset')
    .map((def) => ({ def, values: [datasetAttributeValue(table, def.id) ?? ''] }));
  const obsAttributes: AttributeColumn[] = chosen
    .filter((a) => a.attachment === 'observation')
    .map((def) => ({ def, values: [] }));
  const attributeIndexes = obsAttributes.map(() => new Map<string | number, number>());

  const keyOf = (obs: Observation, dims: DimensionDef[]) =>
    dims.map((d) => positions.get(d.id)!.get(obs.key[d.id] ?? '')!).join(':');
  const series = new Map<string, Map<string, (number | null)[]>>();
  const flatObservations = new Map<string, (number | null)[]>();
  for (const obs of observations) {
    const row: (number | null)[] = options.includeMeasure ? [obs.value] : [];
    obsAttributes.forEach((column, i) => {
      const value = attributeValue(obs, column.def.id);
      if (value === null) {
        row.push(null);
        return;
      }
      const index = attributeIndexes[i]!;
      let position = index.get(value);
      if (position === undefined) {
        position = column.values.length;
        column.values.push(value);
        index.set(value, position);
      }
      row.push(position);
    });
    if (flat) {
      flatObservations.set(keyOf(obs, obsDims), row);
      continue;
    }
    const seriesKey = keyOf(obs, seriesDims);
    let entries = series.get(seriesKey);
    if (!entries) {
      entries = new Map();
      series.set(seriesKey, entries);
    }
    entries.set(keyOf(obs, obsDims), row);
  }
  return {
    table,
    seriesDims,
    obsDims,
    values,
    datasetAttributes,
    obsAttributes,
    series,
    observations: flatObservations,
  };
}
