#!/usr/bin/env node
// Runs every *.test.ts under src/ and test/ with Node's own test runner (TypeScript through tsx).
// Node 20 cannot glob test files itself, so we collect them here. Pass paths to run a subset.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function collect(dir, out) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) collect(path, out);
    else if (name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

const args = process.argv.slice(2);
let files = args.length > 0 ? args : ['src', 'test'].flatMap((d) => collect(d, [])).sort();
// Browser tests always serve the app over SQLite, whatever DATABASE_URL says: running them in the
// PostgreSQL pass too would repeat the same run. They run in the SQLite pass (CI runs both passes).
if (args.length === 0 && process.env.DATABASE_URL) {
  const browser = files.filter((f) => f.split(/[\\/]/).includes('browser'));
  if (browser.length > 0) {
    files = files.filter((f) => !browser.includes(f));
    console.log(`# ${browser.length} browser test files left to the SQLite pass: they always use SQLite.`);
  }
}
const concurrency = process.env.TEST_CONCURRENCY ?? '2';
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...files],
  { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test' } },
);
process.exit(result.status ?? 1);
