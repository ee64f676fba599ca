#!/usr/bin/env node
// Builds the web application (web/ → web/dist) when web/dist is missing or older than any of
// its sources, so `npm start` always serves the current pages. `--force` always rebuilds.
// Exit status is Vite's; an up-to-date build exits 0 at once.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const web = join(root, 'web');
// SICREMI_WEB_DIST (relative to web/) moves the build, as in web/vite.config.ts and the server.
const builtIndex = join(resolve(web, process.env.SICREMI_WEB_DIST ?? 'dist'), 'index.html');
const SOURCES = ['src', 'content', 'public', 'index.html', 'vite.config.ts', 'tsconfig.json'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

export function isWebBuildStale() {
  if (!existsSync(builtIndex)) return true;
  const built = statSync(builtIndex).mtimeMs;
  return SOURCES.some((source) => newestMtime(join(web, source)) > built);
}

export function buildWeb({ quiet = false } = {}) {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--config', join(web, 'vite.config.ts'), '--logLevel', quiet ? 'warn' : 'info'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  return result.status ?? 1;
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const force = process.argv.includes('--force');
  if (!force && !isWebBuildStale()) {
    process.stdout.write('web/dist is up to date\n');
    process.exit(0);
  }
  process.stdout.write(
    force ? 'Building the web application\n' : 'web/dist is missing or stale: building the web application\n',
  );
  process.exit(buildWeb());
}
