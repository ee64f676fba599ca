// The regional report from the demo data (real published figures) plus SYNTHETIC Uruguay:
// contents, overview, every participating member state's note and the annex, in one PDF whose
// text carries the API's figures and never the suppressed cell.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadDemoData } from '../src/demo/load-demo.js';
import { createStoreDataSource } from '../src/reports/data/store-data-source.js';
import { generateReportFor } from '../src/reports/generate-report.js';
import { prepareStore } from '../src/store/prepare-store.js';
import { extractPdfText, pdfTextSkip } from './support/pdf-text.js';
import {
  CONFIDENTIAL_INFLOW,
  publishSyntheticReportData,
  SECONDARY_INFLOW,
} from './support/report-synthetic.js';
import { createTestStore, STORE_KIND, type TestStore } from './support/test-store.js';

describe(`regional report on ${STORE_KIND}`, () => {
  let t: TestStore;
  const skip = pdfTextSkip();

  before(async () => {
    t = await createTestStore();
    await prepareStore(t.store);
    await loadDemoData(t.store);
    await publishSyntheticReportData(t.store, '2026-01-16T12:00:00.000Z');
  });
  after(async () => {
    await t?.cleanup();
  });

  test('has contents, the overview, a note per participating member state and the annex', {
    skip,
  }, async () => {
    const report = await generateReportFor(createStoreDataSource(t.store.db), {
      scope: { kind: 'region' },
      lang: 'en',
      format: 'pdf',
      pin: {},
    });
    const text = extractPdfText(report.body);
    for (const heading of [
      'Contents',
      'Regional overview',
      'Coverage of the network by phase',
      'Main corridors',
      'Country notes',
      'Annex: definitions',
    ]) {
      assert.ok(text.includes(heading), `missing ${heading}`);
    }
    // Cuba takes no part in OAS activities; Nicaragua left in 2023: both are listed as not covered.
    assert.match(text, /Not covered, as they took no part in OAS activities on that date: Cuba, Nicaragua\./);
    for (const name of ['Antigua and Barbuda', 'Argentina', 'United States', 'Venezuela', 'Uruguay']) {
      assert.ok(text.includes(name), `missing ${name}`);
    }
    assert.ok(text.includes('2,212,879'), "Argentina's 2019 stock");
    assert.ok(text.includes('50,661,149'), "the United States' 2019 stock");
    assert.match(text, /Mexico → United States/);
    for (const secret of [CONFIDENTIAL_INFLOW, SECONDARY_INFLOW])
      assert.ok(!text.includes(secret.toLocaleString('en-GB')));
  });

  test('the HTML regional report links its table of contents to every note', async () => {
    const report = await generateReportFor(createStoreDataSource(t.store.db), {
      scope: { kind: 'region' },
      lang: 'pt',
      format: 'html',
      pin: { asOf: '2026-01-16' },
    });
    const html = report.body.toString('utf8');
    assert.match(html, /<a href="#country-ARG">Argentina<\/a>/);
    assert.match(html, /<h2 id="country-ARG" class="page-break">Argentina<\/h2>/);
    assert.match(html, /Migração Internacional nas Américas/);
  });
});
