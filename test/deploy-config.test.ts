// deploy/nginx.conf is a complete configuration nginx accepts as shipped (`nginx -t`), and its
// upstream list is the format the topology test writes (one include, addresses only there).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmdirSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { nginxUnavailable, upstreamsConf } from './support/topology/nginx-front.js';

const DEPLOY = fileURLToPath(new URL('../deploy/', import.meta.url));
const CACHE_DIR = '/var/cache/sicremi-nginx';

const reason =
  nginxUnavailable() ?? (process.getuid?.() === 0 ? undefined : 'nginx -t on deploy/nginx.conf needs root');
if (reason && process.env.CI) throw new Error(`deploy config test cannot run in CI: ${reason}`);
if (reason) console.log(`# deploy/nginx.conf check skipped: ${reason}`);

test('nginx -t accepts deploy/nginx.conf', { skip: Boolean(reason) }, () => {
  const hadCache = existsSync(CACHE_DIR);
  const result = spawnSync('nginx', ['-t', '-c', `${DEPLOY}nginx.conf`], { encoding: 'utf8' });
  // nginx -t makes the cache directory; leave the machine as it was.
  if (!hadCache && existsSync(CACHE_DIR)) rmdirSync(CACHE_DIR);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stderr, /syntax is ok/);
});

test('the upstream addresses are set in one include, in the format the topology test writes', () => {
  const main = readFileSync(`${DEPLOY}nginx.conf`, 'utf8');
  assert.match(main, /^\s*include sicremi-upstreams\.conf;/m);
  assert.doesNotMatch(main, /server 127\.0\.0\.1:\d+/);
  assert.equal(
    readFileSync(`${DEPLOY}sicremi-upstreams.conf`, 'utf8').replace(/^#.*\n/gm, ''),
    upstreamsConf([3000, 3001]),
  );
});
