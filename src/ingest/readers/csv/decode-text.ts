// Bytes to text, chunk by chunk, in the encoding detected for the file. A BOM is dropped, and
// multi-byte characters split across chunks are joined by the streaming decoders.
import iconv from 'iconv-lite';
import type { TextEncoding } from './detect-encoding.js';

interface ChunkDecoder {
  write(bytes: Uint8Array): string;
  end(): string;
}

function createDecoder(encoding: TextEncoding): ChunkDecoder {
  if (encoding === 'Windows-1252') {
    // iconv-lite, not TextDecoder: some Node builds decode "windows-1252" as Latin-1 and turn
    // €, “ ” and š into control characters.
    const decoder = iconv.getDecoder('win1252');
    return { write: (bytes) => decoder.write(Buffer.from(bytes)), end: () => decoder.end() ?? '' };
  }
  const label = encoding === 'UTF-16LE' ? 'utf-16le' : encoding === 'UTF-16BE' ? 'utf-16be' : 'utf-8';
  // Not fatal: a UTF-16 file may still hold a stray byte; it becomes U+FFFD, which no code matches.
  const decoder = new TextDecoder(label, { ignoreBOM: false });
  return { write: (bytes) => decoder.decode(bytes, { stream: true }), end: () => decoder.decode() };
}

export async function* decodeText(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  encoding: TextEncoding,
): AsyncGenerator<string> {
  const decoder = createDecoder(encoding);
  for await (const chunk of chunks) {
    const text = decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}
