// The rates and shares a report prints are the indicators API's values: the report's figures
// and the dissemination indicator engine (computeIndicator) agree, to the engine's rounding.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadDemoData } from '../src/demo/load-demo.js';
import { computeIndicator } from '../src/dissemination/indicators/compute-indicator.js';
import { getIndicatorSpec } from '../src/dissemination/indicators/indicator-specs.js';
import { loadReportData } from '../src/reports/data/load-report-data.js';
import { createStoreDataSource } from '../src/reports/data/store-data-source.js';
import { assembleCountryFigures } from '../src/reports/figures/country-figures.js';
import { resolvePin } from '../src/reports/pin/report-pin.js';
import { prepareStore } from '../src/store/prepare-store.js';
import { publishSyntheticReportData } from './support/report-synthetic.js';
import { createTestStore, STORE_KIND, type TestStore } from './support/test-store.js';

describe(`report figures equal the indicators API on ${STORE_KIND}`, () => {
  let t: TestStore;

  before(async () => {
    t = await createTestStore();
    await prepareStore(t.store);
    await loadDemoData(t.store);
    await publishSyntheticReportData(t.store, '2026-01-16T12:00:00.000Z');
  });
  after(async () => {
    await t?.cleanup();
  });

  async function apiValue(id: string, country: string, year: string, breakdown: Record<string, string> = {}) {
    const { values } = await computeIndicator(t.store.db, {
      spec: getIndicatorSpec(id)!,
      countries: [country],
      years: [year],
      sex: '_T',
    });
    const found = values.find((v) => Object.entries(breakdown).every(([k, code]) => v.breakdown[k] === code));
    assert.ok(found, `${id} ${country} ${year} has no value`);
    return found.value;
  }

  const round = (v: number | null | undefined) => (v == null ? v : Math.round(v * 1e4) / 1e4);

  test('FB_SHARE, INFLOW_RATE, NATURALISATION_RATE and the labour rates agree', async () => {
    const source = createStoreDataSource(t.store.db);
    const pin = await resolvePin(source, {});
    const data = await loadReportData(source, pin, ['ARG', 'CAN', 'URY']);
    const arg = assembleCountryFigures(data, 'ARG');
    assert.equal(
      round(arg.stock?.latestShare?.value),
      await apiValue('FB_SHARE', 'ARG', arg.stock!.latestShare!.year),
    );
    const can = assembleCountryFigures(data, 'CAN');
    assert.equal(
      round(can.permanent?.rate?.value),
      await apiValue('INFLOW_RATE', 'CAN', can.permanent!.rate!.year),
    );
    const ury = assembleCountryFigures(data, 'URY');
    assert.equal(
      round(ury.naturalisation?.rate?.value),
      await apiValue('NATURALISATION_RATE', 'URY', '2023'),
    );
    const fb = { BIRTHPLACE: 'FB', EDUCATION: '_T' };
    const employment = ury.labour!.rates.EMPLOYMENT_RATE._T;
    assert.equal(round(employment.foreignBorn?.value), await apiValue('EMPLOYMENT_RATE', 'URY', '2023', fb));
    assert.equal(
      round(ury.labour!.rates.UNEMPLOYMENT_RATE._T.foreignBorn?.value),
      await apiValue('UNEMPLOYMENT_RATE', 'URY', '2023', fb),
    );
    assert.equal(
      round(employment.gap?.value),
      await apiValue('GAP_EMPLOYMENT_RATE', 'URY', '2023', { EDUCATION: '_T' }),
    );
  });
});
