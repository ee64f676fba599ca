// Country notes from the demo data (real published figures) and SYNTHETIC figures, through the
// HTTP routes: each language names the country its way and prints the API's figures in its own
// number format; a confidential cell and its secondary partner never appear; a pinned report
// is unchanged after a new release.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { loadDemoData } from '../src/demo/load-demo.js';
import { getTable } from '../src/framework/index.js';
import type { Lang } from '../src/framework/types.js';
import { escapeHtml } from '../src/reports/html/escape-html.js';
import { formatCount } from '../src/reports/text/locale-format.js';
import { buildApp } from '../src/server/app.js';
import { prepareStore } from '../src/store/prepare-store.js';
import { publishRelease } from '../src/store/repositories/releases.js';
import { extractPdfText, normalizeSpaces, pdfTextSkip } from './support/pdf-text.js';
import {
  CONFIDENTIAL_INFLOW,
  PERMANENT_TOTAL_2023,
  publishSyntheticReportData,
  SECONDARY_INFLOW,
} from './support/report-synthetic.js';
import { createTestStore, STORE_KIND, type TestStore } from './support/test-store.js';

const SYNTHETIC_AT = '2026-01-16T12:00:00.000Z';
const NAMES: Record<Lang, string> = { en: 'Argentina', es: 'Argentina', fr: 'Argentine', pt: 'Argentina' };
const EXPECTED_2019: Record<Lang, string> = {
  en: '2,212,879',
  es: '2.212.879',
  fr: '2 212 879',
  pt: '2.212.879',
};

