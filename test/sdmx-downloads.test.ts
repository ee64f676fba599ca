import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import Papa from 'papaparse';
import { COUNTRIES, getTable } from '../src/framework/index.js';
import type { Observation } from '../src/framework/observation.js';
import { buildApp } from '../src/server/app.js';
import { prepareStore } from '../src/store/prepare-store.js';
import {
  CONFIDENTIAL_VALUE,
  INJECTED_NOTE,
  loadSyntheticFixture,
  publishSynthetic,
  SECONDARY_VALUES,
  SYNTHETIC_SOURCE,
  showsFigure,
} from './sdmx-synthetic.js';
import { createTestStore, STORE_KIND, type TestStore } from './support/test-store.js';

const SECRETS = [CONFIDENTIAL_VALUE, ...SECONDARY_VALUES].map(String);
const EMIGRATION = getTable('MIG_EMIGRATION')!;

// SYNTHETIC TEST DATA: emigrants of URY to every country, 3 sexes, 20 years (over 14,000
// rows), enough to cross several streaming pages.
function manyCells(): Observation[] {
  const out: Observation[] = [];
  for (const country of COUNTRIES.slice(0, 240)) {
    for (const sex of ['F', 'M', '_T']) {
      for (let year = 2000; year < 2020; year++) {
        out.push({
          table: EMIGRATION.id,
          key: { REF_AREA: 'URY', COUNTERPART_AREA: country.iso3, SEX: sex, TIME_PERIOD: String(year) },
          value: 10 + (year % 7),
          status: 'A',
          conf: 'F',
        });
      }
    }
  }
  return out;
}

