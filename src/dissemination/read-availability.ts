// Availability for SDMX: which codes have public data under a query's filters, counted and
// dated, read through the same gateway as the data (so a suppressed cell is still a cell that
// exists, but no figure is read). A dataflow's actual constraint is its availability unfiltered.
import type { Kysely } from 'kysely';
import type { DataflowArtefact } from '../sdmx/artefacts.js';
import { type Availability, summariseAvailability } from '../sdmx/availability.js';
import { sortCodes } from '../sdmx/code-labels.js';
import type { SdmxDataQuery } from '../sdmx/data-query.js';
import { parseDataQueryV2 } from '../sdmx/parse-data-query.js';
import { type ObservationSelection, summarisePublished } from '../store/repositories/observations.js';
import type { Database } from '../store/schema.js';
import { readSdmxData, streamableSelection } from './read-sdmx-data.js';
import type { Viewer } from './viewer.js';

export type AvailabilityOutcome =
  | { ok: true; availability: Availability }
  | { ok: false; status: 413; detail: string };

export async function readAvailability(
  db: Kysely<Database>,
  query: SdmxDataQuery,
  componentId: string,
  viewer: Viewer,
  max: number,
): Promise<AvailabilityOutcome> {
  // One key and no filter on values: the store counts and lists the codes itself (disclosure
  // control changes values, never which cells exist), so a large dataflow is never read whole.
  const selection = streamableSelection(query, viewer);
  if (selection === 'empty')
    return { ok: true, availability: summariseAvailability(query.dataflow, [], componentId) };
  if (selection) return { ok: true, availability: await summariseStored(db, query, selection, componentId) };
  const outcome = await readSdmxData(db, query, viewer, max);
  if (!outcome.ok) return outcome;
  return {
    ok: true,
    availability: summariseAvailability(query.dataflow, outcome.read.observations, componentId),
  };
}

async function summariseStored(
  db: Kysely<Database>,
  query: SdmxDataQuery,
  selection: ObservationSelection,
  componentId: string,
): Promise<Availability> {
  const wanted = (id: string) => componentId === 'all' || componentId === '*' || id === componentId;
  const dims = query.table.dimensions.filter((d) => wanted(d.id) || d.id === 'TIME_PERIOD');
  const summary = await summarisePublished(
    db,
    selection,
    dims.map((d) => d.id),
  );
  const periods = sortCodes({ codelist: '' }, summary.values.get('TIME_PERIOD') ?? []);
  return {
    dataflow: query.dataflow,
    values: new Map(
      dims.filter((d) => wanted(d.id)).map((d) => [d.id, sortCodes(d, summary.values.get(d.id) ?? [])]),
    ),
    count: summary.count,
    ...(periods.length > 0 ? { timeStart: periods[0], timeEnd: periods.at(-1) } : {}),
  };
}

/** The whole dataflow's availability: its actual content constraint. */
export async function readDataflowAvailability(
  db: Kysely<Database>,
  dataflow: DataflowArtefact,
  viewer: Viewer,
  max: number,
): Promise<AvailabilityOutcome> {
  const parsed = parseDataQueryV2(['dataflow', dataflow.agency, dataflow.id, dataflow.version], new Map());
  if (!parsed.ok) throw new Error(`cannot read ${dataflow.id}: ${parsed.problem.detail}`);
  return readAvailability(db, parsed.value, 'all', viewer, max);
}
