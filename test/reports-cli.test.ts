// `sicremi report` writes a country note or the regional report to a file, from the store the
// environment names; a usage or report error says so and exits non-zero.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { loadDemoData } from '../src/demo/load-demo.js';
import { prepareStore } from '../src/store/prepare-store.js';
import { runCli } from './support/run-cli.js';
import { createTestStore, STORE_KIND, type TestStore } from './support/test-store.js';

describe(`sicremi report on ${STORE_KIND}`, () => {
  let t: TestStore;

  before(async () => {
    t = await createTestStore();
    await prepareStore(t.store);
    await loadDemoData(t.store);
  });
  after(async () => {
    await t?.cleanup();
  });

  test('writes a Portuguese HTML note pinned to a date, and a PDF', async () => {
    const html = join(t.dataDir, 'arg.html');
    const run = await runCli(
      [
        'report',
        '--country',
        'arg',
        '--lang',
        'pt',
        '--as-of',
        '2026-01-15',
        '--format',
        'html',
        '--out',
        html,
      ],
      t.env,
    );
    assert.equal(run.code, 0, run.stderr);
    const page = readFileSync(html, 'utf8');
    assert.match(page, /<html lang="pt">/);
    assert.ok(page.includes('2.212.879'));
    assert.match(page, /--as-of 2026-01-15T23:59:59\.999Z/);
    const pdf = join(t.dataDir, 'arg.pdf');
    const second = await runCli(['report', '--country', 'ARG', '--format', 'pdf', '--out', pdf], t.env);
    assert.equal(second.code, 0, second.stderr);
    assert.equal(readFileSync(pdf).subarray(0, 5).toString(), '%PDF-');
  });

  test('reports an unknown country and a missing scope', async () => {
    const unknown = await runCli(
      ['report', '--country', 'XYZ', '--lang', 'fr', '--format', 'pdf', '--out', join(t.dataDir, 'x.pdf')],
      t.env,
    );
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /UNKNOWN_COUNTRY: « XYZ » n’est pas un État membre de l’OEA\./);
    const none = await runCli(['report', '--format', 'pdf', '--out', join(t.dataDir, 'y.pdf')], t.env);
    assert.equal(none.code, 2);
  });
});