describe(`downloads on ${STORE_KIND}`, () => {
  let t: TestStore;
  let app: FastifyInstance;

  before(async () => {
    t = await createTestStore();
    await prepareStore(t.store);
    await loadSyntheticFixture(t.store);
    await publishSynthetic(t.store, EMIGRATION, manyCells(), '2026-01-15T12:00:00.000Z');
    app = await buildApp({ store: t.store, config: { logLevel: 'silent', maxUploadBytes: 1e6 } });
  });
  after(async () => {
    await app.close();
    await t.cleanup();
  });

  test('CSV: UTF-8 with BOM, codes and names, flags and notes; formulas neutralised; secrets absent', async () => {
    const res = await app.inject(
      '/api/download?table=MIG_STOCK_FB&REF_AREA=CHL&TIME_PERIOD=2020&format=csv&lang=es',
    );
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'text/csv; charset=utf-8');
    assert.match(String(res.headers['content-disposition']), /attachment; filename="SICREMI_MIG_STOCK_FB_/);
    assert.ok(res.body.startsWith('\uFEFF'), 'starts with a byte-order mark');
    const rows = Papa.parse<string[]>(res.body.slice(1).trim()).data;
    const header = rows[0]!;
    for (const column of [
      'REF_AREA',
      'REF_AREA_NAME',
      'OBS_VALUE',
      'OBS_STATUS',
      'OBS_STATUS_NAME',
      'CONF_STATUS',
      'OBS_NOTE',
      'RELEASE_ID',
    ]) {
      assert.ok(header.includes(column), column);
    }
    const at = (row: string[], column: string) => row[header.indexOf(column)];
    const hti = rows.find((r) => at(r, 'COUNTRY_OF_BIRTH') === 'HTI' && at(r, 'SEX') === 'F')!;
    assert.deepEqual([at(hti, 'OBS_VALUE'), at(hti, 'OBS_STATUS'), at(hti, 'CONF_STATUS')], ['', 'Q', 'C']);
    assert.equal(at(hti, 'REF_AREA_NAME'), 'Chile');
    const total = rows.find((r) => at(r, 'COUNTRY_OF_BIRTH') === '_T' && at(r, 'SEX') === '_T')!;
    assert.equal(at(total, 'OBS_NOTE'), `'${INJECTED_NOTE}`);
    assert.ok(!rows.some((r) => r.some((cell) => /^[=+\-@]/.test(cell))), 'no cell starts like a formula');
    for (const secret of SECRETS) assert.ok(!showsFigure(res.body, secret), `${secret} leaked`);
  });

  test('XLSX: a data sheet with flags and notes and an About sheet that cites the releases', async () => {
    const res = await app.inject('/api/download?table=MIG_STOCK_FB&REF_AREA=CHL&format=xlsx');
    assert.equal(res.statusCode, 200);
    assert.equal(
      res.headers['content-type'],
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const [data, about] = workbook.worksheets;
    assert.equal(data!.name, 'Data');
    const values: unknown[] = [];
    data!.eachRow((row) => values.push(...(row.values as unknown[])));
    assert.ok(values.includes(`'${INJECTED_NOTE}`), 'the injected note is neutralised');
    assert.ok(!values.includes(INJECTED_NOTE));
    for (const secret of SECRETS) assert.ok(!values.map(String).includes(secret), `${secret} leaked`);
    assert.ok(values.includes('Q'));
    const facts = new Map<string, string>();
    about!.eachRow((row) => facts.set(String(row.getCell(1).value), String(row.getCell(2).value)));
    assert.match(facts.get('Title')!, /Foreign-born population/);
    assert.match(facts.get('Source')!, /SYNTHETIC TEST DATA/);
    assert.equal(facts.get('Citation'), SYNTHETIC_SOURCE.citation);
    assert.equal(facts.get('Licence'), SYNTHETIC_SOURCE.licence);
    assert.match(facts.get('Releases')!, /^\d+ \(2026-01-15\)/);
    assert.match(facts.get('Retrieved')!, /^\d{4}-\d{2}-\d{2}T/);
    assert.match(facts.get('Query URL')!, /\/api\/download\?table=MIG_STOCK_FB&REF_AREA=CHL&format=xlsx$/);
  });

  test('SDMX-CSV: the SDMX 2.0.0 columns, with labels on request', async () => {
    const res = await app.inject(
      '/api/download?table=MIG_STOCK_FB&REF_AREA=ARG,CHL&format=sdmx-csv&labels=both',
    );
    for (const secret of SECRETS) assert.ok(!showsFigure(res.body, secret), `${secret} leaked`);
    assert.ok(res.body.includes(`'${INJECTED_NOTE.replaceAll('"', '""')}`), 'the note is neutralised');
    assert.equal(res.headers['content-type'], 'application/vnd.sdmx.data+csv;version=2.0.0');
    assert.match(res.body, /^STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA: Reporting country/);
    assert.match(res.body, /dataflow,OAS:MIG_STOCK_FB\(1\.0\): Foreign-born population,I,ARG: Argentina/);
  });

  test('large results stream whole; an explicit limit is announced with the total', async () => {
    const all = await app.inject('/api/download?table=MIG_EMIGRATION&REF_AREA=URY');
    const rows = Papa.parse<string[]>(all.body.slice(1).trim()).data;
    assert.equal(rows.length - 1, 240 * 3 * 20);
    const cut = await app.inject('/api/download?table=MIG_EMIGRATION&REF_AREA=URY&limit=10');
    assert.equal(Papa.parse<string[]>(cut.body.slice(1).trim()).data.length - 1, 10);
    assert.equal(cut.headers['x-total-count'], String(240 * 3 * 20));
    assert.equal(cut.headers['x-truncated'], 'true');
  });

  test('304 on a matching ETag; 400 for a bad format; 401 for the restricted route', async () => {
    const first = await app.inject('/api/download?table=MIG_STOCK_FB&REF_AREA=ARG');
    const again = await app.inject({
      url: '/api/download?table=MIG_STOCK_FB&REF_AREA=ARG',
      headers: { 'if-none-match': String(first.headers.etag) },
    });
    assert.equal(again.statusCode, 304);
    assert.equal((await app.inject('/api/download?table=MIG_STOCK_FB&format=pdf')).statusCode, 400);
    assert.equal((await app.inject('/api/download?format=csv')).statusCode, 400);
    assert.equal((await app.inject('/api/restricted/download?table=MIG_STOCK_FB')).statusCode, 401);
  });
});
