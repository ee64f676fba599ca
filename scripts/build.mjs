#!/usr/bin/env node
// The production build: every server module compiled to plain JavaScript in dist/ (same layout
// as src/, so relative imports and `new URL(…, import.meta.url)` assets resolve alike), the
// files the server reads beside its modules (demo data, lessons, JSON) copied next to them,
// and the web application built into web/dist. `npm start` then runs without tsx, Vite or
// esbuild. Tests (*.test.ts) stay out of dist/.
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildWeb } from './ensure-web-build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const dist = join(root, 'dist');

function listFiles(directory) {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

const files = listFiles(src);
const modules = files.filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
const assets = files.filter((file) => !file.endsWith('.ts'));

rmSync(dist, { recursive: true, force: true });
await build({
  entryPoints: modules,
  outdir: dist,
  outbase: src,
  bundle: false,
  platform: 'node',
  format: 'esm',
  target: 'node20.12',
  supported: { 'import-attributes': true },
  sourcemap: 'linked',
  logLevel: 'warning',
});
for (const asset of assets) {
  const target = join(dist, relative(src, asset));
  mkdirSync(dirname(target), { recursive: true });
  cpSync(asset, target);
}
writeFileSync(
  join(dist, 'BUILD.json'),
  `${JSON.stringify({ builtAt: new Date().toISOString(), modules: modules.length, assets: assets.length })}\n`,
);
process.stdout.write(`dist/: ${modules.length} modules, ${assets.length} files\n`);

if (!process.argv.includes('--server-only')) {
  const status = buildWeb({ quiet: true });
  if (status !== 0) process.exit(status);
  process.stdout.write('web/dist: built\n');
}
