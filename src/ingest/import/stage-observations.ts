// Observations go into staged_observations through the store's bulk path as they are read.
// On SQLite each batch is one synchronous bulkInsert (a prepared statement in the open
// transaction: no per-row await); on PostgreSQL one COPY streams every batch. Once an error is
// known nothing more is written — the transaction will be rolled back — but reading goes on,
// so the report still lists every issue.
import type { TableDef } from '../../framework/types.js';
import { rowsPerStatement } from '../../store/dialects/sqlite/insert-rows.js';
import { type StagedAttributes, stagedColumns } from '../../store/repositories/submissions.js';
import type { DialectName, StoreTx } from '../../store/store.js';
import type { StageableBatch } from './stageable-batch.js';

export async function stageObservations(
  tx: StoreTx,
  dialect: DialectName,
  table: TableDef,
  submissionId: number,
  batches: AsyncIterable<StageableBatch>,
  hasErrors: () => boolean,
): Promise<number> {
  if (dialect === 'sqlite') {
    // SQLite inserts whole multi-row statements, then what is left of a call row by row: the
    // rows past the last whole statement wait for the next batch with the same columns.
    let count = 0;
    let waiting: { attributes: StagedAttributes; rows: unknown[][] } | undefined;
    const insert = async (attributes: StagedAttributes, rows: unknown[][]) => {
      count += await tx.bulkInsert('staged_observations', stagedColumns(table, attributes), rows);
    };
    for await (const batch of batches) {
      if (hasErrors()) continue;
      const { attributes, rows } = batch.toRows(table, submissionId);
      if (waiting && !sameAttributes(waiting.attributes, attributes)) {
        await insert(waiting.attributes, waiting.rows);
        waiting = undefined;
      }
      const all = waiting ? [...waiting.rows, ...rows] : rows;
      const whole = all.length - (all.length % rowsPerStatement(stagedColumns(table, attributes).length));
      if (whole > 0) await insert(attributes, whole === all.length ? all : all.slice(0, whole));
      waiting = whole === all.length ? undefined : { attributes, rows: all.slice(whole) };
    }
    if (waiting && !hasErrors()) await insert(waiting.attributes, waiting.rows);
    return count;
  }
  // COPY names its columns once: every batch fills them all.
  const all = { status: true, conf: true, note: true };
  async function* rows() {
    for await (const batch of batches) if (!hasErrors()) yield* batch.toRows(table, submissionId, all).rows;
  }
  return tx.bulkInsert('staged_observations', stagedColumns(table, all), rows());
}

function sameAttributes(a: StagedAttributes, b: StagedAttributes): boolean {
  return a.status === b.status && a.conf === b.conf && a.note === b.note;
}
