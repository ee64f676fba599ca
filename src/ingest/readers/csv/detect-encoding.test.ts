import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { bufferSource } from '../../source/byte-source.js';
import { detectEncoding } from './detect-encoding.js';

const detect = (bytes: Uint8Array) => detectEncoding(bufferSource(bytes, 'x.csv'), bytes.subarray(0, 4));

describe('detectEncoding', () => {
  it('reads BOMs', async () => {
    assert.equal(await detect(Buffer.from('\ufeffPerú', 'utf8')), 'UTF-8 BOM');
    assert.equal(await detect(Buffer.from('\ufeffPerú', 'utf16le')), 'UTF-16LE');
  });

  it('takes valid UTF-8 as UTF-8 and anything else as Windows-1252', async () => {
    assert.equal(await detect(Buffer.from('Perú;Colombia', 'utf8')), 'UTF-8');
    assert.equal(await detect(iconv.encode('Perú;Bogotá; “citas” €', 'win1252')), 'Windows-1252');
  });

  it('finds a Windows-1252 byte far into the file, across chunk boundaries', async () => {
    const ascii = Buffer.alloc(3 * 1024 * 1024, 'a');
    assert.equal(await detect(Buffer.concat([ascii, iconv.encode('Perú', 'win1252')])), 'Windows-1252');
    // A UTF-8 "ú" split exactly at a 1 MiB chunk boundary is still valid UTF-8.
    const split = Buffer.concat([
      Buffer.alloc(1024 * 1024 - 1, 'a'),
      Buffer.from('ú', 'utf8'),
      Buffer.from('b'),
    ]);
    assert.equal(await detect(split), 'UTF-8');
  });
});
