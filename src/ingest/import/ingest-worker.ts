// The ingest worker: the whole pipeline (read, map, validate) on its own thread, so that on
// SQLite — whose inserts run on the main thread's connection — reading the next rows and
// inserting the previous ones proceed at the same time. It asks the main thread for the store
// context, sends accepted observations as encoded batches (joined to SEND_ROWS rows; at most
// IN_FLIGHT unacknowledged, so memory stays bounded when inserting is the slower side), and the
// report at the end.
import { parentPort, workerData } from 'node:worker_threads';
import { getTable } from '../../framework/index.js';
import type { IngestContextSource } from '../pipeline/ingest-context.js';
import { readSubmission } from '../pipeline/read-submission.js';
import { bufferSource } from '../source/byte-source.js';
import { createBatchEncoder, type EncodedBatch, listTransfers } from './encoded-batch.js';
import { mergeEncodedBatches } from './merge-encoded-batches.js';
import type { PlainReadOptions } from './staging-reading.js';
import type { ContextMethod, FromWorker, ToWorker } from './worker-messages.js';

const IN_FLIGHT = 8;
// Rows gathered before a batch is sent: a few statements' worth for each bulk insert.
const SEND_ROWS = 2000;
const input = workerData as { bytes: Uint8Array; name: string; options: PlainReadOptions };
const port = parentPort as NonNullable<typeof parentPort>;
const send = (message: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

const answers = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();
let credits = IN_FLIGHT;
let onCredit: (() => void) | undefined;
port.on('message', (message: ToWorker) => {
  if (message.type === 'answer') {
    const pending = answers.get(message.id);
    answers.delete(message.id);
    if (message.error !== undefined) pending?.reject(new Error(message.error));
    else pending?.resolve(message.result);
  } else {
    credits++;
    onCredit?.();
  }
});

let nextId = 0;
function ask<T>(method: ContextMethod, args: string[]): Promise<T> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    answers.set(id, { resolve: resolve as (result: unknown) => void, reject });
    send({ type: 'ask', id, method, args });
  });
}

const contextSource: IngestContextSource = {
  listCodeMappings: (country) => ask('listCodeMappings', [country]),
  listPublished: (table, country) => ask('listPublished', [table.id, country]),
  // This thread's code lists start as the framework's: the added codes come from the store too.
  listAddedCodes: () => ask('listAddedCodes', []),
};

const reading = readSubmission(bufferSource(input.bytes, input.name), {
  ...input.options,
  contextSource,
  onProgress: (rows) => send({ type: 'progress', rows }),
});
let encode: ((batch: Parameters<ReturnType<typeof createBatchEncoder>>[0]) => EncodedBatch) | undefined;
let pending: EncodedBatch[] = [];
let pendingRows = 0;

async function sendPending(): Promise<void> {
  if (pending.length === 0) return;
  if (credits === 0) await new Promise<void>((resolve) => (onCredit = resolve));
  credits--;
  const batch = mergeEncodedBatches(pending);
  pending = [];
  pendingRows = 0;
  send(
    { type: 'batch', batch, target: reading.target(), hasErrors: reading.hasErrors() },
    listTransfers(batch),
  );
}

for await (const batch of reading.accepted) {
  // Once an error is known nothing will be staged: only the report is still wanted.
  if (reading.hasErrors()) continue;
  const table = getTable(reading.target().table ?? '');
  if (!table) continue;
  encode ??= createBatchEncoder(table);
  // Encoded at once (the rows' objects die young), sent once enough have gathered.
  pending.push(encode(batch));
  pendingRows += batch.size;
  if (pendingRows >= SEND_ROWS) await sendPending();
}
if (!reading.hasErrors()) await sendPending();
send({ type: 'done', report: reading.report(), unresolved: reading.unresolved() });
