// What a reader reads: a file on disk or bytes already in memory (an upload), opened as many
// times as needed — encoding detection, zip inspection and parsing each take their own pass,
// so no reader ever has to hold the whole file.
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Readable } from 'node:stream';

export interface ByteSource {
  /** File name as the correspondent knows it, for messages. */
  readonly name: string;
  size(): Promise<number>;
  /** A fresh stream over all the bytes, in chunks of about `chunkSize`. */
  open(chunkSize?: number): AsyncIterable<Uint8Array>;
  /** Up to `length` bytes from `offset` (fewer at the end of the file). */
  readRange(offset: number, length: number): Promise<Uint8Array>;
}

const DEFAULT_CHUNK = 1 << 20;

export function fileSource(path: string, name = basename(path)): ByteSource {
  return {
    name,
    size: async () => (await stat(path)).size,
    open: (chunkSize = DEFAULT_CHUNK) => createReadStream(path, { highWaterMark: chunkSize }),
    async readRange(offset, length) {
      const handle = await open(path, 'r');
      try {
        const buffer = Buffer.alloc(length);
        const { bytesRead } = await handle.read(buffer, 0, length, offset);
        return buffer.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    },
  };
}

export function bufferSource(bytes: Uint8Array, name: string): ByteSource {
  return {
    name,
    size: async () => bytes.byteLength,
    open(chunkSize = DEFAULT_CHUNK) {
      const chunks: Uint8Array[] = [];
      for (let at = 0; at < bytes.byteLength; at += chunkSize)
        chunks.push(bytes.subarray(at, at + chunkSize));
      return Readable.from(chunks, { objectMode: true });
    },
    readRange: async (offset, length) =>
      bytes.subarray(Math.max(0, offset), Math.max(0, Math.min(bytes.byteLength, offset + length))),
  };
}

/**
 * Every byte, for the few callers that must hold the file (keeping the original, hashing it),
 * in shared memory so that a worker thread can read the same bytes without a copy.
 */
export async function readAllBytes(source: ByteSource): Promise<Buffer> {
  const size = await source.size();
  const bytes = Buffer.from(new SharedArrayBuffer(size));
  let at = 0;
  for await (const chunk of source.open()) {
    if (at + chunk.byteLength > size) throw new Error(`${source.name} grew while it was read`);
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes.subarray(0, at);
}
