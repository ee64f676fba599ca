// nginx in front of the SICREMI processes, configured from deploy/: the test's own main file
// (temporary paths, its port, a cache directory of its own) includes the upstream list it writes
// in the format of deploy/sicremi-upstreams.conf and deploy/sicremi-locations.conf as shipped.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const LOCATIONS = fileURLToPath(new URL('../../../deploy/sicremi-locations.conf', import.meta.url));

export interface NginxFront {
  url: string;
  /** The access log so far: one line per request, with the cache status. */
  accessLog(): string;
  stop(): Promise<void>;
}

export function nginxUnavailable(): string | undefined {
  return spawnSync('nginx', ['-v']).error ? 'nginx is not installed (Debian: nginx-light)' : undefined;
}

export function upstreamsConf(ports: readonly number[]): string {
  const servers = ports.map((port) => `  server 127.0.0.1:${port} max_fails=1 fail_timeout=5s;`).join('\n');
  return `upstream sicremi {\n${servers}\n  keepalive 32;\n}\n`;
}

export async function startNginx(port: number, upstreamPorts: readonly number[]): Promise<NginxFront> {
  const dir = mkdtempSync(join(tmpdir(), 'sicremi-nginx-'));
  for (const sub of ['cache', 'temp']) mkdirSync(join(dir, sub));
  writeFileSync(join(dir, 'sicremi-upstreams.conf'), upstreamsConf(upstreamPorts));
  const asRoot = process.getuid?.() === 0;
  writeFileSync(
    join(dir, 'nginx.conf'),
    `${asRoot ? 'user root;\n' : ''}daemon off;
worker_processes 2;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 2048; }
http {
  default_type application/octet-stream;
  log_format sicremi '$request_uri $status cache=$upstream_cache_status upstream=$upstream_addr id=$request_id';
  access_log ${dir}/access.log sicremi;
  client_body_temp_path ${dir}/temp/body;
  proxy_temp_path ${dir}/temp/proxy;
  fastcgi_temp_path ${dir}/temp/fastcgi;
  uwsgi_temp_path ${dir}/temp/uwsgi;
  scgi_temp_path ${dir}/temp/scgi;
  proxy_cache_path ${dir}/cache levels=1:2 keys_zone=sicremi_cache:10m max_size=200m inactive=10m use_temp_path=off;
  include ${dir}/sicremi-upstreams.conf;
  server {
    listen 127.0.0.1:${port};
    client_max_body_size 110m;
    # Which process answered a pass-through request (the public location sets its own headers).
    add_header X-Upstream $upstream_addr always;
    include ${LOCATIONS};
  }
}
`,
  );
  const child: ChildProcess = spawn('nginx', ['-c', join(dir, 'nginx.conf')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  for (let attempt = 0; attempt < 200; attempt++) {
    if (child.exitCode !== null) break;
    if (await isListening(port)) {
      return {
        url: `http://127.0.0.1:${port}`,
        accessLog: () => readFileSync(join(dir, 'access.log'), 'utf8'),
        stop,
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await stop();
  throw new Error(`nginx did not start: ${stderr}`);
}

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
