// rsdmx, the R client of the OECD, FAO and ILO communities (Debian's r-cran-rsdmx), against a
// running server: test/clients/rsdmx-read.R reads dataflows, a data structure with its code
// lists, a code list, data by URL and data through an SDMXServiceProvider with DSD labels; then
// the /developers page's R recipe runs as printed. Values must equal /api/data. Skips with one
// line when Rscript is absent, never in CI.
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import Papa from 'papaparse';
import { ARTEFACTS } from '../src/sdmx/artefacts.js';
import { buildApp } from '../src/server/app.js';
import { prepareStore } from '../src/store/prepare-store.js';
import { buildRecipes } from '../web/src/pages/developers/recipes.js';
import { loadSyntheticFixture } from './sdmx-synthetic.js';
import { createTestStore, STORE_KIND, type TestStore } from './support/test-store.js';
import { assertValidMl21 } from './support/xmllint.js';

const run = promisify(execFile);
const hasR = spawnSync('Rscript', ['--version']).status === 0;
if (!hasR && process.env.CI) throw new Error('Rscript is missing: CI installs r-cran-rsdmx.');
if (!hasR) console.log('# rsdmx tests skipped: Rscript (r-cran-rsdmx) is not installed.');

type Row = Record<string, string>;
const readCsv = (file: string) =>
  Papa.parse<Row>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;

interface ApiObservation {
  key: Record<string, string>;
  value: number | null;
  status: string;
}

describe(`rsdmx against a running server on ${STORE_KIND}`, { skip: !hasR }, () => {
  let t: TestStore;
  let app: FastifyInstance;
  let origin: string;
  let out: string;

  async function apiValues(query: string): Promise<Map<string, number | null>> {
    const res = await fetch(`${origin}/api/data/MIG_STOCK_FB?${query}`);
    const body = (await res.json()) as { observations: ApiObservation[] };
    return new Map(
      body.observations.map((o) => [
        [o.key.REF_AREA, o.key.COUNTRY_OF_BIRTH, o.key.SEX, o.key.AGE, o.key.TIME_PERIOD].join('.'),
        o.value,
      ]),
    );
  }

  function rValues(rows: Row[]): Map<string, number | null> {
    return new Map(
      rows.map((r) => [
        [r.REF_AREA, r.COUNTRY_OF_BIRTH, r.SEX, r.AGE, r.obsTime].join('.'),
        r.obsValue === 'NA' || r.obsValue === '' ? null : Number(r.obsValue),
      ]),
    );
  }

  before(async () => {
    t = await createTestStore();
    await prepareStore(t.store);
    await loadSyntheticFixture(t.store);
    app = await buildApp({ store: t.store, config: { logLevel: 'silent', maxUploadBytes: 1e6 } });
    origin = await app.listen({ port: 0, host: '127.0.0.1' });
    out = mkdtempSync(join(tmpdir(), 'sicremi-rsdmx-'));
    await run('Rscript', [fileURLToPath(new URL('./clients/rsdmx-read.R', import.meta.url)), origin, out], {
      timeout: 300_000,
    });
  });
  after(async () => {
    await app.close();
    await t.cleanup();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  test('reads the 15 dataflows with their data structures', () => {
    const flows = readCsv(join(out, 'dataflows.csv'));
    const expected = ARTEFACTS.filter((a) => a.type === 'dataflow').map((a) => a.id);
    assert.deepEqual(flows.map((f) => f.id).sort(), [...expected].sort());
    const stock = flows.find((f) => f.id === 'MIG_STOCK_FB')!;
    assert.equal(stock.dsdRef, 'DSD_MIG_STOCK_FB');
    assert.equal(stock['Name.en'], 'Foreign-born population');
  });

  test('reads a data structure with its code lists, and a code list on its own', () => {
    const components = readCsv(join(out, 'components.csv'));
    const dims = components.filter((c) => c.component === 'Dimension').map((c) => [c.conceptRef, c.codelist]);
    assert.deepEqual(dims, [
      ['REF_AREA', 'CL_AREA'],
      ['COUNTRY_OF_BIRTH', 'CL_AREA'],
      ['SEX', 'CL_SEX'],
      ['AGE', 'CL_AGE'],
    ]);
    const area = readCsv(join(out, 'dsd-cl-area.csv'));
    assert.equal(area.find((c) => c.id === 'CHL')?.['label.es'], 'Chile');
    const sex = readCsv(join(out, 'cl-sex.csv'));
    const female = sex.find((c) => c.id === 'F')!;
    assert.equal(female['label.en'], 'Female');
    assert.equal(female.urn, 'urn:sdmx:org.sdmx.infomodel.codelist.Code=OAS:CL_SEX(1.0).F');
  });

  test('data by URL equal /api/data, suppressed cells included as NA with status Q', async () => {
    const rows = readCsv(join(out, 'data-url.csv'));
    const expected = await apiValues('REF_AREA=CHL');
    assert.equal(rows.length, expected.size);
    assert.deepEqual(rValues(rows), expected);
    assert.ok(rows.some((r) => r.OBS_STATUS === 'Q' && r.obsValue === 'NA'));
  });

  test('data through SDMXServiceProvider carry the DSD labels and equal /api/data', async () => {
    const rows = readCsv(join(out, 'data-provider.csv'));
    const expected = await apiValues('REF_AREA=ARG,CHL&startPeriod=2020&endPeriod=2021');
    assert.deepEqual(rValues(rows), expected);
    const chile = rows.find((r) => r.REF_AREA === 'CHL')!;
    assert.equal(chile['REF_AREA_label.en'], 'Chile');
    assert.equal(rows.find((r) => r.SEX === 'F')!['SEX_label.fr'], 'Femmes');
    assert.equal(rows.find((r) => r.OBS_STATUS === 'A')!['OBS_STATUS_label.en'], 'Normal value');
  });

  test('the SDMX-ML answers rsdmx read are valid against the 2.1 XSDs', async () => {
    const paths = [
      '/sdmx/v1/dataflow/all/all/latest/',
      '/sdmx/v1/datastructure/OAS/DSD_MIG_STOCK_FB/latest/?references=children',
      '/sdmx/v1/datastructure/all/DSD_MIG_STOCK_FB/latest/?references=children',
      '/sdmx/v1/codelist/OAS/CL_SEX/latest/',
      '/sdmx/v1/data/MIG_STOCK_FB/CHL.../all/',
      '/sdmx/v1/data/MIG_STOCK_FB/ARG+CHL.../all/?startPeriod=2020&endPeriod=2021',
    ];
    const docs = await Promise.all(
      paths.map(async (path) => {
        const res = await fetch(`${origin}${path}`, { headers: { accept: 'application/xml' } });
        assert.equal(res.status, 200, path);
        return res.text();
      }),
    );
    assertValidMl21(docs);
  });

  test("the /developers page's R recipe runs as printed and reads /api/data's values", async () => {
    const file = join(out, 'recipe.R');
    const csv = join(out, 'recipe.csv');
    writeFileSync(
      file,
      `${buildRecipes(origin).r}\nwrite.csv(df, ${JSON.stringify(csv)}, row.names = FALSE)\n`,
    );
    await run('Rscript', [file], { timeout: 120_000 });
    const rows = readCsv(csv);
    assert.deepEqual(rValues(rows), await apiValues('REF_AREA=CHL&startPeriod=2020&endPeriod=2021'));
    assert.ok(rows.every((r) => r['REF_AREA_label.en'] === 'Chile'));
  });
});
