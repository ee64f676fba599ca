// Statements: every change SICREMI tells, checked against the change rule (FRAMEWORK §7, §9).
// For all 35 member states, in English and Spanish, the country page's answer
// (GET /api/countries/:iso3) and the country note (GET /api/reports/country/:iso3/document) are
// read as a reader gets them, and every stated change must rest on two points of one source
// and edition with no break, and carry a direction word only when no input is flagged E, P, U
// or D. The demo's real figures are the test data: IMS2019/IMS2020, OECD/IRCC and UNHCR's
// persons-only counts are exactly the traps the rule exists for.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { loadDemoData } from '../src/demo/load-demo.js';
import { MEMBER_STATES } from '../src/framework/index.js';
import type { CountryProfile, ProfileSeries } from '../src/reports/profile/build-country-profile.js';
import { buildApp } from '../src/server/app.js';
import { prepareStore } from '../src/store/prepare-store.js';
import { createTestStore, STORE_KIND, type TestStore } from './support/test-store.js';

const UNDIRECTED = new Set(['E', 'P', 'U', 'D']);

/** Sentences that state a direction, per language, and the percentage and year they state. */
const DIRECTED: Record<'en' | 'es', RegExp[]> = {
  en: [
    /foreign-born population (?:grew|fell) by ([\d.,]+)\s?% since (\d{4})/g,
    /That is ([\d.,]+)\s?% (?:more|fewer) than in (\d{4})/g,
  ],
  es: [
    /población nacida en el extranjero (?:aumentó|disminuyó) un ([\d.,]+)\s?% desde (\d{4})/g,
    /Es un ([\d.,]+)\s?% (?:más|menos) que en (\d{4})/g,
  ],
};
/** Changes told without a direction because an input is flagged: "Change since 2024: -13.7%. It rests on…". */
const UNDIRECTED_SENTENCE: Record<'en' | 'es', RegExp> = {
  en: /Change since (\d{4}): [+\-−]?([\d.,]+)\s?%\. It rests on figures flagged/g,
  es: /Variación desde (\d{4}): [+\-−]?([\d.,]+)\s?%\. Se basa en cifras marcadas/g,
};
const DIRECTION_WORDS: Record<'en' | 'es', RegExp> = {
  en: /(?<!\p{L})(grew|fell|rose|increased|decreased|more than|fewer than)(?!\p{L})/u,
  es: /(?<!\p{L})(aumentó|disminuyó|creció|cayó|más que|menos que)(?!\p{L})/u,
};
/** Where a note's narrative ends: the signs legend, then sources and methodology. */
const LEGEND: Record<'en' | 'es', RegExp> = { en: /^Signs:/, es: /^Signos:/ };

function parseNumber(text: string, lang: 'en' | 'es'): number {
  const plain = lang === 'en' ? text.replace(/,/g, '') : text.replace(/\./g, '').replace(',', '.');
  return Number(plain);
}

function checkSeriesChange(iso3: string, name: string, series: ProfileSeries) {
  const change = series.change;
  if (!change) return;
  const from = series.points.find((p) => p.year === change.from);
  const to = series.points.find((p) => p.year === change.to);
  assert.ok(from && to, `${iso3} ${name}: the change names points of its series`);
  const where = `${iso3} ${name} ${change.from}→${change.to}`;
  if (change.absent) {
    assert.equal(change.value, null, where);
    const differs =
      from.source !== to.source || from.edition !== to.edition || to.break || from.value === null;
    assert.ok(differs, `${where}: absent (${change.absent}) though the points compare`);
    return;
  }
  assert.equal(from.source, to.source, `${where}: a change across sources`);
  assert.equal(from.edition, to.edition, `${where}: a change across editions`);
  assert.equal(to.break, false, `${where}: a change across a break`);
  const flagged = [...from.flags, ...to.flags].some((f) => UNDIRECTED.has(f));
  assert.equal(change.directional, !flagged, `${where}: directional only without E, P, U, D inputs`);
  for (const flag of [...from.flags, ...to.flags].filter((f) => UNDIRECTED.has(f)))
    assert.ok(change.flags.includes(flag), `${where}: carries ${flag}`);
}

