// XLSX submissions, built in the test with exceljs: a wide sheet under a title row, merged key
// cells, formulas, a hidden identity sheet — and the files that must be refused: zip bombs
// (honest and lying about their size), a truncated workbook, a zip that is not a workbook.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import type { Observation } from '../src/framework/observation.js';
import { type ReadSubmissionOptions, readSubmission } from '../src/ingest/pipeline/read-submission.js';
import { bufferSource } from '../src/ingest/source/byte-source.js';

async function read(bytes: Uint8Array, options: ReadSubmissionOptions = {}) {
  const reading = readSubmission(bufferSource(bytes, 'book.xlsx'), options);
  const observations: Observation[] = [];
  for await (const batch of reading.observations) observations.push(...batch.map((b) => b.observation));
  return { report: reading.report(), observations };
}

async function workbook(build: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  build(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** A wide MIG_STOCK_FB sheet as a statistics office lays it out: title, blank row, header on row 3. */
function addWideSheet(book: ExcelJS.Workbook, hombresPeru: ExcelJS.CellValue = 150): void {
  book.addWorksheet('Instrucciones').addRow(['Complete la hoja Datos.']);
  const sheet = book.addWorksheet('Datos');
  sheet.addRow(['Población nacida en el extranjero, por país de nacimiento y sexo — Chile']);
  sheet.mergeCells('A1:F1');
  sheet.addRow([]);
  sheet.addRow(['País de nacimiento', 'Grupo de edad', 'Año', 'Mujeres', 'Hombres', 'Total']);
  sheet.addRow(['Perú', 'Total', 2020, 100, hombresPeru, 250]);
  sheet.addRow(['Venezuela', 'Total', 2020, 300, 200, 500]);
  sheet.addRow(['Total', 'Total', 2020, 400, 350, { formula: 'F4+F5', result: 750 }]);
  sheet.addRow([]);
  sheet.addRow(['Fuente: INE, Censo 2017']);
}

describe('XLSX submissions', () => {
  it('reads a wide sheet under a title row: the first sheet with data, formulas as cached values', async () => {
    const { report, observations } = await read(await workbook((b) => addWideSheet(b)), {
      table: 'MIG_STOCK_FB',
      country: 'CHL',
    });
    assert.equal(report.summary.errors, 0, JSON.stringify(report.issues));
    assert.deepEqual(
      [
        report.decisions.sheet,
        report.decisions.headerRow,
        report.decisions.layout,
        report.decisions.wideDimension,
      ],
      ['Datos', 3, 'wide', 'SEX'],
    );
    assert.deepEqual(report.decisions.otherSheets, ['Instrucciones']);
    assert.deepEqual(report.decisions.skippedNotes, [8]);
    assert.deepEqual([report.rows, report.observations], [4, 9]);
    const grandTotal = observations.find((o) => o.key.COUNTRY_OF_BIRTH === '_T' && o.key.SEX === '_T');
    assert.equal(grandTotal?.value, 750);
  });

  it('locates a bad cell of a wide sheet by sheet, row and the column header', async () => {
    const { report } = await read(await workbook((b) => addWideSheet(b, 'n/d')), {
      table: 'MIG_STOCK_FB',
      country: 'CHL',
    });
    const bad = report.issues.find((i) => i.code === 'BAD_NUMBER');
    assert.deepEqual([bad?.sheet, bad?.row, bad?.column, bad?.value], ['Datos', 4, 'Hombres', 'n/d']);
  });

  it('reads a named sheet only when asked for it', async () => {
    const bytes = await workbook((b) => addWideSheet(b));
    const { report } = await read(bytes, { table: 'MIG_STOCK_FB', country: 'CHL', sheet: 'Instrucciones' });
    assert.equal(report.decisions.sheet, 'Instrucciones');
    assert.ok(report.issues.some((i) => i.code === 'MISSING_COLUMN'));
  });

  it('reads blank key cells under a merged cell as the cell above, and says so', async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet('Hoja1');
      sheet.addRow(['País de nacimiento', 'Sexo', 'Año', 'Valor']);
      sheet.addRow(['Perú', 'Mujeres', 2020, 100]);
      sheet.addRow([null, 'Hombres', 2020, 150]);
      sheet.addRow([null, 'Total', 2020, 250]);
      sheet.mergeCells('A2:A4');
    });
    const { report, observations } = await read(bytes, { table: 'MIG_STOCK_FB', country: 'CHL' });
    assert.equal(report.summary.errors, 0, JSON.stringify(report.issues));
    assert.deepEqual(
      observations.map((o) => o.key.COUNTRY_OF_BIRTH),
      ['PER', 'PER', 'PER'],
    );
    assert.deepEqual(report.decisions.filledDown, { 'País de nacimiento': 2 });
  });

  it('needs no options for a workbook whose hidden sheet names its table and country', async () => {
    const bytes = await workbook((book) => {
      const identity = book.addWorksheet('_sicremi', { state: 'veryHidden' });
      identity.addRows([
        ['table', 'MIG_STOCK_FB'],
        ['country', 'CHL'],
        ['layout', 'wide'],
      ]);
      addWideSheet(book);
    });
    const { report } = await read(bytes);
    assert.deepEqual(
      [report.table, report.country, report.decisions.tableFrom, report.decisions.countryFrom],
      ['MIG_STOCK_FB', 'CHL', 'template', 'template'],
    );
    assert.equal(report.summary.errors, 0);
  });

  it('refuses a zip bomb by its declared size, in bounded time', async () => {
    const bomb = zip([
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(8 * 1024 * 1024, 0x20) },
    ]);
    assert.ok(bomb.length < 64 * 1024, 'the bomb is small');
    const started = Date.now();
    const { report } = await read(bomb, {
      table: 'MIG_STOCK_FB',
      country: 'CHL',
      limits: { maxUncompressedBytes: 1024 * 1024 },
    });
    assert.deepEqual(
      report.issues.map((i) => i.code),
      ['FILE_TOO_LARGE'],
    );
    assert.deepEqual(report.issues[0]?.params, { size: 8, limit: 1 });
    assert.ok(Date.now() - started < 2000);
  });

  it('refuses a zip bomb that lies about its size, stopping as soon as the limit is passed', async () => {
    const liar = zip(
      [
        { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
        { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(64 * 1024 * 1024, 0x20) },
      ],
      { declaredSize: 1000 },
    );
    const { report } = await read(liar, {
      table: 'MIG_STOCK_FB',
      country: 'CHL',
      limits: { maxUncompressedBytes: 1024 * 1024 },
    });
    assert.deepEqual(
      report.issues.map((i) => i.code),
      ['FILE_TOO_LARGE'],
    );
  });

  it('refuses a truncated workbook and a zip that is no workbook with UNREADABLE_FILE', async () => {
    const bytes = await workbook((b) => addWideSheet(b));
    const truncated = await read(bytes.subarray(0, Math.floor(bytes.length * 0.6)), {
      table: 'MIG_STOCK_FB',
      country: 'CHL',
    });
    assert.deepEqual(
      truncated.report.issues.map((i) => i.code),
      ['UNREADABLE_FILE'],
    );
    const other = await read(zip([{ name: 'word/document.xml', data: Buffer.from('<w/>') }]), {
      table: 'MIG_STOCK_FB',
    });
    assert.deepEqual(
      other.report.issues.map((i) => i.code),
      ['UNREADABLE_FILE'],
    );
  });
});

/** A minimal deflate ZIP (CRC left at 0: the guard refuses before anything checks it). */
function zip(entries: { name: string; data: Buffer }[], options: { declaredSize?: number } = {}): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const compressed = deflateRawSync(data);
    const size = options.declaredSize ?? data.length;
    const fileName = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, compressed);
    directory.push(central, fileName);
    offset += local.length + fileName.length + compressed.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directoryBytes, end]);
}