describe(`country notes on ${STORE_KIND}`, () => {
  let t: TestStore;
  let app: FastifyInstance;
  const skip = pdfTextSkip();
  if (skip) console.log(`# ${skip}`);

  before(async () => {
    t = await createTestStore();
    await prepareStore(t.store);
    await loadDemoData(t.store);
    await publishSyntheticReportData(t.store, SYNTHETIC_AT);
    app = await buildApp({ store: t.store, config: { logLevel: 'silent', maxUploadBytes: 1e6 } });
  });
  after(async () => {
    await app?.close();
    await t?.cleanup();
  });

  async function apiValue(query: string): Promise<number> {
    const res = await app.inject(`/api/data/${query}`);
    assert.equal(res.statusCode, 200, res.body);
    const [obs] = res.json().observations as { value: number }[];
    assert.ok(obs, `no observation for ${query}`);
    return obs.value;
  }

  async function pdfText(path: string): Promise<string> {
    const res = await app.inject(path);
    assert.equal(res.statusCode, 200, res.body.slice(0, 300));
    assert.equal(res.headers['content-type'], 'application/pdf');
    assert.equal(res.rawPayload.subarray(0, 5).toString(), '%PDF-');
    return extractPdfText(res.rawPayload);
  }

  for (const lang of ['en', 'es', 'fr', 'pt'] as const) {
    test(`the ${lang} note names Argentina as ${NAMES[lang]} and prints the API's 2019 stock as ${EXPECTED_2019[lang]}`, {
      skip,
    }, async () => {
      const value = await apiValue(
        'MIG_STOCK_FB?REF_AREA=ARG&COUNTRY_OF_BIRTH=_T&SEX=_T&AGE=_T&startPeriod=2019&endPeriod=2019',
      );
      assert.equal(value, 2_212_879);
      assert.equal(normalizeSpaces(formatCount(lang, value)), EXPECTED_2019[lang]);
      const text = await pdfText(`/api/reports/country/ARG/pdf?lang=${lang}`);
      assert.ok(text.includes(NAMES[lang]), `country name ${NAMES[lang]} missing`);
      assert.ok(text.includes(EXPECTED_2019[lang]), `2019 stock ${EXPECTED_2019[lang]} missing`);
      const latest = await apiValue(
        'MIG_STOCK_FB?REF_AREA=ARG&COUNTRY_OF_BIRTH=_T&SEX=_T&AGE=_T&startPeriod=2020&endPeriod=2020',
      );
      assert.ok(text.includes(normalizeSpaces(formatCount(lang, latest))), 'latest stock missing');
    });
  }

  test('the synthetic note shows the published total and hides the confidential cell and its partner', {
    skip,
  }, async () => {
    const total = await apiValue(
      'MIG_INFLOW_PERM?REF_AREA=URY&CITIZENSHIP=_T&SEX=_T&MIG_CATEGORY=_T&startPeriod=2023',
    );
    assert.equal(total, PERMANENT_TOTAL_2023);
    const res = await app.inject(
      '/api/data/MIG_INFLOW_PERM?REF_AREA=URY&startPeriod=2023&MIG_CATEGORY=HUMANITARIAN,OTHER',
    );
    for (const o of res.json().observations as { value: number | null; status: string }[]) {
      assert.deepEqual([o.value, o.status], [null, 'Q'], 'the API suppresses both cells');
    }
    for (const lang of ['en', 'fr'] as const) {
      const text = await pdfText(`/api/reports/country/URY/pdf?lang=${lang}`);
      assert.ok(text.includes('SYNTHETIC'), 'the synthetic source is named');
      assert.ok(text.includes(normalizeSpaces(formatCount(lang, PERMANENT_TOTAL_2023))));
      for (const secret of [CONFIDENTIAL_INFLOW, SECONDARY_INFLOW]) {
        for (const form of [String(secret), normalizeSpaces(formatCount(lang, secret))]) {
          assert.ok(!text.includes(form), `suppressed value ${form} appears in the ${lang} PDF`);
        }
      }
    }
    const html = (await app.inject('/api/reports/country/URY?lang=en')).body;
    assert.ok(!html.includes('4,321') && !html.includes('1,234') && !html.includes('4321'));
    assert.match(
      html,
      /employment rate of the foreign-born was 70\.0%, 5\.0 percentage points above that of the native-born \(65\.0%\)/,
    );
  });

  test('a pinned report is unchanged after a new release; the latest report shows it', { skip }, async () => {
    const pinned = `/api/reports/country/ARG/pdf?lang=en&asOf=${SYNTHETIC_AT}`;
    const before = await app.inject(pinned);
    const beforeText = extractPdfText(before.rawPayload);
    const revisedAt = new Date(Date.now() - 1000).toISOString();
    const table = getTable('MIG_STOCK_FB')!;
    await t.store.transaction((tx) =>
      publishRelease(tx, {
        table,
        publishedAt: revisedAt,
        source: { publisher: 'SYNTHETIC revision (not real figures)' },
        observations: [
          {
            observation: {
              table: table.id,
              key: { REF_AREA: 'ARG', COUNTRY_OF_BIRTH: '_T', SEX: '_T', AGE: '_T', TIME_PERIOD: '2019' },
              value: 2_300_001,
              status: 'A',
              conf: 'F',
            },
          },
        ],
      }),
    );
    const again = await app.inject(pinned);
    assert.equal(extractPdfText(again.rawPayload), beforeText);
    assert.ok(again.rawPayload.equals(before.rawPayload), 'same pin, same file');
    // A fresh generation (not the cache) of the same pin gives the same figures too.
    const fresh = await buildApp({ store: t.store, config: { logLevel: 'silent', maxUploadBytes: 1e6 } });
    try {
      const regenerated = await fresh.inject(pinned);
      assert.equal(extractPdfText(regenerated.rawPayload), beforeText);
      const latest = extractPdfText((await fresh.inject('/api/reports/country/ARG/pdf?lang=en')).rawPayload);
      assert.ok(latest.includes('2,300,001') && !beforeText.includes('2,300,001'));
    } finally {
      await fresh.close();
    }
  });

  test('the HTML page is a portal page in the language, cacheable with an ETag', async () => {
    const res = await app.inject(`/api/reports/country/arg?lang=fr&asOf=${SYNTHETIC_AT}`);
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /text\/html/);
    assert.match(res.body, /<html lang="fr">/);
    assert.match(normalizeSpaces(res.body), /Argentine/);
    assert.ok(normalizeSpaces(res.body).includes('2 212 879'));
    assert.match(String(res.headers['cache-control']), /immutable/);
    const etag = String(res.headers.etag);
    const cached = await app.inject({
      url: `/api/reports/country/ARG?lang=fr&asOf=${SYNTHETIC_AT}`,
      headers: { 'if-none-match': etag },
    });
    assert.equal(cached.statusCode, 304);
  });

  test('the portal page reads the same document as JSON, with the HTML reproduce line', async () => {
    const res = await app.inject(`/api/reports/country/ARG/document?lang=pt&asOf=${SYNTHETIC_AT}`);
    assert.equal(res.statusCode, 200, res.body.slice(0, 300));
    assert.match(String(res.headers['content-type']), /application\/json/);
    const doc = res.json() as {
      lang: string;
      subtitle: string;
      reproduce: string;
      blocks: { kind: string }[];
    };
    assert.equal(doc.lang, 'pt');
    assert.match(doc.subtitle, /Argentina/);
    assert.match(doc.reproduce, /--format html/);
    const html = (await app.inject(`/api/reports/country/ARG?lang=pt&asOf=${SYNTHETIC_AT}`)).body;
    // The same figures as the standalone page: every table cell of the document is in it.
    const cells = doc.blocks.flatMap((b) =>
      b.kind === 'table'
        ? (b as unknown as { rows: { cells: string[] }[] }).rows.flatMap((r) => r.cells)
        : [],
    );
    assert.ok(cells.length > 10);
    for (const cell of cells)
      assert.ok(normalizeSpaces(html).includes(normalizeSpaces(escapeHtml(cell))), cell);
    const region = await app.inject(`/api/reports/region/document?lang=es&asOf=${SYNTHETIC_AT}`);
    assert.equal(region.statusCode, 200);
    assert.ok((region.json() as { blocks: unknown[] }).blocks.length > 20);
  });

  test('a report pinned to named releases shows their figures only', async () => {
    const releases = (
      await app.inject(
        '/api/data/MIG_STOCK_FB?REF_AREA=ARG&startPeriod=2019&endPeriod=2019&COUNTRY_OF_BIRTH=_T&asOf=' +
          SYNTHETIC_AT,
      )
    ).json().releases as { id: number }[];
    const html = (await app.inject(`/api/reports/country/ARG?lang=en&releases=${releases[0]!.id}`)).body;
    assert.ok(html.includes('2,212,879'));
    assert.ok(!html.includes('1,172'), 'asylum figures come from another release');
    assert.match(html, new RegExp(`named releases ${releases[0]!.id} only`));
  });

  test('errors are values with a code and a message in the language', async () => {
    const unknown = await app.inject('/api/reports/country/FRA/pdf?lang=es');
    assert.equal(unknown.statusCode, 404);
    assert.deepEqual(unknown.json().error, {
      code: 'UNKNOWN_COUNTRY',
      message: '«FRA» no es un Estado miembro de la OEA.',
      requestId: unknown.headers['x-request-id'],
    });
    const badDate = await app.inject('/api/reports/country/ARG?asOf=yesterday');
    assert.equal(badDate.statusCode, 400);
    assert.equal(badDate.json().error.code, 'INVALID_AS_OF');
    const future = await app.inject('/api/reports/region?asOf=2999-01-01');
    assert.equal(future.json().error.code, 'AS_OF_IN_FUTURE');
    const missing = await app.inject('/api/reports/country/ARG?releases=999999');
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().error.code, 'RELEASE_NOT_FOUND');
  });
});
