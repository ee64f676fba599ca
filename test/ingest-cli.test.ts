// `sicremi validate` and `sicremi import` as a correspondent runs them: exit codes 0/1/2, the
// JSON report's shape, messages in the chosen language, nothing written by validate.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { main } from '../src/cli/main.js';
import { createTestStore, STORE_KIND, type TestStore } from './support/test-store.js';

const BIN = new URL('../bin/sicremi.js', import.meta.url).pathname;
const FIXTURES = new URL('./fixtures/ingest/', import.meta.url).pathname;

function sicremi(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env, LOG_LEVEL: 'silent' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The CLI in this process (a spawned one costs seconds to start): exit code and output. */
async function sicremiHere(args: string[], env: Record<string, string>) {
  const saved = { ...process.env };
  Object.assign(process.env, env, { LOG_LEVEL: 'silent' });
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write;
  const err = process.stderr.write;
  // Only text is the CLI's: the test runner talks to its parent through stdout in binary.
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
    if (typeof chunk !== 'string') return out.call(process.stdout, chunk, ...rest);
    stdout += chunk;
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
    if (typeof chunk !== 'string') return err.call(process.stderr, chunk, ...rest);
    stderr += chunk;
    return true;
  }) as typeof process.stderr.write;
  // main() reads process.exitCode, which the test runner may have set for another test.
  const exitCode = process.exitCode;
  process.exitCode = undefined;
  try {
    const code = await main(['node', 'sicremi', ...args]);
    return { code, stdout, stderr };
  } finally {
    process.exitCode = exitCode;
    process.stdout.write = out;
    process.stderr.write = err;
    process.env = saved;
  }
}

describe(`sicremi validate and import on ${STORE_KIND}`, () => {
  let t: TestStore;
  before(async () => {
    t = await createTestStore({ migrate: false });
  });
  after(async () => t.cleanup());

  test('validate prints the JSON report and exits 1 on errors, writing nothing', async () => {
    const args = ['validate', join(FIXTURES, 'errors.csv'), '--table', 'MIG_STOCK_FB', '--country', 'CHL'];
    const { code, stdout } = await sicremiHere([...args, '--format', 'json', '--lang', 'pt'], t.env);
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    assert.deepEqual(Object.keys(report).sort(), [
      'country',
      'decisions',
      'file',
      'issues',
      'observations',
      'rows',
      'summary',
      'table',
      'warningGroups',
    ]);
    assert.deepEqual(
      [report.decisions.delimiter, report.decisions.encoding, report.decisions.decimal],
      [',', 'UTF-8', '.'],
    );
    assert.deepEqual(Object.keys(report.summary).sort(), ['byCode', 'errors', 'infos', 'warnings']);
    const unknown = report.issues.find((i: { code: string }) => i.code === 'UNKNOWN_CODE');
    assert.deepEqual([unknown.row, unknown.column, unknown.value], [5, 'COUNTRY_OF_BIRTH', 'Narnia']);
    assert.match(unknown.message, /^Linha 5, coluna COUNTRY_OF_BIRTH: “Narnia” não é um código reconhecido/);
    const submissions = await t.store.db.selectFrom('submissions').select('id').execute();
    assert.equal(submissions.length, 0);
    assert.equal(existsSync(join(t.dataDir, 'files')), false);
  });

  test('validate --format json prints the warnings grouped by cause, and the text report groups them too', async () => {
    const file = 'test/fixtures/realistic/can-ircc-2025-revised.csv';
    const args = ['validate', file, '--table', 'MIG_INFLOW_PERM', '--country', 'CAN'];
    const json = await sicremiHere([...args, '--format', 'json', '--lang', 'es'], t.env);
    assert.equal(json.code, 0);
    const report = JSON.parse(json.stdout);
    assert.deepEqual(
      report.warningGroups.map((g: { id: string; count: number }) => [g.id, g.count]),
      [['INCOMPLETE', 1]],
    );
    assert.match(
      report.warningGroups[0].message,
      /^Cuadro MIG_INFLOW_PERM, 2025: faltan los totales requeridos para mujeres; hombres/,
    );
    const text = await sicremiHere(args, t.env);
    assert.match(text.stdout, /Warnings to justify, by cause \(1 groups/);
    assert.match(text.stdout, /warning \[INCOMPLETE\] ×1: Table MIG_INFLOW_PERM, 2025/);
  });

  test('validate exits 0 on a clean file, warnings and notes allowed', async () => {
    const { code, stdout } = await sicremiHere(
      ['validate', join(FIXTURES, 'stock-fb-es.csv'), '--table', 'MIG_STOCK_FB', '--country', 'CHL'],
      t.env,
    );
    assert.equal(code, 0);
    assert.match(stdout, /No errors: the file can be imported/);
  });

  test('usage errors exit 2: no table, unknown table, bad mapping, missing file', async () => {
    const file = join(FIXTURES, 'errors.csv');
    for (const args of [
      ['validate', file],
      ['validate', file, '--table', 'NOPE', '--country', 'CHL'],
      ['validate', file, '--table', 'MIG_STOCK_FB', '--country', 'CHL', '--map', 'SEX=M'],
      ['validate', join(FIXTURES, 'absent.csv'), '--table', 'MIG_STOCK_FB'],
      ['validate', file, '--table', 'MIG_STOCK_FB', '--format', 'xml'],
    ]) {
      const { code, stderr } = await sicremiHere(args, t.env);
      assert.equal(code, 2, `${args.join(' ')}: ${stderr}`);
    }
  });

  test('import stages a clean file once, recognises it the second time, and refuses one with errors', async () => {
    const args = ['import', join(FIXTURES, 'stock-fb.sdmx.csv')];
    const first = sicremi(args, t.env);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /Staged as draft submission #\d+ \(6 observations\)/);
    const again = await sicremiHere([...args, '--format', 'json'], t.env);
    assert.equal(again.code, 0);
    assert.equal(JSON.parse(again.stdout).status, 'duplicate');
    const errors = sicremi(
      ['import', join(FIXTURES, 'errors.csv'), '--table', 'MIG_STOCK_FB', '--country', 'CHL'],
      t.env,
    );
    assert.equal(errors.code, 1);
    assert.match(errors.stdout, /Not imported: the file has errors/);
  });
});
