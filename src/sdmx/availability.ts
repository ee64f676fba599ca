// An actual content constraint, computed from the observations a query finds: for each
// dimension, the codes that have data (code-list order, periods in time order), how many
// observations there are and the time range they cover. The same summary answers availability
// queries and is attached to each dataflow's structure as its actual constraint.
import type { Observation } from '../framework/observation.js';
import type { DataflowArtefact } from './artefacts.js';
import { sortCodes } from './code-labels.js';

export interface Availability {
  dataflow: DataflowArtefact;
  /** Dimension id → codes with data; TIME_PERIOD → periods. Only the asked components. */
  values: Map<string, string[]>;
  count: number;
  timeStart?: string;
  timeEnd?: string;
}

/** `componentId` is one dimension id, or `all`/`*` for every dimension. */
export function summariseAvailability(
  dataflow: DataflowArtefact,
  observations: readonly Observation[],
  componentId = 'all',
): Availability {
  const dims = dataflow.table.dimensions.filter(
    (d) => componentId === 'all' || componentId === '*' || d.id === componentId,
  );
  const values = new Map(
    dims.map((d) => [
      d.id,
      sortCodes(
        d,
        observations.map((o) => o.key[d.id] ?? ''),
      ),
    ]),
  );
  const periods = sortCodes(
    { codelist: '' },
    observations.map((o) => o.key.TIME_PERIOD ?? ''),
  );
  return {
    dataflow,
    values,
    count: observations.length,
    ...(periods.length > 0 ? { timeStart: periods[0], timeEnd: periods.at(-1) } : {}),
  };
}

/** The period's first and last instants (annual periods: SICREMI's tables are yearly). */
export function periodBounds(period: string): { start: string; end: string } {
  const year = period.slice(0, 4);
  return { start: `${year}-01-01T00:00:00Z`, end: `${year}-12-31T23:59:59Z` };
}
