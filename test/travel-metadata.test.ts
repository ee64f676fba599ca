// Reference metadata on sources (issue 20): a correspondent edits the FRAMEWORK §5 metadata of
// a source edition in the workspace; reviewers read the draft with the data; nothing is public
// until the data are published, then /api/metadata and the country page (as the server sends
// it) show it. The same publish, through the workflow, regenerates the table's bulk files.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { runDueBulkJobs } from '../src/dissemination/bulk/run-bulk-jobs.js';
import { buildApp } from '../src/server/app.js';
import { prepareStore } from '../src/store/prepare-store.js';
import { ensureDemoAccounts } from '../src/workflow/demo-accounts.js';
import { assertSchemaValid } from './sdmx-schemas.js';
import { stageDraft } from './support/stage-draft.js';
import { createTestStore, STORE_KIND, type TestStore } from './support/test-store.js';
import { type Client, makeClient, signIn } from './support/workflow-app.js';

const INDEX =
  '<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>SICREMI</title></head><body><div id="root"></div></body></html>';

const METADATA = {
  edition: 'Censo 2017',
  fields: {
    institution: 'Instituto Nacional de Estadísticas (INE)',
    sourceName: 'Censo de Población y Vivienda 2017',
    sourceType: 'CENSUS',
    migrantCriterion: 'BIRTH',
    referencePeriod: '2017-04-19',
    unit: 'person',
    residenceThresholdMonths: 0,
    coverageNotes: 'Persons present on census night; irregular migrants included.',
    breaks: [{ date: '2017', description: 'De jure count replaces de facto count.' }],
    classificationVersions: 'ISO 3166-1 (2017)',
  },
};

function jsonLdOf(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
    (m) => JSON.parse(m[1]!) as Record<string, unknown>,
  );
}

