// Templates: written in the correspondent's language and layout, pre-filled with the last
// published values, and read back by the ingest pipeline with no options at all.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { main } from '../src/cli/main.js';
import { getTable } from '../src/framework/index.js';
import type { Observation } from '../src/framework/observation.js';
import type { Lang, TableDef } from '../src/framework/types.js';
import { fileSource, readSubmission, writeTemplate } from '../src/ingest/index.js';
import { publishRelease } from '../src/store/repositories/releases.js';
import { createTestStore, STORE_KIND, type TestStore } from './support/test-store.js';

const STOCK = getTable('MIG_STOCK_FB') as TableDef;

function published(): Observation[] {
  const values: Record<string, number> = {
    'PER|F': 100,
    'PER|M': 150,
    'PER|_T': 250,
    '_T|F': 100,
    '_T|M': 150,
    '_T|_T': 250,
  };
  return Object.entries(values).map(([key, value]) => {
    const [birth, sex] = key.split('|') as [string, string];
    const key_ = { REF_AREA: 'CHL', COUNTRY_OF_BIRTH: birth, SEX: sex, AGE: '_T', TIME_PERIOD: '2019' };
    return {
      table: STOCK.id,
      key: key_,
      value,
      status: sex === '_T' && birth === '_T' ? 'E' : 'A',
      conf: 'F',
    };
  });
}

async function readBack(path: string) {
  const reading = readSubmission(fileSource(path));
  const observations: Observation[] = [];
  for await (const batch of reading.observations) observations.push(...batch.map((b) => b.observation));
  return { report: reading.report(), observations };
}

const byKey = (list: Observation[]) =>
  list.map((o) => `${Object.entries(o.key).sort().join(';')}=${o.value}/${o.status}`).sort();

describe('templates', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sicremi-template-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  const cases: [string, Lang, 'long' | 'wide'][] = [
    ['long.xlsx', 'es', 'long'],
    ['wide.xlsx', 'pt', 'wide'],
    ['long.csv', 'fr', 'long'],
    ['wide.csv', 'en', 'wide'],
  ];
  for (const [name, lang, layout] of cases) {
    test(`a ${layout} ${name.split('.')[1]} template in ${lang} reads back without options as the published values`, async () => {
      const path = join(dir, `${lang}-${name}`);
      const { rows } = await writeTemplate(path, {
        table: STOCK,
        country: 'CHL',
        lang,
        layout,
        published: published(),
      });
      assert.equal(rows, layout === 'long' ? 6 : 2);
      const { report, observations } = await readBack(path);
      assert.deepEqual(
        [report.table, report.country, report.decisions.tableFrom],
        ['MIG_STOCK_FB', 'CHL', 'template'],
      );
      assert.equal(report.summary.errors, 0, JSON.stringify(report.issues));
      assert.equal(report.decisions.layout, layout);
      assert.deepEqual(byKey(observations), byKey(published()));
    });
  }

  test('an XLSX template hides its identity, lists codes in drop-downs and explains itself in its language', async () => {
    const path = join(dir, 'check.xlsx');
    await writeTemplate(path, { table: STOCK, country: 'CHL', lang: 'es', layout: 'long', published: [] });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    assert.deepEqual(
      book.worksheets.map((s) => [s.name, s.state]),
      [
        ['_sicremi', 'veryHidden'],
        ['Datos', 'visible'],
        ['Instrucciones', 'visible'],
        ['Códigos', 'visible'],
      ],
    );
    const data = book.getWorksheet('Datos') as ExcelJS.Worksheet;
    assert.deepEqual((data.getRow(2).values as unknown[]).slice(1), [
      'País de nacimiento',
      'Sexo',
      'Grupo de edad',
      'Año',
      'Valor',
      'Estado de la observación',
      'Estado de confidencialidad',
      'Nota',
    ]);
    const validation = data.getCell('A3').dataValidation;
    assert.equal(validation.type, 'list');
    assert.match(String(validation.formulae?.[0]), /^'Códigos'!\$A\$2:\$A\$\d+$/);
    assert.equal((book.getWorksheet('Códigos') as ExcelJS.Worksheet).getCell('A2').value, 'ABW: Aruba');
    const instructions = book.getWorksheet('Instrucciones') as ExcelJS.Worksheet;
    const lines = instructions.getColumn(1).values.map(String);
    assert.ok(lines.some((line) => line.startsWith('Una celda vacía no es un cero')));
  });

  test('a CSV template carries its identity and instructions as title lines', async () => {
    const path = join(dir, 'check.csv');
    await writeTemplate(path, { table: STOCK, country: 'CHL', lang: 'pt', layout: 'long', published: [] });
    const lines = readFileSync(path, 'utf8').split('\r\n');
    assert.equal(lines[0], '\ufeff"SICREMI template: table=MIG_STOCK_FB; country=CHL; layout=long; lang=pt"');
    assert.match(lines.at(-2) ?? '', /^País de nascimento;Sexo;Faixa etária;Ano;Valor;/);
  });
});

