// The table of contents of a ZIP archive (an .xlsx is one), read from its central directory at
// the end of the file without inflating anything. Zip64 archives (over 4 GB) are not read.
import type { ByteSource } from '../../source/byte-source.js';

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export class ZipFormatError extends Error {}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_MARK = 0xffffffff;

export async function readZipDirectory(source: ByteSource): Promise<ZipEntry[]> {
  const size = await source.size();
  const tailStart = Math.max(0, size - END_RECORD_SIZE - MAX_COMMENT);
  const tail = Buffer.from(await source.readRange(tailStart, size - tailStart));
  let end = -1;
  for (let at = tail.length - END_RECORD_SIZE; at >= 0; at--) {
    if (tail.readUInt32LE(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new ZipFormatError('no end of central directory (truncated?)');
  const count = tail.readUInt16LE(end + 10);
  const directorySize = tail.readUInt32LE(end + 12);
  const directoryOffset = tail.readUInt32LE(end + 16);
  if (directoryOffset === ZIP64_MARK || directorySize === ZIP64_MARK) throw new ZipFormatError('zip64');
  if (directoryOffset + directorySize > size) throw new ZipFormatError('central directory past the end');
  const directory = Buffer.from(await source.readRange(directoryOffset, directorySize));
  return parseDirectory(directory, count);
}

function parseDirectory(directory: Buffer, count: number): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== DIRECTORY_ENTRY) {
      throw new ZipFormatError('bad central directory entry');
    }
    const nameLength = directory.readUInt16LE(at + 28);
    const entry: ZipEntry = {
      name: directory.toString('utf8', at + 46, at + 46 + nameLength),
      method: directory.readUInt16LE(at + 10),
      encrypted: (directory.readUInt16LE(at + 8) & 1) === 1,
      compressedSize: directory.readUInt32LE(at + 20),
      uncompressedSize: directory.readUInt32LE(at + 24),
      localHeaderOffset: directory.readUInt32LE(at + 42),
    };
    if (entry.compressedSize === ZIP64_MARK || entry.uncompressedSize === ZIP64_MARK) {
      throw new ZipFormatError('zip64');
    }
    entries.push(entry);
    at += 46 + nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
  }
  return entries;
}
