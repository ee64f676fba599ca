// The catalogue and what crawlers and feed readers get (issue 20): /api/catalog, DCAT-AP
// JSON-LD expanded by the jsonld library without the network, schema.org Dataset JSON-LD in
// the HTML the server sends for table and country pages, sitemap.xml and robots.txt, Atom feeds
// of releases in each language and per country, and what a release revised.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { runDueBulkJobs } from '../src/dissemination/bulk/run-bulk-jobs.js';
import type { Catalog } from '../src/dissemination/catalog/read-catalog.js';
import { buildApp } from '../src/server/app.js';
import { prepareStore } from '../src/store/prepare-store.js';
import {
  CONFIDENTIAL_VALUE,
  loadSyntheticFixture,
  publishSynthetic,
  SECONDARY_VALUES,
  STOCK,
  showsFigure,
  stockCells,
} from './sdmx-synthetic.js';
import { xmllintSkipReason, xmlProblems, xpathTexts } from './support/check-xml.js';
import { allNodes, expandLocally, fetched } from './support/local-jsonld.js';
import { createTestStore, STORE_KIND, type TestStore } from './support/test-store.js';

const INDEX =
  '<!doctype html><html lang="en"><head><meta charset="utf-8" /><meta name="description" content="SICREMI" /><title>SICREMI</title></head><body><div id="root"></div></body></html>';
const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const SCHEMA = 'http://schema.org/';
const SECRETS = [CONFIDENTIAL_VALUE, ...SECONDARY_VALUES].map(String);

function jsonLdOf(html: string): object[] {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
    (m) => JSON.parse(m[1]!) as object,
  );
}

