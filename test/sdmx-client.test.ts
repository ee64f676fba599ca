// A real SDMX client (the sdmx-rest npm package) builds SDMX REST 1.5 and 2.0.0 URLs and
// requests them from a listening server; it sends `+` and `[]` unencoded, as such tools do.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import Papa from 'papaparse';
import sdmxrest from 'sdmx-rest';
import { buildApp } from '../src/server/app.js';
import { prepareStore } from '../src/store/prepare-store.js';
import { assertDataMessage, assertStructureMessage } from './sdmx-schemas.js';
import { CONFIDENTIAL_VALUE, loadSyntheticFixture, SECONDARY_VALUES, showsFigure } from './sdmx-synthetic.js';
import { createTestStore, STORE_KIND, type TestStore } from './support/test-store.js';

const { DataFormat } = sdmxrest.data;
const { MetadataFormat } = sdmxrest.metadata;
const SECRETS = [CONFIDENTIAL_VALUE, ...SECONDARY_VALUES].map(String);

describe(`sdmx-rest client against a running server on ${STORE_KIND}`, () => {
  let t: TestStore;
  let app: FastifyInstance;
  let v2: { url: string; api: string };
  let v1: { url: string; api: string };

  async function fetchChecked(url: string, accept: string) {
    const response = await sdmxrest.request2(url, { headers: { accept } });
    assert.equal(response.status, 200, url);
    sdmxrest.checkMediaType(accept, response);
    return response.text();
  }

  before(async () => {
    t = await createTestStore();
    await prepareStore(t.store);
    await loadSyntheticFixture(t.store);
    app = await buildApp({ store: t.store, config: { logLevel: 'silent', maxUploadBytes: 1e6 } });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    v2 = { url: `${address}/sdmx/v2`, api: sdmxrest.utils.ApiVersion.v2_0_0! };
    v1 = { url: `${address}/sdmx/v1`, api: sdmxrest.utils.ApiVersion.v1_5_0! };
  });
  after(async () => {
    await app.close();
    await t.cleanup();
  });

  test('v2.0: a data query with a c[] filter (unencoded + and []) gives valid SDMX-JSON 2.0.0', async () => {
    const url = sdmxrest.getUrl(
      {
        context: 'dataflow=OAS:MIG_STOCK_FB(1.0)',
        key: 'CHL.*.F.*',
        filters: ['TIME_PERIOD=ge:2020+le:2021'],
      },
      v2,
    );
    assert.match(url, /c\[TIME_PERIOD\]=ge:2020\+le:2021/);
    const text = await fetchChecked(url, DataFormat.SDMX_JSON_2_0_0!);
    const body = JSON.parse(text);
    assertDataMessage(body, '2.0.0', 5);
    const time = body.data.structures[0].dimensions.observation[0].values.map((v: { id: string }) => v.id);
    assert.deepEqual(time, ['2020', '2021']);
    for (const secret of SECRETS) assert.ok(!showsFigure(text, secret));
  });

  test('v2.0: the same flow as SDMX-CSV 2.0.0', async () => {
    const url = sdmxrest.getUrl({ context: 'dataflow=OAS:MIG_STOCK_FB(1.0)', key: 'CHL' }, v2);
    const text = await fetchChecked(url, DataFormat.SDMX_CSV_2_0_0!);
    const rows = Papa.parse<string[]>(text.trim()).data;
    assert.equal(rows[0]![0], 'STRUCTURE');
    assert.equal(rows.length - 1, 30);
    for (const secret of SECRETS) assert.ok(!showsFigure(text, secret));
  });

  test('v2.0: structure queries for a code list and a data structure with children', async () => {
    const list = await fetchChecked(
      sdmxrest.getUrl({ resource: 'codelist', agency: 'OAS', id: 'CL_SEX' }, v2),
      MetadataFormat.SDMX_JSON_2_0_0!,
    );
    assertStructureMessage(JSON.parse(list), '2.0.0');
    const dsd = await fetchChecked(
      sdmxrest.getUrl(
        { resource: 'datastructure', agency: 'OAS', id: 'DSD_MIG_STOCK_FB', references: 'children' },
        v2,
      ),
      MetadataFormat.SDMX_JSON_2_0_0!,
    );
    const body = JSON.parse(dsd);
    assertStructureMessage(body, '2.0.0');
    assert.ok(body.data.codelists.length >= 4);
  });

  test('v1.5: a data query with a + key and start/end periods gives valid SDMX-JSON 1.0', async () => {
    const url = sdmxrest.getUrl(
      { flow: 'OAS,MIG_STOCK_FB,1.0', key: 'CHL..F+M.', start: '2020', end: '2020' },
      v1,
    );
    assert.match(url, /CHL\.\.F\+M\./);
    const text = await fetchChecked(url, DataFormat.SDMX_JSON_1_0_0!);
    const body = JSON.parse(text);
    assertDataMessage(body, '1.0', 5);
    for (const secret of SECRETS) assert.ok(!showsFigure(text, secret));
  });

  test('v1.5: SDMX-CSV 1.0 with labels, and a code list as SDMX-JSON 1.0', async () => {
    const url = sdmxrest.getUrl({ flow: 'MIG_STOCK_FB', key: 'ARG+CHL...' }, v1);
    const text = await fetchChecked(url, DataFormat.SDMX_CSV_WITH_BOTH_LABELS!);
    for (const secret of SECRETS) assert.ok(!showsFigure(text, secret));
    // labels=both labels codes: TIME_PERIOD, a value of its own, stays bare.
    assert.match(text, /HTI: Haiti,F: Female,_T: Total,2020,,Q: /);
    assert.match(text, /^DATAFLOW,REF_AREA: Reporting country,/);
    assert.match(text, /OAS:MIG_STOCK_FB\(1\.0\): Foreign-born population,ARG: Argentina/);
    const list = await fetchChecked(
      sdmxrest.getUrl({ resource: 'codelist', agency: 'OAS', id: 'CL_SEX' }, v1),
      MetadataFormat.SDMX_JSON_1_0_0!,
    );
    assertStructureMessage(JSON.parse(list), '1.0');
    const dsd = await fetchChecked(
      sdmxrest.getUrl(
        { resource: 'datastructure', agency: 'OAS', id: 'DSD_MIG_STOCK_FB', references: 'children' },
        v1,
      ),
      MetadataFormat.SDMX_JSON_1_0_0!,
    );
    assertStructureMessage(JSON.parse(dsd), '1.0');
  });

  test('v1.5: detail=serieskeysonly and nodata give series without observations', async () => {
    for (const detail of ['serieskeysonly', 'nodata']) {
      const res = await fetch(`${v1.url}/data/MIG_STOCK_FB/CHL.../all?detail=${detail}`);
      const body = (await res.json()) as Parameters<typeof assertDataMessage>[0];
      assertDataMessage(body, '1.0', 5);
      const series = Object.values(body.data.dataSets[0].series as Record<string, object>);
      assert.ok(series.length > 0);
      assert.ok(series.every((s) => !('observations' in s)));
    }
  });

  test('v1.5: errors keep the SDMX shape; startPeriod after endPeriod is 422', async () => {
    const res = await fetch(`${v1.url}/data/MIG_STOCK_FB/all/all?startPeriod=2021&endPeriod=2019`);
    assert.equal(res.status, 422);
    assert.equal(((await res.json()) as { errors: { code: number }[] }).errors[0]!.code, 422);
    assert.equal((await fetch(`${v1.url}/schema/dataflow/OAS/MIG_STOCK_FB`)).status, 501);
    assert.equal((await fetch(`${v1.url}/categoryscheme/OAS/X`)).status, 501);
  });
});
