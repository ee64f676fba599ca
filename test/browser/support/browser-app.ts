// Browser tests drive the real SICREMI: the web application built into web/dist, served by
// startServer on a free port over a temporary SQLite store with the demo loaded (and the demo
// accounts), and Debian's Chromium through playwright-core. Without /usr/bin/chromium the
// tests skip with one line — except in CI, where they must run (and fail if they cannot).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { loadDemoIfEmpty } from '../../../src/cli/demo-on-start.js';
import { readConfig } from '../../../src/config.js';
import { type RunningServer, startServer } from '../../../src/server/start.js';
import { ensureDemoAccounts } from '../../../src/workflow/demo-accounts.js';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const ARTIFACTS_DIR = new URL('../../../test-artifacts/', import.meta.url).pathname;
const ROOT = new URL('../../../', import.meta.url).pathname;

let announced = false;

/** Why the browser tests cannot run here, or undefined when they can (always in CI). */
export function browserSkipReason(): string | undefined {
  if (existsSync(CHROMIUM_PATH) || process.env.CI) return undefined;
  if (!announced) {
    announced = true;
    console.log(
      `# Browser tests skipped: ${CHROMIUM_PATH} is absent (apt-get install chromium; CI installs it).`,
    );
  }
  return `${CHROMIUM_PATH} is absent`;
}

export interface BrowserApp {
  server: RunningServer;
  browser: Browser;
  url: string;
  /** A fresh context (own cookies) and page at phone or desktop size. */
  newPage(options?: {
    width?: number;
    height?: number;
    bypassCSP?: boolean;
  }): Promise<{ context: BrowserContext; page: Page }>;
  screenshot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

function ensureWebBuild(): void {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/ensure-web-build.mjs')], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`web build failed:\n${result.stdout}\n${result.stderr}`);
}

/** `env` overrides the server's settings (SICREMI_REQUIRE_2FA=true for the two-factor test). */
export async function startBrowserApp(options: { env?: Record<string, string> } = {}): Promise<BrowserApp> {
  ensureWebBuild();
  const dataDir = mkdtempSync(join(tmpdir(), 'sicremi-browser-'));
  const home = mkdtempSync(join(tmpdir(), 'sicremi-chromium-home-'));
  // The UI does not depend on the store engine: browser tests always use a fresh SQLite store.
  const config = readConfig({
    ...process.env,
    DATABASE_URL: '',
    SICREMI_DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    SICREMI_DEMO: 'true',
    LOG_LEVEL: 'silent',
    // One scripted client browsing at machine speed: not what the public-read limit is for.
    SICREMI_PUBLIC_READS_PER_MINUTE: '0',
    // The demo reviewer signs in with a password only unless a test enrols it in two-factor.
    SICREMI_REQUIRE_2FA: 'false',
    ...options.env,
  });
  const server = await startServer(config, {
    beforeListen: async (store) => {
      await loadDemoIfEmpty(store, () => {});
      await ensureDemoAccounts(store);
    },
  });
  const browser = await chromium
    .launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      env: { ...process.env, HOME: home },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
      // playwright gives every launch a fresh temporary user-data-dir of its own.
    })
    .catch(async (error: unknown) => {
      await server.close();
      throw error;
    });
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return {
    server,
    browser,
    url: server.url,
    async newPage({ width = 1280, height = 900, bypassCSP = false } = {}) {
      const context = await browser.newContext({
        viewport: { width, height },
        acceptDownloads: true,
        bypassCSP,
      });
      const page = await context.newPage();
      return { context, page };
    },
    async screenshot(page, name) {
      await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });
    },
    async close() {
      await browser.close().catch(() => {});
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(home, { recursive: true, force: true });
    },
  };
}
