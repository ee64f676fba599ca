// Vintages through SDMX: a figure revised by a later release keeps its first published value
// as a past vintage. includeHistory=true lists both, each with its validity; updatedAfter lists
// what changed since a time, the revised value and the cells a later release withdrew (Delete).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/server/app.js';
import { prepareStore } from '../src/store/prepare-store.js';
import { assertDataMessage } from './sdmx-schemas.js';
import {
  loadSyntheticFixture,
  POP,
  popCells,
  publishSynthetic,
  STOCK,
  stockCells,
} from './sdmx-synthetic.js';
import { createTestStore, STORE_KIND, type TestStore } from './support/test-store.js';
import { assertValidMl21 } from './support/xmllint.js';

const FIRST = '2026-01-15T12:00:00.000Z';
const REVISION = '2026-03-01T09:00:00.000Z';

interface Row {
  dataSet: number;
  key: Record<string, string>;
  value: number | null;
}

/** The observations of an SDMX-JSON 2.0.0 message, each with its data set's index. */
function rowsOf(body: {
  data: {
    structures: {
      dimensions: {
        series: { id: string; values: { id: string }[] }[];
        observation: { id: string; values: { id: string }[] }[];
      };
    }[];
    dataSets: {
      structure: number;
      series: Record<string, { observations: Record<string, (number | null)[]> }>;
    }[];
  };
}): Row[] {
  const out: Row[] = [];
  body.data.dataSets.forEach((dataSet, i) => {
    const dims = body.data.structures[dataSet.structure]!.dimensions;
    for (const [seriesKey, series] of Object.entries(dataSet.series)) {
      const key: Record<string, string> = {};
      for (const [j, p] of seriesKey.split(':').entries()) {
        key[dims.series[j]!.id] = dims.series[j]!.values[Number(p)]!.id;
      }
      for (const [obsKey, row] of Object.entries(series.observations)) {
        const time = dims.observation[0]!;
        out.push({
          dataSet: i,
          key: { ...key, [time.id]: time.values[Number(obsKey)]!.id },
          value: row[0] ?? null,
        });
      }
    }
  });
  return out;
}

describe(`SDMX vintages on ${STORE_KIND}`, () => {
  let t: TestStore;
  let app: FastifyInstance;
  const get = (url: string, headers: Record<string, string> = {}) => app.inject({ url, headers });

  before(async () => {
    t = await createTestStore();
    await prepareStore(t.store);
    await loadSyntheticFixture(t.store);
    // CHL 2021 population revised; ARG 2020 stock republished without its HTI-born cells.
    await publishSynthetic(t.store, POP, popCells('CHL', '2021', 19_350_000), REVISION);
    const withoutHti = stockCells('ARG', '2020', 2, false).filter((c) => c.key.COUNTRY_OF_BIRTH !== 'HTI');
    await publishSynthetic(t.store, STOCK, withoutHti, REVISION);
    app = await buildApp({ store: t.store, config: { logLevel: 'silent', maxUploadBytes: 1e6 } });
  });
  after(async () => {
    await app.close();
    await t.cleanup();
  });

  test('includeHistory=true lists both vintages of a revised cell with their validity', async () => {
    const res = await get('/sdmx/v2/data/dataflow/OAS/POP_CONTEXT/1.0/CHL?includeHistory=true');
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assertDataMessage(body, '2.0.0', 3);
    const rows = rowsOf(body).filter((r) => r.key.TIME_PERIOD === '2021');
    const vintages = rows.map((r) => {
      const dataSet = body.data.dataSets[r.dataSet];
      return [r.value, dataSet.validFrom, dataSet.validTo];
    });
    assert.deepEqual(
      vintages.sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
      [
        [19_300_000, FIRST, REVISION],
        [19_350_000, REVISION, undefined],
      ],
    );
    // An unrevised cell has one vintage, still valid.
    const y2020 = rowsOf(body).filter((r) => r.key.TIME_PERIOD === '2020');
    assert.equal(y2020.length, 1);
    assert.equal(body.data.dataSets[y2020[0]!.dataSet].validTo, undefined);
    // Without includeHistory: the current value only.
    const now = rowsOf((await get('/sdmx/v2/data/dataflow/OAS/POP_CONTEXT/1.0/CHL')).json());
    assert.deepEqual(
      now.filter((r) => r.key.TIME_PERIOD === '2021').map((r) => r.value),
      [19_350_000],
    );
    const xml = await get('/sdmx/v2/data/dataflow/OAS/POP_CONTEXT/1.0/CHL?includeHistory=true', {
      accept: 'application/vnd.sdmx.genericdata+xml;version=2.1',
    });
    const specific = await get('/sdmx/v2/data/dataflow/OAS/POP_CONTEXT/1.0/CHL?includeHistory=true', {
      accept: 'application/vnd.sdmx.structurespecificdata+xml;version=2.1',
    });
    assertValidMl21([xml.body]);
    assertValidMl21([specific.body], [['POP_CONTEXT', 'TIME_PERIOD']]);
    assert.match(xml.body, new RegExp(`validFromDate="${FIRST}" validToDate="${REVISION}"`));
    assert.match(specific.body, new RegExp(`ss:validFromDate="${REVISION}"`));
  });

  test('updatedAfter lists the revision and, as a Delete data set, the withdrawn cells', async () => {
    const res = await get(
      '/sdmx/v2/data/dataflow/OAS/MIG_STOCK_FB/1.0/ARG?updatedAfter=2026-02-01T00:00:00Z',
    );
    const body = res.json();
    assertDataMessage(body, '2.0.0', 5);
    const actions = body.data.dataSets.map((d: { action: string }) => d.action);
    assert.deepEqual(actions, ['Information', 'Delete']);
    const rows = rowsOf(body);
    const deleted = rows.filter((r) => r.dataSet === 1);
    assert.deepEqual(new Set(deleted.map((r) => r.key.COUNTRY_OF_BIRTH)), new Set(['HTI']));
    assert.ok(rows.filter((r) => r.dataSet === 0).every((r) => r.key.COUNTRY_OF_BIRTH !== 'HTI'));
    const pop = (
      await get('/sdmx/v2/data/dataflow/OAS/POP_CONTEXT/1.0/*?updatedAfter=2026-02-01T00:00:00Z')
    ).json();
    assert.deepEqual(
      rowsOf(pop).map((r) => [r.key.REF_AREA, r.key.TIME_PERIOD, r.value]),
      [['CHL', '2021', 19_350_000]],
    );
    assert.equal(
      (await get('/sdmx/v2/data/dataflow/OAS/POP_CONTEXT/1.0/*?updatedAfter=2026-06-01T00:00:00Z'))
        .statusCode,
      204,
    );
    const xml = await get(
      '/sdmx/v2/data/dataflow/OAS/MIG_STOCK_FB/1.0/ARG?updatedAfter=2026-02-01T00:00:00Z',
      {
        accept: 'application/vnd.sdmx.genericdata+xml;version=2.1',
      },
    );
    assertValidMl21([xml.body]);
    assert.match(xml.body, /<mes:DataSet structureRef="DSD_MIG_STOCK_FB" action="Delete">/);
  });
});