describe(`reference metadata on sources on ${STORE_KIND}`, () => {
  let t: TestStore;
  let app: FastifyInstance;
  let dist: string;
  let chl: Client;
  let arg: Client;
  let reviewer: Client;
  let anonymous: Client;

  before(async () => {
    t = await createTestStore();
    await prepareStore(t.store);
    await ensureDemoAccounts(t.store);
    dist = mkdtempSync(join(tmpdir(), 'sicremi-dist-'));
    writeFileSync(join(dist, 'index.html'), INDEX);
    app = await buildApp({
      store: t.store,
      config: {
        logLevel: 'silent',
        maxUploadBytes: 1e6,
        dataDir: t.dataDir,
        cookieSecure: 'never',
        webDistDir: dist,
      },
      workflow: {
        mailer: { from: 'test@sicremi.invalid', transport: { name: 'test', deliver: async () => {} } },
      },
    });
    chl = await signIn(app, 'chl@demo.sicremi.org', 'demo-chile-2026');
    arg = await signIn(app, 'arg@demo.sicremi.org', 'demo-argentina-2026');
    reviewer = await signIn(app, 'reviewer@demo.sicremi.org', 'demo-reviewer-2026');
    anonymous = makeClient(app, {});
  });
  after(async () => {
    await app.close();
    await t.cleanup();
    rmSync(dist, { recursive: true, force: true });
  });

  test('only the country’s correspondents write its metadata; bad fields are a coded 400', async () => {
    assert.equal((await anonymous.put('/api/workspace/metadata/CHL/MIG_STOCK_FB', METADATA)).statusCode, 401);
    const foreign = await arg.put('/api/workspace/metadata/CHL/MIG_STOCK_FB', METADATA);
    assert.equal(foreign.statusCode, 403);
    const bad = await chl.put('/api/workspace/metadata/CHL/MIG_STOCK_FB', {
      ...METADATA,
      fields: { ...METADATA.fields, sourceType: 'GUESS' },
    });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.code, 'BAD_REQUEST');
    assert.match(bad.json().error.message, /sourceType/);
    const unknown = await chl.put('/api/workspace/metadata/XXX/MIG_STOCK_FB', METADATA);
    assert.equal(unknown.json().error.code, 'UNKNOWN_COUNTRY');
  });

  test('the draft is the reviewer’s to read, not the public’s', async () => {
    const saved = await chl.put('/api/workspace/metadata/CHL/MIG_STOCK_FB', METADATA);
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal(saved.json().state, 'draft');
    const review = (await reviewer.get('/api/workspace/metadata/CHL/MIG_STOCK_FB')).json();
    assert.equal(review.mayEdit, false);
    assert.equal(review.records[0].fields.institution, METADATA.fields.institution);
    const missing = await anonymous.get('/api/metadata/CHL/MIG_STOCK_FB?lang=fr');
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().error.code, 'METADATA_NOT_FOUND');
    assert.match(missing.json().error.message, /Aucune métadonnée/);
    const page = await anonymous.get('/countries/CHL');
    assert.ok(!page.body.includes('Censo de Población y Vivienda 2017'));
  });

  test('published with the data: /api/metadata, the country page and the bulk file show it', async () => {
    const id = await stageDraft(t.store, {
      table: 'MIG_STOCK_FB',
      country: 'CHL',
      cells: [[{ COUNTRY_OF_BIRTH: 'PER', SEX: '_T', AGE: '_T', TIME_PERIOD: '2017' }, 187_756]],
    });
    assert.equal((await chl.post(`/api/submissions/${id}/submit`, {})).statusCode, 200);
    assert.equal((await reviewer.post(`/api/submissions/${id}/accept`, {})).statusCode, 200);
    const published = await reviewer.post(`/api/submissions/${id}/publish`, {});
    assert.equal(published.statusCode, 200, published.body);
    const releaseId = published.json().release.id as number;

    const api = await anonymous.get('/api/metadata/CHL/MIG_STOCK_FB');
    assert.equal(api.statusCode, 200);
    const [source] = api.json().sources;
    assert.equal(source.edition, 'Censo 2017');
    assert.equal(source.releaseId, releaseId);
    assert.equal(source.migrantCriterion, 'BIRTH');
    assert.deepEqual(source.breaks, METADATA.fields.breaks);
    const review = (await chl.get('/api/workspace/metadata/CHL/MIG_STOCK_FB')).json();
    assert.deepEqual(
      review.records.map((r: { state: string }) => r.state),
      ['published'],
    );

    const page = await anonymous.get('/countries/CHL?lang=es');
    const dataset = jsonLdOf(page.body).find((d) => String(d['@id']).endsWith('/countries/CHL'))!;
    const techniques = dataset.measurementTechnique as string[];
    assert.ok(
      techniques.some(
        (line) =>
          line.includes('Censo 2017') &&
          line.includes('Instituto Nacional de Estadísticas (INE)') &&
          line.includes('Censo de población') &&
          line.includes('país de nacimiento'),
      ),
      JSON.stringify(techniques),
    );

    // The publish recorded a bulk job; the runner regenerates the table's file with the release.
    const outcome = await runDueBulkJobs(t.store);
    assert.deepEqual(outcome.regenerated, ['MIG_STOCK_FB']);
    const csv = gunzipSync((await anonymous.get('/bulk/MIG_STOCK_FB.csv.gz')).rawPayload).toString('utf8');
    assert.match(csv, new RegExp(`187756,0,A,.*,${releaseId}\\r\\n`));
  });

  test('SDMX REST 2.0 reference metadata: the published sets, valid SDMX-JSON 2.0.0 metadata messages', async () => {
    const res = await anonymous.get('/sdmx/v2/metadata/metadataset/CHL/*/~');
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['content-type'], 'application/vnd.sdmx.metadata+json;version=2.0.0');
    const message = res.json();
    assertSchemaValid('metadata-2.0.0', message);
    const [set] = message.data.metadataSets;
    assert.equal(set.id, 'CHL_MIG_STOCK_FB_CENSO_2017');
    assert.deepEqual(set.targets, [
      'urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=OAS:MIG_STOCK_FB(1.0)',
    ]);
    const attributes = new Map(set.attributes.map((a: { id: string; value?: unknown }) => [a.id, a]));
    assert.equal((attributes.get('INSTITUTION') as { value: string }).value, METADATA.fields.institution);
    assert.equal((attributes.get('MIGRANT_CRITERION') as { value: string }).value, 'BIRTH');
    const breaks = attributes.get('BREAKS') as {
      attributes: { attributes: { id: string; value: string }[] }[];
    };
    assert.equal(breaks.attributes[0]!.attributes[1]!.value, METADATA.fields.breaks[0]!.description);
    const byFlow = await anonymous.get('/sdmx/v2/metadata/structure/dataflow/OAS/MIG_STOCK_FB/*');
    assert.equal(byFlow.json().data.metadataSets[0].id, set.id);
    assert.equal((await anonymous.get('/sdmx/v2/metadata/metadataset/ARG/*/*')).statusCode, 404);
    assert.equal((await anonymous.get('/sdmx/v2/metadata/metadataflow/OAS/*/*')).statusCode, 501);
  });

  test('metadata published with an embargoed release wait for its time', async () => {
    await chl.put('/api/workspace/metadata/CHL/MIG_STOCK_FB', { ...METADATA, edition: 'Censo 2024' });
    const id = await stageDraft(t.store, {
      table: 'MIG_STOCK_FB',
      country: 'CHL',
      cells: [[{ COUNTRY_OF_BIRTH: 'PER', SEX: '_T', AGE: '_T', TIME_PERIOD: '2024' }, 250_000]],
    });
    await chl.post(`/api/submissions/${id}/submit`, {});
    await reviewer.post(`/api/submissions/${id}/accept`, {});
    const published = await reviewer.post(`/api/submissions/${id}/publish`, {
      publishAt: '2099-01-01T00:00:00Z',
    });
    assert.equal(published.statusCode, 200, published.body);
    const editions = (await anonymous.get('/api/metadata/CHL/MIG_STOCK_FB'))
      .json()
      .sources.map((s: { edition: string }) => s.edition);
    assert.deepEqual(editions, ['Censo 2017']);
    const all = (await anonymous.get('/api/metadata/CHL')).json();
    assert.deepEqual(
      all.sources.map((s: { edition: string }) => s.edition),
      ['Censo 2017'],
    );
    const sdmx = (await anonymous.get('/sdmx/v2/metadata/metadataset/CHL/*/*')).json();
    assert.deepEqual(
      sdmx.data.metadataSets.map((s: { id: string }) => s.id),
      ['CHL_MIG_STOCK_FB_CENSO_2017'],
    );
  });
});
