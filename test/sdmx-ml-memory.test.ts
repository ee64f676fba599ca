// An SDMX-ML answer of 200,000 observations is streamed: the server never holds the document
// (about 300 bytes an observation) nor all the observations at once. Live heap is sampled after
// forced collections while the client reads; its peak growth must stay far below the document's
// size. (1M observations are left to a benchmark.)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { FastifyInstance } from 'fastify';
import { getCodelist } from '../src/framework/index.js';
import type { Observation } from '../src/framework/observation.js';
import { buildApp } from '../src/server/app.js';
import { prepareStore } from '../src/store/prepare-store.js';
import { publishSynthetic, STOCK } from './sdmx-synthetic.js';
import { createTestStore, STORE_KIND, type TestStore } from './support/test-store.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const TARGET = 200_000;

/** 200,000 distinct cells of the stock table: areas × countries of birth × sex × age × years. */
function manyCells(): Observation[] {
  const areas = getCodelist('CL_AREA')!
    .codes.map((c) => c.id)
    .filter((c) => c !== '_T');
  const sexes = ['F', 'M'];
  const ages = getCodelist('CL_AGE')!
    .codes.map((c) => c.id)
    .slice(0, 5);
  const out: Observation[] = [];
  for (const year of ['2020', '2021']) {
    for (const area of areas.slice(0, 40)) {
      for (const cob of areas) {
        for (const sex of sexes) {
          for (const age of ages) {
            if (out.length === TARGET) return out;
            out.push({
              table: STOCK.id,
              key: { REF_AREA: area, COUNTRY_OF_BIRTH: cob, SEX: sex, AGE: age, TIME_PERIOD: year },
              value: 1000 + (out.length % 9000),
              status: 'A',
              conf: 'F',
              note: null,
            });
          }
        }
      }
    }
  }
  return out;
}

describe(`SDMX-ML streaming of 200,000 observations on ${STORE_KIND}`, () => {
  let t: TestStore;
  let app: FastifyInstance;
  let origin: string;

  before(async () => {
    t = await createTestStore();
    await prepareStore(t.store);
    const cells = manyCells();
    assert.equal(cells.length, TARGET);
    await publishSynthetic(t.store, STOCK, cells, '2026-01-15T12:00:00.000Z');
    app = await buildApp({ store: t.store, config: { logLevel: 'silent', maxUploadBytes: 1e6 } });
    origin = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  after(async () => {
    await app.close();
    await t.cleanup();
  });

  test('generic data stream with live heap growth far below the document size', async () => {
    gc();
    const baseline = process.memoryUsage().heapUsed;
    const res = await fetch(`${origin}/sdmx/v1/data/MIG_STOCK_FB/all/all/`, {
      headers: { accept: 'application/vnd.sdmx.genericdata+xml;version=2.1' },
    });
    assert.equal(res.status, 200);
    let bytes = 0;
    let observations = 0;
    let peak = 0;
    let chunks = 0;
    let tail = '';
    const decoder = new TextDecoder();
    for await (const chunk of res.body!) {
      bytes += chunk.byteLength;
      // The tail kept between chunks is shorter than the tag, so no tag is counted twice.
      const text = tail + decoder.decode(chunk, { stream: true });
      observations += text.split('<gen:Obs>').length - 1;
      tail = text.slice(-8);
      if (++chunks % 50 === 0) {
        gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
      }
    }
    assert.equal(observations, TARGET);
    console.log(`# ${Math.round(bytes / 1e6)} MB streamed; live heap peak +${Math.round(peak / 1e6)} MB`);
    assert.ok(bytes > 40e6, `document of ${bytes} bytes`);
    // Holding the document (or its 200k observations as objects) would cost more than its size.
    assert.ok(
      peak < bytes / 4,
      `live heap grew by ${Math.round(peak / 1e6)} MB for a ${Math.round(bytes / 1e6)} MB document`,
    );
  });
});
