// A spreadsheet is refused before it is parsed when it would inflate past the limit: first by
// the sizes its directory declares, then — because a zip bomb can lie about them — by actually
// inflating each part with a byte budget and stopping the moment the budget is spent. Memory
// stays at one chunk and time at most the limit's worth of inflating.
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createInflateRaw } from 'node:zlib';
import { createIssue, type Issue } from '../../issues/issue.js';
import type { ByteSource } from '../../source/byte-source.js';
import { type ReadLimits, toMegabytes } from '../read-limits.js';
import { readZipDirectory, type ZipEntry, ZipFormatError } from './zip-directory.js';

const LOCAL_HEADER = 0x04034b50;
const READ_CHUNK = 256 * 1024;
// An archive with more parts than this is not a workbook someone filled in.
const MAX_ENTRIES = 10_000;

class BudgetSpent extends Error {}

export type ZipVerdict = { ok: true; entries: ZipEntry[] } | { ok: false; issue: Issue };

export async function guardZip(source: ByteSource, limits: ReadLimits): Promise<ZipVerdict> {
  const unreadable = (reason: string): ZipVerdict => ({
    ok: false,
    issue: createIssue('UNREADABLE_FILE', {}, { file: source.name, reason }),
  });
  const tooLarge = (bytes: number): ZipVerdict => ({
    ok: false,
    issue: createIssue(
      'FILE_TOO_LARGE',
      {},
      {
        size: toMegabytes(bytes),
        limit: toMegabytes(limits.maxUncompressedBytes),
      },
    ),
  });
  let entries: ZipEntry[];
  try {
    entries = await readZipDirectory(source);
  } catch (error) {
    if (error instanceof ZipFormatError) return unreadable(error.message);
    throw error;
  }
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) return unreadable('not an xlsx workbook');
  if (entries.some((e) => e.encrypted)) return unreadable('encrypted');
  if (entries.length > MAX_ENTRIES) return unreadable('too many parts');
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > limits.maxUncompressedBytes) return tooLarge(declared);

  let inflated = 0;
  for (const entry of entries) {
    try {
      inflated += await measureEntry(source, entry, limits.maxUncompressedBytes - inflated);
    } catch (error) {
      if (error instanceof BudgetSpent) return tooLarge(limits.maxUncompressedBytes + 1);
      return unreadable(error instanceof Error ? error.message : 'damaged part');
    }
  }
  return { ok: true, entries };
}

async function measureEntry(source: ByteSource, entry: ZipEntry, budget: number): Promise<number> {
  if (entry.method === 0) {
    if (entry.compressedSize > budget) throw new BudgetSpent();
    return entry.compressedSize;
  }
  if (entry.method !== 8) throw new Error(`compression method ${entry.method}`);
  const header = Buffer.from(await source.readRange(entry.localHeaderOffset, 30));
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_HEADER)
    throw new Error(`bad part ${entry.name}`);
  const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  let produced = 0;
  const counter = new Writable({
    write(chunk: Buffer, _encoding, done) {
      produced += chunk.length;
      done(produced > budget ? new BudgetSpent() : undefined);
    },
  });
  await pipeline(
    Readable.from(readCompressed(source, start, entry.compressedSize)),
    createInflateRaw(),
    counter,
  );
  return produced;
}

async function* readCompressed(
  source: ByteSource,
  start: number,
  length: number,
): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < length; at += READ_CHUNK) {
    const chunk = await source.readRange(start + at, Math.min(READ_CHUNK, length - at));
    if (chunk.byteLength === 0) throw new Error('truncated part');
    yield chunk;
  }
}
