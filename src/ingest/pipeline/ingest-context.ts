// What the pipeline needs from the store, as an interface the store implements
// (src/store/repositories: code-mappings.ts, observations.ts, reference-codes.ts) and tests
// fake in memory: the country's confirmed code mappings, its published figures of a table, and
// the codes coordinators added to extensible lists.
import { type AddedCode, getTable, setAddedCodes } from '../../framework/index.js';
import type { Observation } from '../../framework/observation.js';
import type { TableDef } from '../../framework/types.js';
import { type CodeMapping, createSavedMappings, type SavedMappings } from '../mapping/saved-mappings.js';
import { listRelatedTables } from '../validation/cross-table-relations.js';
import type { ValidationContext } from '../validation/validation-context.js';

export interface IngestContextSource {
  listCodeMappings(country: string): Promise<CodeMapping[]>;
  listPublished(table: TableDef, country: string): Promise<Observation[]>;
  /** Absent where the framework's code lists are all there is (tests, offline runs). */
  listAddedCodes?(): Promise<AddedCode[]>;
}

/** The store could not be read: a failure of the system, not of the file, so it is thrown. */
export class ContextUnavailable extends Error {
  override name = 'ContextUnavailable';
}

export interface IngestContext {
  saved: SavedMappings;
  validation: ValidationContext;
}

export async function loadIngestContext(
  source: IngestContextSource | undefined,
  table: TableDef,
  country: string,
  extra: { mappings?: readonly CodeMapping[]; rounding?: number | undefined } = {},
): Promise<IngestContext> {
  try {
    return await loadContext(source, table, country, extra);
  } catch (error) {
    throw new ContextUnavailable(error instanceof Error ? error.message : String(error));
  }
}

async function loadContext(
  source: IngestContextSource | undefined,
  table: TableDef,
  country: string,
  extra: { mappings?: readonly CodeMapping[]; rounding?: number | undefined },
): Promise<IngestContext> {
  // Read at each run, not only at start: another process may have added a code since.
  if (source?.listAddedCodes) setAddedCodes(await source.listAddedCodes());
  const stored = source ? await source.listCodeMappings(country) : [];
  // Mappings confirmed for this run come last, so they win over stored ones.
  const saved = createSavedMappings([...stored, ...(extra.mappings ?? [])]);
  const validation: ValidationContext = {};
  if (extra.rounding) validation.rounding = extra.rounding;
  if (!source) return { saved, validation };
  validation.published = await source.listPublished(table, country);
  const related: Record<string, readonly Observation[]> = {};
  for (const id of listRelatedTables(table.id)) {
    const other = getTable(id);
    if (other) related[id] = await source.listPublished(other, country);
  }
  validation.related = related;
  return { saved, validation };
}

/** An in-memory context source, for tests and offline runs (published figures by table id). */
export function createMemoryContextSource(data: {
  mappings?: CodeMapping[];
  published?: Record<string, Observation[]>;
}): IngestContextSource {
  return {
    listCodeMappings: async () => data.mappings ?? [],
    listPublished: async (table) => data.published?.[table.id] ?? [],
  };
}
