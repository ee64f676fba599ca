// Observations go into staged_observations through the store's bulk path as they are read.
// On SQLite each batch is one synchronous bulkInsert (a prepared statement in the open
// transaction: no per-row await); on PostgreSQL one COPY streams every batch. Once an error is
// known nothing more is written — the transaction will be rolled back — but reading goes on,
// so the report still lists every issue.
import type { TableDef } from '../../framework/types.js';
import { stagedColumns } from '../../store/repositories/submissions.js';
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
    let count = 0;
    for await (const batch of batches) {
      if (hasErrors()) continue;
      const { attributes, rows } = batch.toRows(table, submissionId);
      count += await tx.bulkInsert('staged_observations', stagedColumns(table, attributes), rows);
    }
    return count;
  }
  // COPY names its columns once: every batch fills them all.
  const all = { status: true, conf: true, note: true };
  async function* rows() {
    for await (const batch of batches) if (!hasErrors()) yield* batch.toRows(table, submissionId, all).rows;
  }
  return tx.bulkInsert('staged_observations', stagedColumns(table, all), rows());
}
