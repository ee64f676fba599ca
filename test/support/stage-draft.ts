// Stages a draft submission straight into the store, as the ingest pipeline does after
// validating a file: the submission row, its staged observations and its report. Synthetic
// test data. Used where a test is about the lifecycle, not about reading files.
import { getTable } from '../../src/framework/index.js';
import type { Observation } from '../../src/framework/observation.js';
import { OBSERVATION_COLUMNS, observationValues } from '../../src/store/observation-row.js';
import type { Store } from '../../src/store/store.js';

export interface DraftInput {
  table: string;
  country: string;
  createdBy?: number | null;
  /** Cells as [key without REF_AREA, value]; source rows start at 2 (row 1 is the header). */
  cells: [Record<string, string>, number | null][];
  issues?: { code: string; severity: 'error' | 'warning' | 'info'; row?: number; key?: string }[];
  /** FRAMEWORK §5 metadata of the submission (e.g. its source series). */
  metadata?: Record<string, unknown>;
}

export async function stageDraft(store: Store, input: DraftInput): Promise<number> {
  const table = getTable(input.table)!;
  const now = new Date().toISOString();
  return store.transaction(async (tx) => {
    const row = await tx.db
      .insertInto('submissions')
      .values({
        table_id: table.id,
        ref_area: input.country,
        round_id: null,
        status: 'draft',
        file_sha256: null,
        origin: 'test',
        metadata: JSON.stringify(input.metadata ?? {}),
        report: JSON.stringify({ issues: input.issues ?? [] }),
        observation_count: input.cells.length,
        created_by: input.createdBy ?? null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const id = Number(row.id);
    await tx.bulkInsert(
      'staged_observations',
      ['submission_id', 'source_row', ...OBSERVATION_COLUMNS],
      input.cells.map(([key, value], index) => {
        const observation: Observation = {
          table: table.id,
          key: { REF_AREA: input.country, ...key },
          value,
          status: 'A',
          conf: 'F',
        };
        return [id, index + 2, ...observationValues(observation, table)];
      }),
    );
    return id;
  });
}
