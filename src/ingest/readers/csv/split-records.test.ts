import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import Papa from 'papaparse';
import { splitRecords } from './split-records.js';

interface Parsed {
  data: string[][];
  errors: { row: number }[];
  meta: { cursor: number };
}

function papaparse(input: string, delimiter: string, newline: string, baseIndex: number): Parsed {
  const parser = new Papa.Parser({ delimiter, newline: newline as '\n', quoteChar: '"' });
  return parser.parse(input, baseIndex, true) as Parsed;
}

const PIECES = ['a', 'Perú', '12', ' ', ',', ';', '\t', '"', '""', '\n', '\r', '\r\n', ''];
const DIALECTS = [
  { delimiter: ',', newline: '\r\n' },
  { delimiter: ';', newline: '\n' },
  { delimiter: '\t', newline: '\r' },
];

describe('splitRecords', () => {
  it('gives exactly papaparse’s records and cursor whenever it accepts a chunk', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }),
        fc.constantFrom(...DIALECTS),
        fc.nat(1000),
        (pieces, { delimiter, newline }, baseIndex) => {
          const input = pieces.join('');
          const split = splitRecords(input, delimiter, newline, baseIndex);
          if (!split) return;
          const expected = papaparse(input, delimiter, newline, baseIndex);
          assert.deepEqual(split.data, expected.data);
          assert.equal(split.meta.cursor, expected.meta.cursor);
          // Only the unfinished last record may have an error, which the reader ignores.
          assert.deepEqual(
            expected.errors.filter((e) => e.row < expected.data.length),
            [],
          );
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('accepts quoted fields, line breaks and delimiters inside quotes, and leaves the unfinished record', () => {
    const input = '"REF_AREA","OBS_VALUE"\r\n"CHL","1,5"\r\n"note","two\r\nlines"\r\n,\r\n"ARG","1';
    const split = splitRecords(input, ',', '\r\n', 100);
    assert.deepEqual(split?.data, [
      ['REF_AREA', 'OBS_VALUE'],
      ['CHL', '1,5'],
      ['note', 'two\r\nlines'],
      ['', ''],
    ]);
    assert.equal(split?.meta.cursor, 100 + input.indexOf('"ARG"'));
  });

  it('leaves a record cut between the two characters of its line break for the next chunk', () => {
    const split = splitRecords('"a","b"\r\n"c","d"\r', ',', '\r\n', 0);
    assert.deepEqual(split?.data, [['a', 'b']]);
    assert.equal(split?.meta.cursor, 9);
  });

  it('declines doubled quotes, quotes inside plain fields and text after a closing quote', () => {
    assert.equal(splitRecords('"say ""hi""",1\n', ',', '\n', 0), undefined);
    assert.equal(splitRecords('5" screen,1\n', ',', '\n', 0), undefined);
    assert.equal(splitRecords('"a" ,1\n', ',', '\n', 0), undefined);
  });
});
