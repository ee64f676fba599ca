// Robustness: whatever bytes arrive — noise, CSV-like text, broken zips, damaged workbooks —
// the pipeline returns a report and never throws.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { bufferSource } from '../source/byte-source.js';
import { validateSubmission } from './validate-submission.js';

const OPTIONS = { table: 'MIG_STOCK_FB', country: 'CHL' };

async function assertReports(bytes: Uint8Array): Promise<void> {
  const { report } = await validateSubmission(bufferSource(bytes, 'fuzz'), OPTIONS);
  assert.equal(typeof report.summary.errors, 'number');
  assert.ok(Array.isArray(report.issues));
}

const CSV_PIECES = [
  'COUNTRY_OF_BIRTH',
  'SEX',
  'TIME_PERIOD',
  'OBS_VALUE',
  'Perú',
  'F',
  '2020',
  '12,5',
  '-3',
  ',',
  ';',
  '\t',
  '"',
  '\n',
  '\r\n',
  '',
  'Q',
  'é',
];

describe('readSubmission on arbitrary input', () => {
  it('reports on any byte sequence', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), assertReports), { numRuns: 150 });
  });

  it('reports on any CSV-like text, whatever its quoting, delimiters and line ends', async () => {
    const text = fc.array(fc.constantFrom(...CSV_PIECES), { maxLength: 200 }).map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(text, (t) => assertReports(Buffer.from(t))),
      { numRuns: 150 },
    );
  });

  it('reports on anything that starts like a zip, and on damaged workbooks', async () => {
    const zipLike = fc
      .uint8Array({ maxLength: 1024 })
      .map((tail) => Buffer.concat([Buffer.from('PK\x03\x04'), tail]));
    await fc.assert(fc.asyncProperty(zipLike, assertReports), { numRuns: 100 });

    const book = new ExcelJS.Workbook();
    book.addWorksheet('Datos').addRows([
      ['COUNTRY_OF_BIRTH', 'SEX', 'TIME_PERIOD', 'OBS_VALUE'],
      ['PER', 'F', 2020, 5],
    ]);
    const valid = new Uint8Array(await book.xlsx.writeBuffer());
    const damage = fc.array(fc.tuple(fc.nat({ max: valid.length - 1 }), fc.integer({ min: 0, max: 255 })), {
      minLength: 1,
      maxLength: 8,
    });
    await fc.assert(
      fc.asyncProperty(damage, async (edits) => {
        const bytes = Uint8Array.from(valid);
        for (const [at, byte] of edits) bytes[at] = byte;
        await assertReports(bytes);
      }),
      { numRuns: 60 },
    );
  });
});
