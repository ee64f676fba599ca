import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerWebStatic } from '../src/server/web-static.js';

const INDEX =
  '<!doctype html><html lang="en"><head><title>SICREMI</title></head><body><div id="root"></div></body></html>';

function appServing(distDir: string): FastifyInstance {
  const app = Fastify({ logger: false });
  app.get('/api/framework', async () => ({ ok: true }));
  app.get('/health', async () => ({ status: 'ok' }));
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: { code: 'NOT_FOUND' } }));
  registerWebStatic(app, { distDir });
  return app;
}

describe('serving the web application', () => {
  let dist: string;
  let app: FastifyInstance;

  before(async () => {
    dist = mkdtempSync(join(tmpdir(), 'sicremi-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), INDEX);
    writeFileSync(join(dist, 'assets', 'app-abc123.js'), `console.log(${JSON.stringify('x'.repeat(4000))});`);
    app = appServing(dist);
    await app.ready();
  });
  after(async () => {
    await app.close();
    rmSync(dist, { recursive: true, force: true });
  });

  test('answers every bookmarkable address with the application, its <html lang> following ?lang', async () => {
    for (const url of [
      '/',
      '/explore?table=MIG_STOCK_FB&REF_AREA=CHL',
      '/countries/CHL',
      '/indicators/FB_SHARE',
      '/methodology',
      '/knowledge/reporting-guide',
      '/workspace/submissions/3',
      '/console/coverage',
    ]) {
      const response = await app.inject(`${url}${url.includes('?') ? '&' : '?'}lang=es`);
      assert.equal(response.statusCode, 200, url);
      assert.match(response.headers['content-type'] as string, /text\/html/);
      assert.match(response.body, /<html lang="es"/, url);
    }
  });

  test('follows Accept-Language when the address names no language, and sends a strict CSP', async () => {
    const response = await app.inject({
      url: '/countries/BRA',
      headers: { 'accept-language': 'pt-BR,pt;q=0.9' },
    });
    assert.match(response.body, /<html lang="pt"/);
    assert.match(response.headers['content-security-policy'] as string, /script-src 'self'/);
    assert.equal(response.headers['cache-control'], 'no-cache');
  });

  test('serves hashed assets for a year, compressed when the browser accepts gzip', async () => {
    const response = await app.inject({
      url: '/assets/app-abc123.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    assert.equal(response.statusCode, 200);
    assert.match(response.headers['cache-control'] as string, /immutable/);
    assert.equal(response.headers['content-encoding'], 'gzip');
    assert.match(gunzipSync(response.rawPayload).toString(), /console\.log/);
  });

  test('never shadows the API, the health check or unknown paths, and refuses to leave the assets folder', async () => {
    assert.deepEqual((await app.inject('/api/framework')).json(), { ok: true });
    assert.deepEqual((await app.inject('/health')).json(), { status: 'ok' });
    assert.equal((await app.inject('/no-such-page')).statusCode, 404);
    assert.equal((await app.inject('/assets/missing.js')).statusCode, 404);
    assert.equal((await app.inject('/assets/..%2F..%2Fetc%2Fpasswd')).statusCode, 404);
  });

  test('says in the reader’s language how to build the application when web/dist is missing', async () => {
    const bare = appServing(join(dist, 'absent'));
    const response = await bare.inject('/?lang=fr');
    assert.equal(response.statusCode, 503);
    assert.match(response.body, /npm run build:web/);
    assert.match(response.body, /<html lang="fr"/);
    await bare.close();
  });
});