describe(`sicremi template on ${STORE_KIND}`, () => {
  let t: TestStore;
  before(async () => {
    t = await createTestStore();
    await t.store.transaction((tx) =>
      publishRelease(tx, {
        table: STOCK,
        publishedAt: '2024-01-01T00:00:00.000Z',
        observations: published().map((observation) => ({ observation })),
      }),
    );
  });
  after(async () => t.cleanup());

  /** The CLI in this process; returns the exit code, keeps stderr for failure messages. */
  let stderrText = '';
  async function run(args: string[]): Promise<number> {
    const saved = { ...process.env };
    Object.assign(process.env, t.env);
    const [out, err] = [process.stdout.write, process.stderr.write];
    // Only text is the CLI's: the test runner talks to its parent through stdout in binary.
    const capture = (original: typeof out, sink: (text: string) => void) =>
      ((chunk: string | Uint8Array, ...rest: never[]) => {
        if (typeof chunk !== 'string') return original.call(process.stdout, chunk, ...rest);
        sink(chunk);
        return true;
      }) as typeof out;
    stderrText = '';
    process.stdout.write = capture(out, () => {});
    process.stderr.write = capture(err, (text) => {
      stderrText += text;
    });
    // main() reads process.exitCode, which the test runner may have set for another test.
    const exitCode = process.exitCode;
    process.exitCode = undefined;
    try {
      return await main(['node', 'sicremi', ...args]);
    } finally {
      process.exitCode = exitCode;
      process.stdout.write = out;
      process.stderr.write = err;
      process.env = saved;
    }
  }

  test('pre-fills the template from the store’s published values', async () => {
    const out = join(t.dataDir, 'chl.xlsx');
    const code = await run([
      'template',
      '--table',
      'MIG_STOCK_FB',
      '--country',
      'CHL',
      '--lang',
      'es',
      '--out',
      out,
    ]);
    assert.equal(code, 0, stderrText);
    const { observations } = await readBack(out);
    assert.equal(observations.length, 6);
    assert.equal(
      observations.find((o) => o.key.COUNTRY_OF_BIRTH === '_T' && o.key.SEX === '_T')?.status,
      'E',
    );
  });

  test('refuses unknown tables, countries, layouts and output formats with exit 2', async () => {
    const base = [
      'template',
      '--table',
      'MIG_STOCK_FB',
      '--country',
      'CHL',
      '--out',
      join(t.dataDir, 'x.xlsx'),
    ];
    assert.equal(await run([...base.slice(0, 1), '--table', 'NOPE', ...base.slice(3)]), 2);
    assert.equal(await run([...base, '--layout', 'diagonal']), 2);
    assert.equal(
      await run(['template', '--table', 'MIG_STOCK_FB', '--country', 'XXX', '--out', 'a.xlsx']),
      2,
    );
    assert.equal(await run(['template', '--table', 'MIG_STOCK_FB', '--country', 'CHL', '--out', 'a.pdf']), 2);
  });
});