describe(`statements of every country note and profile (${STORE_KIND})`, () => {
  let t: TestStore;
  let app: FastifyInstance;
  const profiles = new Map<string, CountryProfile>();
  let told = 0;
  let flagged = 0;

  before(async () => {
    t = await createTestStore();
    await prepareStore(t.store);
    await loadDemoData(t.store);
    app = await buildApp({ store: t.store, config: { logLevel: 'silent', maxUploadBytes: 1e6 } });
  });
  after(async () => {
    await app?.close();
    await t?.cleanup();
  });

  test('every change of every country page rests on one source and edition, flagged as its inputs are', async () => {
    assert.equal(MEMBER_STATES.length, 35);
    for (const iso3 of MEMBER_STATES) {
      const res = await app.inject(`/api/countries/${iso3}?lang=en`);
      assert.equal(res.statusCode, 200, `${iso3}: ${res.body.slice(0, 200)}`);
      const profile = res.json() as CountryProfile;
      profiles.set(iso3, profile);
      for (const [name, series] of Object.entries(profile.series)) checkSeriesChange(iso3, name, series);
    }
  });

  test("no stock change crosses IMS2019 and IMS2020: Guyana's 2020 is compared with IMS2020's 2015", () => {
    const guy = profiles.get('GUY')!.series.stock;
    assert.equal(guy.latest?.year, '2020');
    assert.deepEqual([guy.change?.from, guy.change?.to], ['2015', '2020']);
    const p2019 = guy.points.find((p) => p.year === '2019');
    assert.equal(p2019?.break, true, "IMS2019's 2019 beside the IMS2020 series is a break");
    assert.match(
      p2019?.notes.join(' ') ?? '',
      /International Migrant Stock 2020 \(POP\/DB\/MIG\/Stock\/Rev\.2020\) does not estimate 2019/,
    );
    // 8,661 (2015) → 31,169 (2020) in IMS2020: UN DESA added refugees and displaced Venezuelans.
    assert.equal(Math.round(guy.change?.value ?? 0), Math.round(((31169 - 8661) / 8661) * 100));
  });

  test("Suriname's foreign citizens (D) are never compared with a direction", () => {
    const sur = profiles.get('SUR')!.series;
    assert.ok(sur.stock.latest?.flags.includes('D'));
    assert.equal(sur.stock.change?.directional, false);
    assert.ok(sur.share.latest?.flags.includes('D'), 'the foreign-born share of Suriname carries D');
  });

  for (const lang of ['en', 'es'] as const) {
    test(`every change a country note states in ${lang} is one the engine allows, with a direction only when unflagged`, async () => {
      for (const iso3 of MEMBER_STATES) {
        const res = await app.inject(`/api/reports/country/${iso3}/document?lang=${lang}`);
        assert.equal(res.statusCode, 200, `${iso3} ${lang}`);
        const doc = res.json() as { blocks: { kind: string; text?: string }[] };
        const paragraphs = doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text ?? '');
        const end = paragraphs.findIndex((p) => LEGEND[lang].test(p));
        assert.ok(end > 0, `${iso3} ${lang}: the note has its legend`);
        const text = paragraphs.slice(0, end).join('\n');
        const profile = profiles.get(iso3)!;
        const changes = Object.values(profile.series)
          .map((s) => s.change)
          .filter((c) => c !== null);
        let directed = 0;
        for (const pattern of DIRECTED[lang]) {
          for (const match of text.matchAll(pattern)) {
            directed++;
            const pct = parseNumber(match[1]!, lang);
            const since = match[2]!;
            const engine = changes.find(
              (c) =>
                c.from === since &&
                c.value !== null &&
                Math.abs(Math.abs(c.value) - pct) < 0.051 &&
                c.directional,
            );
            assert.ok(engine, `${iso3} ${lang}: "${match[0]}" is no directional change of the engine`);
            told++;
          }
        }
        for (const match of text.matchAll(UNDIRECTED_SENTENCE[lang])) {
          const since = match[1]!;
          const pct = parseNumber(match[2]!, lang);
          const engine = changes.find(
            (c) => c.from === since && c.value !== null && Math.abs(Math.abs(c.value) - pct) < 0.051,
          );
          assert.ok(engine && !engine.directional, `${iso3} ${lang}: "${match[0]}" is a flagged change`);
          assert.ok(
            engine.flags.some((f) => UNDIRECTED.has(f)),
            `${iso3} ${lang}: its flags say why`,
          );
          flagged++;
        }
        // A direction word outside those sentences would be a statement the test cannot check.
        const sentences = text.split(/(?<=\.)\s+/).filter((s) => DIRECTION_WORDS[lang].test(s));
        assert.equal(sentences.length, directed, `${iso3} ${lang}: ${sentences.join(' | ')}`);
      }
    });
  }

  test("charts mark breaks: IMS2019's 2019 beside IMS2020, and Canada's inflows from OECD to IRCC", async () => {
    const res = await app.inject('/api/reports/country/CAN/document?lang=en');
    const charts = (res.json() as { blocks: { kind: string; title?: string; svg?: string }[] }).blocks.filter(
      (b) => b.kind === 'chart',
    );
    const marks = (title: RegExp) =>
      (charts.find((c) => title.test(c.title ?? ''))?.svg?.match(/>B</g) ?? []).length;
    assert.equal(marks(/^Foreign-born population/), 2, 'the 2019 point and the return to IMS2020 in 2020');
    assert.equal(marks(/^Inflows/), 1, '2015: IRCC after OECD');
  });

  test('the notes do tell changes (the checks above are not vacuous)', () => {
    assert.ok(told > 20, `${told} directional changes checked`);
    assert.ok(flagged > 10, `${flagged} flagged changes checked`);
  });
});