describe(`catalogue, pages and feeds on ${STORE_KIND}`, () => {
  let t: TestStore;
  let app: FastifyInstance;
  let dist: string;
  let stockRelease: number;
  let revising = 0;

  before(async () => {
    t = await createTestStore();
    await prepareStore(t.store);
    ({ stockRelease } = await loadSyntheticFixture(t.store));
    await runDueBulkJobs(t.store);
    dist = mkdtempSync(join(tmpdir(), 'sicremi-dist-'));
    writeFileSync(join(dist, 'index.html'), INDEX);
    app = await buildApp({
      store: t.store,
      config: { logLevel: 'silent', maxUploadBytes: 1e6, webDistDir: dist },
    });
  });
  after(async () => {
    await app.close();
    await t.cleanup();
    rmSync(dist, { recursive: true, force: true });
  });

  test('/api/catalog lists tables, releases, coverage by country and year, and bulk files with their SHA-256', async () => {
    const res = await app.inject({ url: '/api/catalog?lang=es', headers: { host: 'stats.example.org' } });
    assert.equal(res.statusCode, 200);
    const catalog = res.json() as Catalog;
    assert.equal(catalog.tables.length, 15);
    const stock = catalog.tables.find((t) => t.id === 'MIG_STOCK_FB')!;
    assert.equal(stock.url, 'http://stats.example.org/tables/MIG_STOCK_FB');
    assert.match(stock.name, /nacid/i);
    assert.deepEqual(
      stock.releases.map((r) => r.id),
      [stockRelease],
    );
    assert.equal(stock.releases[0]!.licenceUrl, 'https://creativecommons.org/licenses/by/4.0/');
    assert.deepEqual(stock.coverage.countries, [
      { iso3: 'ARG', years: ['2020'] },
      { iso3: 'CHL', years: ['2020', '2021'] },
    ]);
    assert.equal(stock.coverage.from, '2020');
    assert.equal(stock.coverage.to, '2021');
    assert.deepEqual(
      stock.bulk.map((f) => f.name),
      ['MIG_STOCK_FB.csv.gz', 'MIG_STOCK_FB.sdmx.csv.gz'],
    );
    for (const file of stock.bulk) {
      const served = await app.inject(new URL(file.url).pathname);
      const { createHash } = await import('node:crypto');
      assert.equal(createHash('sha256').update(served.rawPayload).digest('hex'), file.sha256);
      assert.equal(served.rawPayload.length, file.size);
    }
    assert.equal(catalog.bulk?.name, 'sicremi-all.zip');
    const again = await app.inject({
      url: '/api/catalog?lang=es',
      headers: { host: 'stats.example.org', 'if-none-match': String(res.headers.etag) },
    });
    assert.equal(again.statusCode, 304);
  });

  test('/catalog.jsonld expands as DCAT-AP: a catalog, datasets with distributions, licences and coverage', async () => {
    const res = await app.inject('/catalog.jsonld');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^application\/ld\+json/);
    fetched.length = 0;
    const nodes = allNodes(await expandLocally(res.json()));
    assert.deepEqual(fetched, [], 'nothing was fetched');
    const ofType = (type: string) => nodes.filter((n) => n['@type']?.includes(type));
    assert.equal(ofType(`${DCAT}Catalog`).length, 1);
    const datasets = ofType(`${DCAT}Dataset`);
    const stock = datasets.find(
      (d) =>
        d['@id'] === 'http://localhost:80/tables/MIG_STOCK_FB' || d['@id']?.endsWith('/tables/MIG_STOCK_FB'),
    )!;
    assert.ok(stock, 'the stock table is a dcat:Dataset');
    const titles = stock[`${DCT}title`] as { '@value': string; '@language': string }[];
    assert.deepEqual(titles.map((x) => x['@language']).sort(), ['en', 'es', 'fr', 'pt']);
    const spatial = (stock[`${DCT}spatial`] as { '@id': string }[]).map((s) => s['@id']);
    assert.ok(spatial.includes('http://publications.europa.eu/resource/authority/country/CHL'));
    const temporal = stock[`${DCT}temporal`] as ExpandedNodeList;
    assert.equal(temporal[0]![`${DCAT}startDate`]![0]!['@value'], '2020-01-01');
    const distributions = stock[`${DCAT}distribution`] as ExpandedNodeList;
    assert.ok(distributions.length >= 8);
    const bulk = distributions.find((d) => String(d['@id']).endsWith('/bulk/MIG_STOCK_FB.csv.gz'))!;
    assert.ok(bulk['@type']!.includes(`${DCAT}Distribution`));
    const checksum = bulk['http://spdx.org/rdf/terms#checksum']![0]!;
    const catalog = (await app.inject('/api/catalog')).json() as Catalog;
    const file = catalog.tables.find((x) => x.id === 'MIG_STOCK_FB')!.bulk[0]!;
    assert.equal(checksum['http://spdx.org/rdf/terms#checksumValue']![0]!['@value'], file.sha256);
    assert.equal(bulk[`${DCAT}byteSize`]![0]!['@value'], String(file.size));
    const licence = bulk[`${DCT}license`]![0]!;
    assert.equal(licence['@id'], 'https://creativecommons.org/licenses/by/4.0/');
    const publisher = ofType('http://xmlns.com/foaf/0.1/Agent')[0]!;
    assert.equal(
      publisher['http://xmlns.com/foaf/0.1/name']![0]!['@value'],
      'Organization of American States (OAS)',
    );
  });

  test('a table page carries schema.org Dataset JSON-LD in the HTML the server sends', async () => {
    const res = await app.inject('/tables/MIG_STOCK_FB?lang=fr');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<html lang="fr"/);
    assert.match(res.body, /<title>[^<]*SICREMI<\/title>/);
    assert.doesNotMatch(res.body, /<title>SICREMI<\/title>/);
    const [document] = jsonLdOf(res.body);
    assert.ok(document);
    const nodes = allNodes(await expandLocally(document));
    const dataset = nodes.find((n) => n['@type']?.includes(`${SCHEMA}Dataset`))!;
    assert.ok(dataset, 'a schema.org Dataset');
    assert.equal(dataset[`${SCHEMA}license`]![0]!['@id'], 'https://creativecommons.org/licenses/by/4.0/');
    assert.equal(dataset[`${SCHEMA}temporalCoverage`]![0]!['@value'], '2020/2021');
    const downloads = nodes.filter((n) => n['@type']?.includes(`${SCHEMA}DataDownload`));
    assert.ok(
      downloads.some((d) =>
        String(d[`${SCHEMA}contentUrl`]![0]!['@id']).endsWith('/bulk/MIG_STOCK_FB.csv.gz'),
      ),
    );
    assert.match(
      res.body,
      /<link rel="alternate" type="application\/atom\+xml" href="[^"]*\/feeds\/releases\.atom\?lang=fr"/,
    );
  });

  test('a country page carries a schema.org Dataset of the country; the home page links the feeds', async () => {
    const res = await app.inject('/countries/CHL?lang=es');
    const [document] = jsonLdOf(res.body);
    const nodes = allNodes(await expandLocally(document!));
    const dataset = nodes.find((n) => n['@id']?.endsWith('/countries/CHL'))!;
    assert.ok(dataset['@type']!.includes(`${SCHEMA}Dataset`));
    const place = dataset[`${SCHEMA}spatialCoverage`]![0]!;
    assert.equal(place[`${SCHEMA}name`]![0]!['@value'], 'Chile');
    assert.match(res.body, /feeds\/releases\.atom\?lang=es&amp;country=CHL/);
    const home = await app.inject('/?lang=pt');
    assert.match(
      home.body,
      /<link rel="alternate" type="application\/atom\+xml" href="[^"]*\/feeds\/releases\.atom\?lang=pt"/,
    );
    for (const secret of SECRETS) assert.ok(!showsFigure(res.body, secret));
  });

  test('only /embed/* may be framed by other sites', async () => {
    const embed = await app.inject('/embed/explore?table=MIG_STOCK_FB&view=chart');
    assert.equal(embed.statusCode, 200);
    assert.match(String(embed.headers['content-security-policy']), /frame-ancestors \*/);
    for (const page of ['/explore', '/tables/MIG_STOCK_FB', '/countries/CHL', '/']) {
      const res = await app.inject(page);
      assert.match(String(res.headers['content-security-policy']), /frame-ancestors 'none'/, page);
    }
  });

  test('sitemap.xml lists the public pages; robots.txt names it', async (t) => {
    const robots = await app.inject({ url: '/robots.txt', headers: { host: 'stats.example.org' } });
    assert.equal(robots.statusCode, 200);
    assert.match(robots.body, /^Sitemap: http:\/\/stats\.example\.org\/sitemap\.xml$/m);
    assert.match(robots.body, /^Disallow: \/workspace$/m);
    const sitemap = await app.inject({ url: '/sitemap.xml', headers: { host: 'stats.example.org' } });
    assert.match(String(sitemap.headers['content-type']), /^application\/xml/);
    assert.match(
      sitemap.body,
      /<loc>http:\/\/stats\.example\.org\/tables\/MIG_STOCK_FB<\/loc><lastmod>2026-01-15<\/lastmod>/,
    );
    assert.match(sitemap.body, /<loc>http:\/\/stats\.example\.org\/countries\/CHL<\/loc>/);
    const skip = xmllintSkipReason();
    if (skip) return t.skip(skip);
    assert.equal(xmlProblems(sitemap.body), '');
  });

  test('the Atom feed is well-formed XML and lists a new release first, in each language', async (ctx) => {
    const release = await publishSynthetic(
      t.store,
      STOCK,
      stockCells('CHL', '2021', 1.2, false),
      new Date().toISOString(),
    );
    revising = release;
    const titles = { en: 'release', es: 'publicación', fr: 'diffusion', pt: 'publicação' } as const;
    const skip = xmllintSkipReason();
    for (const lang of ['en', 'es', 'fr', 'pt'] as const) {
      const res = await app.inject(`/feeds/releases.atom?lang=${lang}`);
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'application/atom+xml; charset=utf-8');
      if (!skip) assert.equal(xmlProblems(res.body), '', lang);
      assert.match(res.body, new RegExp(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`));
      const first = res.body.split('<entry>')[1]!;
      assert.match(first, new RegExp(`<title>[^<]* — ${titles[lang]} ${release}</title>`));
      assert.match(first, new RegExp(`/api/data/MIG_STOCK_FB\\?release=${release}&amp;lang=${lang}`));
      assert.match(first, new RegExp(`/api/releases/${release}/revisions\\?lang=${lang}`));
      if (!skip) {
        const ids = xpathTexts(res.body, "//*[local-name()='entry']/*[local-name()='id']/text()");
        assert.ok(ids[0]?.endsWith(`release=${release}`), ids[0]);
      }
    }
    const chl = await app.inject('/feeds/releases.atom?country=CHL&lang=en');
    assert.match(chl.body, new RegExp(`release ${release}</title>`));
    assert.match(chl.body, /<category term="CHL" label="Chile"\/>/);
    const ury = await publishSynthetic(
      t.store,
      STOCK,
      stockCells('URY', '2020', 1, false),
      new Date().toISOString(),
    );
    const chlAgain = await app.inject('/feeds/releases.atom?country=CHL&lang=en');
    assert.doesNotMatch(chlAgain.body, new RegExp(`release ${ury}</title>`));
    assert.equal((await app.inject('/feeds/releases.atom?country=XXX')).json().error.code, 'UNKNOWN_COUNTRY');
    if (skip) ctx.diagnostic(skip);
  });

  test("a release's revisions: revised cells before and after, protected figures never shown", async () => {
    const res = await app.inject(`/api/releases/${revising}/revisions`);
    assert.equal(res.statusCode, 200);
    type Change = {
      key: Record<string, string>;
      old: { value: number | null };
      new: { value: number | null } | null;
    };
    const body = res.json() as { revisions: Change[] };
    // CHL 2021 went from scale 1.1 to 1.2: every cell revised, PER-born women from 66233 to 72254.
    assert.ok(body.revisions.length > 0);
    assert.ok(body.revisions.every((r) => r.key.TIME_PERIOD === '2021'));
    const women = body.revisions.find((r) => r.key.COUNTRY_OF_BIRTH === 'PER' && r.key.SEX === 'F')!;
    assert.deepEqual([women.old.value, women.new?.value], [Math.round(60212 * 1.1), Math.round(60212 * 1.2)]);
    for (const secret of SECRETS) assert.ok(!showsFigure(res.body, secret));
    assert.equal((await app.inject('/api/releases/999999/revisions')).json().error.code, 'RELEASE_NOT_FOUND');
  });
});

// biome-ignore lint/suspicious/noExplicitAny: expanded JSON-LD is walked by IRI, as the test asserts it
type ExpandedNodeList = any[];
