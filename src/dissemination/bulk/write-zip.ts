// A zip archive of gzip members without recompressing them: a gzip member is a raw deflate
// stream between a 10-byte header and a trailer holding its CRC-32 and size — exactly what a zip
// entry (method 8) needs. Entries are named in UTF-8; sizes stay under 4 GiB (no zip64).
import { gunzipSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** A gzip member as zlib writes it (no file name or extra fields in its header). */
  gzip: Buffer;
  modified: Date;
}

function dosTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

function deflated(gzip: Buffer): { data: Buffer; crc: number; size: number } {
  const plainHeader = gzip[0] === 0x1f && gzip[1] === 0x8b && gzip[2] === 8 && gzip[3] === 0;
  if (!plainHeader) throw new Error('not a plain gzip member');
  // A bad member fails here rather than in the reader's hands.
  gunzipSync(gzip);
  return {
    data: gzip.subarray(10, gzip.length - 8),
    crc: gzip.readUInt32LE(gzip.length - 8),
    size: gzip.readUInt32LE(gzip.length - 4),
  };
}

export function writeZip(entries: readonly ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const { data, crc, size } = deflated(entry.gzip);
    const { time, date } = dosTime(entry.modified);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(0x0800, 8);
    record.writeUInt16LE(8, 10);
    record.writeUInt16LE(time, 12);
    record.writeUInt16LE(date, 14);
    record.writeUInt32LE(crc, 16);
    record.writeUInt32LE(data.length, 20);
    record.writeUInt32LE(size, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE(offset, 42);
    central.push(record, name);
    parts.push(local, name, data);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}
