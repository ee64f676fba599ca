#!/usr/bin/env node
// Entry point of the `sicremi` command. After `npm run build` it runs the compiled server in
// dist/ (no tsx, no esbuild at run time); without a build — or when a source file is newer than
// the build, as while developing — it runs the TypeScript sources through tsx.
// SICREMI_FROM_BUILD=1 requires the build, =0 the sources.
// `.env` in the working directory is read first; variables already set win.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const sources = fileURLToPath(new URL('../src/', import.meta.url));

function newestMtime(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(`${path}/${name}`));
  return newest;
}

function isBuildCurrent() {
  // SICREMI_FROM_BUILD=1 insists on the build (production, the topology test); =0 on the sources.
  if (process.env.SICREMI_FROM_BUILD === '1') {
    if (!existsSync(built)) throw new Error('SICREMI_FROM_BUILD=1 but there is no build: run npm run build');
    return true;
  }
  if (process.env.SICREMI_FROM_BUILD === '0' || !existsSync(built)) return false;
  return !existsSync(sources) || newestMtime(sources) <= statSync(built).mtimeMs;
}

if (existsSync('.env')) process.loadEnvFile('.env');
let main;
if (isBuildCurrent()) {
  ({ main } = await import(new URL('../dist/cli/main.js', import.meta.url).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv);
