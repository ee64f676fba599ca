// PostgreSQL's COPY text format: tab-separated, \N for NULL, backslash escapes.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { BulkRows } from '../../store.js';

function encodeValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  const text = typeof value === 'string' ? value : String(value);
  return text.replace(/[\\\t\n\r]/g, (ch) =>
    ch === '\\' ? '\\\\' : ch === '\t' ? '\\t' : ch === '\n' ? '\\n' : '\\r',
  );
}

async function* encodeLines(rows: BulkRows, counter: { n: number }): AsyncGenerator<string> {
  let batch = '';
  for await (const row of rows) {
    batch += `${row.map(encodeValue).join('\t')}\n`;
    counter.n++;
    if (batch.length > 65536) {
      yield batch;
      batch = '';
    }
  }
  if (batch) yield batch;
}

export async function copyRows(
  client: PoolClient,
  table: string,
  columns: readonly string[],
  rows: BulkRows,
): Promise<number> {
  const counter = { n: 0 };
  const sql = `COPY "${table}" (${columns.map((c) => `"${c}"`).join(',')}) FROM STDIN`;
  await pipeline(Readable.from(encodeLines(rows, counter)), client.query(copyFrom(sql)));
  return counter.n;
}
