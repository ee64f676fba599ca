import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { createTestStore, type TestStore } from './support/test-store.js';

const BIN = new URL('../bin/sicremi.js', import.meta.url).pathname;

function sicremi(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env, LOG_LEVEL: 'silent' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('sicremi CLI', () => {
  let t: TestStore;
  before(async () => {
    t = await createTestStore({ migrate: false });
  });
  after(async () => t.cleanup());

  test('--help lists the commands and exits 0', () => {
    const { code, stdout } = sicremi(['--help']);
    assert.equal(code, 0);
    for (const command of ['serve', 'db', 'demo', 'framework'])
      assert.match(stdout, new RegExp(`\\b${command}\\b`));
  });

  test('an unknown flag or command is a usage error: exit 2 with a clear message', () => {
    const flag = sicremi(['framework', 'show', '--bogus']);
    assert.equal(flag.code, 2);
    assert.match(flag.stderr, /unknown option '--bogus'/);
    const command = sicremi(['frobnicate']);
    assert.equal(command.code, 2);
    assert.match(command.stderr, /unknown command 'frobnicate'/);
    const lang = sicremi(['framework', 'show', '--lang', 'de']);
    assert.equal(lang.code, 2);
  });

  test('framework show prints tables and code lists in the chosen language', () => {
    const overview = sicremi(['framework', 'show']);
    assert.equal(overview.code, 0);
    assert.match(overview.stdout, /Tables \(15\)/);
    const table = sicremi(['framework', 'show', 'table', 'MIG_STOCK_FB', '--lang', 'es']);
    assert.equal(table.code, 0);
    assert.match(table.stdout, /Población nacida en el extranjero/);
    assert.match(table.stdout, /COUNTRY_OF_BIRTH/);
    const list = sicremi(['framework', 'show', 'codelist', 'CL_SEX', '--lang', 'pt', '--json']);
    assert.equal(JSON.parse(list.stdout).codes.find((c: { id: string }) => c.id === 'F').name, 'Mulheres');
    const missing = sicremi(['framework', 'show', 'NOPE']);
    assert.equal(missing.code, 1);
  });

  test('db migrate creates the schema and loads the framework, then is a no-op', () => {
    const first = sicremi(['db', 'migrate'], t.env);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /applied 0001-initial/);
    assert.match(first.stdout, /framework 2026\.1 loaded/);
    const second = sicremi(['db', 'migrate'], t.env);
    assert.match(second.stdout, /schema already up to date; framework 2026\.1 already loaded/);
  });

  test('serve --port 0 listens, answers /health, loads the demo into the empty store, stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], {
      env: { ...process.env, ...t.env, LOG_LEVEL: 'silent', HOST: '127.0.0.1' },
    });
    let out = '';
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /listening on (http:\/\/\S+)/.exec(out);
          if (match?.[1]) resolve(match[1]);
        });
        child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
      });
      const health = await fetch(`${url}/health`);
      assert.equal(health.status, 200);
      // One line says which accounts exist: the demo's on a trial SQLite store, none on PostgreSQL.
      const accounts = out.split('\n').filter((line) => line.startsWith('Accounts: '));
      assert.equal(accounts.length, 1, out);
      assert.match(accounts[0]!, t.env.DATABASE_URL ? /no demo accounts/ : /demo accounts ENABLED/);
      const body = (await health.json()) as { framework: { version: string } };
      assert.equal(body.framework.version, '2026.1');
      const releases = await t.store.db.selectFrom('releases').select(['table_id', 'source']).execute();
      assert.ok(releases.some((r) => r.table_id === 'MIG_STOCK_FB' && JSON.parse(r.source).publisher));
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });
});
