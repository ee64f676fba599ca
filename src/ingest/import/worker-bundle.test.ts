import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { bundledModule, hashInputs } from './worker-bundle.js';

describe('bundledModule', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sicremi-worker-bundle-'));
  const cache = join(dir, 'cache');
  const entry = join(dir, 'entry.ts');
  after(() => rmSync(dir, { recursive: true, force: true }));

  writeFileSync(
    entry,
    "import { basename } from 'node:path';\nimport { part } from './part.js';\nexport const value: string = basename(part);\n",
  );
  const writePart = (text: string) =>
    writeFileSync(join(dir, 'part.ts'), `export const part: string = '/x/${text}';\n`);
  const load = async (path: string) =>
    ((await import(`${pathToFileURL(path).href}?${Date.now()}`)) as { value: string }).value;

  test('builds one JavaScript file from the TypeScript entry and what it imports', async () => {
    writePart('first');
    const path = await bundledModule(entry, cache);
    assert.match(path, /entry\.[0-9a-f]{16}\.mjs$/);
    assert.equal(await load(path), 'first');
    // The packages stay imports; the project's modules are inside.
    const text = readFileSync(path, 'utf8');
    assert.match(text, /from "node:path"/);
    assert.doesNotMatch(text, /part\.js/);
  });

  test('reuses the bundle while its sources are unchanged', async () => {
    const first = await bundledModule(entry, cache);
    const built = statSync(first).mtimeMs;
    const again = await bundledModule(entry, cache);
    assert.equal(again, first);
    assert.equal(statSync(again).mtimeMs, built);
  });

  test('rebuilds when any source changes', async () => {
    const before = await bundledModule(entry, cache);
    writePart('second');
    const after = await bundledModule(entry, cache);
    assert.notEqual(after, before);
    assert.equal(await load(after), 'second');
    // The earlier bundle is kept for an hour (a process may still be loading it).
    assert.ok(readdirSync(cache).includes(before.slice(cache.length + 1)));
  });

  test('rebuilds when the manifest or the bundle is missing or damaged', async () => {
    writePart('third');
    const path = await bundledModule(entry, cache);
    const manifest = readdirSync(cache).find((file) => file.endsWith('.json')) as string;
    writeFileSync(join(cache, manifest), '{not json');
    assert.equal(await bundledModule(entry, cache), path);
    rmSync(path);
    const rebuilt = await bundledModule(entry, cache);
    assert.equal(rebuilt, path);
    assert.equal(await load(rebuilt), 'third');
  });

  test('fails (so the caller falls back to tsx) when the entry does not compile', async () => {
    const broken = join(dir, 'broken.ts');
    writeFileSync(broken, 'export const = ;\n');
    await assert.rejects(bundledModule(broken, cache));
  });
});

describe('hashInputs', () => {
  test('depends on each file’s path and contents', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sicremi-hash-inputs-'));
    try {
      const a = join(dir, 'a');
      const b = join(dir, 'b');
      writeFileSync(a, 'ab');
      writeFileSync(b, 'c');
      const first = await hashInputs([a, b]);
      assert.equal(await hashInputs([a, b]), first);
      assert.notEqual(await hashInputs([b, a]), first);
      writeFileSync(a, 'a');
      writeFileSync(b, 'bc');
      assert.notEqual(await hashInputs([a, b]), first);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
