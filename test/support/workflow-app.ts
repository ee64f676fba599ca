// The real app over a fresh test store (SQLite, or a PostgreSQL schema when DATABASE_URL is
// set), with the demo accounts, a mail transport that keeps what it sends, and clients that
// sign in as each demo account (cookie session + CSRF token) or call anonymously.
import type { FastifyInstance, InjectOptions, LightMyRequestResponse, RouteOptions } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { prepareStore } from '../../src/store/prepare-store.js';
import { DEMO_ACCOUNTS, ensureDemoAccounts } from '../../src/workflow/demo-accounts.js';
import type { MailMessage } from '../../src/workflow/mail/mail-transport.js';
import type { Mailer } from '../../src/workflow/mail/send-mail.js';
import type { SubmissionImporter } from '../../src/workflow/submissions/upload-submission.js';
import { createTestStore, type TestStore } from './test-store.js';

export type DemoRole = 'admin' | 'reviewer' | 'chl' | 'arg';

export interface Client {
  /** What this client sends with every request (cookie and CSRF token, or bearer token). */
  headers: Record<string, string>;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
}

export interface WorkflowApp {
  app: FastifyInstance;
  testStore: TestStore;
  sent: MailMessage[];
  as(role: DemoRole): Promise<Client>;
  anonymous: Client;
  close(): Promise<void>;
}

const EMAILS: Record<DemoRole, string> = {
  admin: 'admin@demo.sicremi.org',
  reviewer: 'reviewer@demo.sicremi.org',
  chl: 'chl@demo.sicremi.org',
  arg: 'arg@demo.sicremi.org',
};

export async function startWorkflowApp(
  options: {
    importer?: SubmissionImporter;
    onRoute?: (route: RouteOptions) => void;
    requireTwoFactor?: boolean;
    fourEyes?: boolean;
  } = {},
): Promise<WorkflowApp> {
  const testStore = await createTestStore();
  await prepareStore(testStore.store);
  await ensureDemoAccounts(testStore.store);
  const sent: MailMessage[] = [];
  const mailer: Mailer = {
    from: 'test@sicremi.invalid',
    transport: { name: 'test', deliver: async (_from, message) => void sent.push(message) },
  };
  const app = await buildApp({
    store: testStore.store,
    config: {
      logLevel: 'silent',
      maxUploadBytes: 1024 * 1024,
      dataDir: testStore.dataDir,
      cookieSecure: 'never',
      // The demo reviewer and admin sign in with a password only (SICREMI_REQUIRE_2FA=false);
      // test/workflow-two-factor.test.ts turns the requirement on.
      requireTwoFactor: options.requireTwoFactor ?? false,
      // Outside rounds one reviewer may accept and publish, unless a test asks for four eyes.
      fourEyes: options.fourEyes ?? false,
    },
    workflow: { mailer, ...(options.importer ? { importer: options.importer } : {}) },
    ...(options.onRoute ? { onRoute: options.onRoute } : {}),
  });
  const clients = new Map<DemoRole, Client>();
  return {
    app,
    testStore,
    sent,
    anonymous: makeClient(app, {}),
    async as(role) {
      const known = clients.get(role);
      if (known) return known;
      const account = DEMO_ACCOUNTS.find((a) => a.email === EMAILS[role])!;
      const client = await signIn(app, account.email, account.password);
      clients.set(role, client);
      return client;
    },
    async close() {
      await app.close();
      await testStore.cleanup();
    },
  };
}

export async function signIn(app: FastifyInstance, email: string, password: string): Promise<Client> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`login ${email}: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'sicremi_session');
  const { csrfToken } = response.json() as { csrfToken: string };
  return makeClient(app, { cookie: `sicremi_session=${cookie?.value}`, 'x-csrf-token': csrfToken });
}

export function makeClient(app: FastifyInstance, headers: Record<string, string>): Client {
  const request = (options: InjectOptions) =>
    app.inject({ ...options, headers: { ...headers, ...(options.headers ?? {}) } });
  return {
    headers,
    request,
    get: (url) => request({ method: 'GET', url }),
    post: (url, body) =>
      request({ method: 'POST', url, ...(body === undefined ? {} : { payload: body as object }) }),
    put: (url, body) => request({ method: 'PUT', url, payload: (body ?? {}) as object }),
  };
}
