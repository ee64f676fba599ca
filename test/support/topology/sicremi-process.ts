// One SICREMI process from the production build (`npm run build`, then `sicremi serve` with
// SICREMI_FROM_BUILD=1: no tsx, no esbuild), as an operator runs it, with its own data directory
// so nothing it keeps on disk can be seen by another process.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const BUILT_MAIN = join(ROOT, 'dist', 'cli', 'main.js');

export interface SicremiProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Resolves with the exit code (null when killed by a signal) once the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output(): string;
  /** Stops the process if it still runs, and removes its data directory. */
  cleanup(): Promise<void>;
}

export async function startSicremi(port: number, env: Record<string, string>): Promise<SicremiProcess> {
  if (!existsSync(BUILT_MAIN)) throw new Error('no production build: run npm run build');
  const dataDir = mkdtempSync(join(tmpdir(), 'sicremi-node-'));
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'sicremi.js'), 'serve'], {
    cwd: dataDir,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      NODE_ENV: 'production',
      SICREMI_FROM_BUILD: '1',
      HOST: '127.0.0.1',
      PORT: String(port),
      SICREMI_DATA_DIR: dataDir,
      SICREMI_DEMO: 'false',
      LOG_LEVEL: 'warn',
      // The topology is about processes, replica and proxy; its reviewer signs in with a
      // password only (two-factor sign-in has its own tests).
      SICREMI_REQUIRE_2FA: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let done = false;
  void exited.then(() => {
    done = true;
  });
  const url = `http://127.0.0.1:${port}`;
  const process_: SicremiProcess = {
    url,
    port,
    child,
    exited,
    output: () => output,
    async cleanup() {
      if (!done) {
        child.kill('SIGKILL');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  // Ready once /ready says so: store reachable, replica reachable, migrations current.
  for (let attempt = 0; attempt < 1200 && !done; attempt++) {
    const ready = await fetch(`${url}/ready`).then(
      (r) => r.status,
      () => 0,
    );
    if (ready === 200) return process_;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await process_.cleanup();
  throw new Error(`SICREMI on port ${port} never became ready:\n${output}`);
}
