// A text file is UTF-8 (with or without BOM), UTF-16 with its BOM, or — when its bytes are not
// valid UTF-8 — Windows-1252, the code page Excel uses for "CSV" in the Americas. The whole
// file is checked (a natively fast pass), so an "é" on row 90,000 still decides the encoding
// and nothing is ever decoded into mojibake.
import { isUtf8 } from 'node:buffer';
import type { ByteSource } from '../../source/byte-source.js';

export type TextEncoding = 'UTF-8' | 'UTF-8 BOM' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252';

export function detectBom(head: Uint8Array): TextEncoding | undefined {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'UTF-8 BOM';
  if (head[0] === 0xff && head[1] === 0xfe) return 'UTF-16LE';
  if (head[0] === 0xfe && head[1] === 0xff) return 'UTF-16BE';
  return undefined;
}

/** Where an unfinished UTF-8 sequence starts at the end of `bytes`, or bytes.length. */
function incompleteTailStart(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back] as number;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

export async function detectEncoding(source: ByteSource, head: Uint8Array): Promise<TextEncoding> {
  const bom = detectBom(head);
  if (bom) return bom;
  let carry: Uint8Array = new Uint8Array(0);
  for await (const chunk of source.open()) {
    const bytes = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    const cut = incompleteTailStart(bytes);
    if (!isUtf8(bytes.subarray(0, cut))) return 'Windows-1252';
    carry = bytes.slice(cut);
  }
  return carry.length > 0 ? 'Windows-1252' : 'UTF-8';
}
