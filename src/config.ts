// Configuration is read once from the environment into a typed, frozen object.
// Every variable is listed in .env.example and the README. Each setting is one line of SETTINGS:
// its variable and a zod schema; every value is checked at start, and a bad one stops the process
// with a message naming the variable (a mistyped number must not silently become NaN).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const WEB_ROOT = fileURLToPath(new URL('../web/', import.meta.url));

export interface Config {
  port: number;
  host: string;
  /** PostgreSQL connection string; when absent SICREMI uses the embedded SQLite store. */
  databaseUrl: string | undefined;
  /** Where the SQLite file and the original submitted files live. */
  dataDir: string;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  /** Load the demo data (real published figures) when the store is empty. */
  loadDemo: boolean;
  /** Largest accepted upload, in bytes. */
  maxUploadBytes: number;
  logLevel: string;
  /** SMTP server for outgoing mail (smtp://user:pass@host:587); when absent mail goes to the outbox table. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Session cookies carry Secure: 'auto' when the request came over HTTPS (behind a proxy too). */
  cookieSecure: 'auto' | 'always' | 'never';
  /** Base URL of the web application, for links in mail (password reset). */
  publicUrl: string;
  /**
   * Which peers may set X-Forwarded-For/-Proto (Fastify's trustProxy): by default only a proxy
   * on this host, so a client cannot pick its own address to dodge the login rate limit.
   */
  trustProxy: boolean | string;
  /** The built web application, when not web/dist (SICREMI_WEB_DIST, relative to web/). */
  webDistDir: string | undefined;
  /** Public answers kept in memory per store (SICREMI_ANSWER_CACHE_ENTRIES; 0 turns it off). */
  answerCacheEntries: number;
  /** A PostgreSQL read replica for public reads (DATABASE_READ_URL); only with DATABASE_URL. */
  databaseReadUrl: string | undefined;
  /**
   * A directory every process shares (SICREMI_FILES_DIR) for original files; without it they are
   * kept in PostgreSQL when DATABASE_URL is set, else under the data directory.
   */
  filesDir: string | undefined;
  /** Bearer token that opens /metrics to other hosts than this one (SICREMI_METRICS_TOKEN). */
  metricsToken: string | undefined;
  /**
   * Public reads that miss the answer cache, per client address and minute
   * (SICREMI_PUBLIC_READS_PER_MINUTE; 0 turns the limit off), and how many may come at once
   * (SICREMI_PUBLIC_READ_BURST).
   */
  publicReadsPerMinute: number;
  publicReadBurst: number;
  /**
   * Reviewers and admins must sign in with a second factor (SICREMI_REQUIRE_2FA): by default
   * on with PostgreSQL (a production store), off with the embedded SQLite store.
   */
  requireTwoFactor: boolean;
  /** Outside any round, the reviewer who accepts may not publish (SICREMI_FOUR_EYES, default off). */
  fourEyes: boolean;
}

type Env = NodeJS.ProcessEnv;

interface Setting<T> {
  variable: string;
  /** Reads the raw value (undefined when unset or empty); throws a ZodError when it is invalid. */
  read(raw: string | undefined, env: Env): T;
}

/** A setting read by `schema` from `variable`, then shaped by `derive` (defaults that depend on others). */
function setting<S extends z.ZodType, T = z.output<S>>(
  variable: string,
  schema: S,
  derive?: (value: z.output<S>, env: Env) => T,
): Setting<T> {
  return {
    variable,
    read(raw, env) {
      const value = schema.parse(raw);
      return derive ? derive(value, env) : (value as unknown as T);
    },
  };
}

const text = z.string();
const optionalText = text.optional();
const wholeNumber = (min: number, max: number) =>
  z.coerce
    .number({ error: 'expected a number' })
    .int({ error: 'expected a whole number' })
    .min(min, { error: `expected at least ${min}` })
    .max(max, { error: `expected at most ${max}` });
const boolean = z.enum(['true', 'false'], { error: 'expected true or false' });
const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\//, { error: 'expected a postgres:// connection string' })
  .optional();
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const SETTINGS: { [K in keyof Config]: Setting<Config[K]> } = {
  port: setting('PORT', wholeNumber(0, 65535).default(3000)),
  // Loopback unless told otherwise: behind a reverse proxy on another host, set HOST=0.0.0.0.
  host: setting('HOST', text.default('127.0.0.1')),
  databaseUrl: setting('DATABASE_URL', postgresUrl),
  dataDir: setting('SICREMI_DATA_DIR', text.default('./data'), (value) => resolve(value)),
  adminEmail: setting('SICREMI_ADMIN_EMAIL', optionalText),
  adminPassword: setting('SICREMI_ADMIN_PASSWORD', optionalText),
  loadDemo: setting('SICREMI_DEMO', boolean.default('true'), (value) => value === 'true'),
  maxUploadBytes: setting(
    'SICREMI_MAX_UPLOAD_MB',
    wholeNumber(1, 100_000).default(100),
    (mb) => mb * 1024 * 1024,
  ),
  logLevel: setting(
    'LOG_LEVEL',
    z.enum(LOG_LEVELS).optional(),
    (value, env) => value ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
  ),
  smtpUrl: setting(
    'SMTP_URL',
    z.url({ error: 'expected a URL such as smtp://user:pass@host:587' }).optional(),
  ),
  mailFrom: setting('SICREMI_MAIL_FROM', text.default('SICREMI <no-reply@sicremi.invalid>')),
  cookieSecure: setting(
    'SICREMI_COOKIE_SECURE',
    z.enum(['auto', 'true', 'false']).default('auto'),
    (value) => (value === 'true' ? 'always' : value === 'false' ? 'never' : 'auto'),
  ),
  publicUrl: setting('SICREMI_PUBLIC_URL', z.url({ error: 'expected a URL' }).optional(), (value, env) =>
    (value ?? `http://localhost:${env.PORT || 3000}`).replace(/\/$/, ''),
  ),
  trustProxy: setting('SICREMI_TRUST_PROXY', optionalText, (value) => readTrustProxy(value)),
  webDistDir: setting('SICREMI_WEB_DIST', optionalText, (value) =>
    value ? resolve(WEB_ROOT, value) : undefined,
  ),
  answerCacheEntries: setting('SICREMI_ANSWER_CACHE_ENTRIES', wholeNumber(0, 10_000_000).default(2000)),
  databaseReadUrl: setting('DATABASE_READ_URL', postgresUrl),
  filesDir: setting('SICREMI_FILES_DIR', optionalText, (value) => (value ? resolve(value) : undefined)),
  metricsToken: setting('SICREMI_METRICS_TOKEN', optionalText),
  publicReadsPerMinute: setting('SICREMI_PUBLIC_READS_PER_MINUTE', wholeNumber(0, 1_000_000).default(600)),
  publicReadBurst: setting('SICREMI_PUBLIC_READ_BURST', wholeNumber(1, 1_000_000).default(120)),
  requireTwoFactor: setting('SICREMI_REQUIRE_2FA', boolean.optional(), (value, env) =>
    value === undefined ? Boolean(env.DATABASE_URL) : value === 'true',
  ),
  fourEyes: setting('SICREMI_FOUR_EYES', boolean.default('false'), (value) => value === 'true'),
};

/** A setting that does not parse, named by its variable. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly { variable: string; message: string }[]) {
    super(`invalid configuration: ${problems.map((p) => `${p.variable}: ${p.message}`).join('; ')}`);
    this.name = 'ConfigError';
  }
}

/** Every setting, checked; throws one ConfigError naming every bad variable. */
export function readConfig(env: Env = process.env): Readonly<Config> {
  const problems: { variable: string; message: string }[] = [];
  const config: Record<string, unknown> = {};
  for (const [key, { variable, read }] of Object.entries(SETTINGS) as [string, Setting<unknown>][]) {
    const raw = env[variable];
    try {
      config[key] = read(raw === '' ? undefined : raw, env);
    } catch (error) {
      const message = error instanceof z.ZodError ? (error.issues[0]?.message ?? 'invalid') : String(error);
      problems.push({ variable, message: `${message} (got ${JSON.stringify(raw)})` });
    }
  }
  if (config.databaseReadUrl && !config.databaseUrl) {
    problems.push({ variable: 'DATABASE_READ_URL', message: 'a read replica needs DATABASE_URL too' });
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(config as unknown as Config);
}

/** Reads `.env` in the working directory into process.env; variables already set win. */
export function loadEnvFile(path = '.env'): boolean {
  if (!existsSync(path)) return false;
  process.loadEnvFile(path);
  return true;
}

/** 'true'/'false', or addresses and CIDR ranges ('loopback', '10.0.0.0/8, ::1'). */
export function readTrustProxy(value: string | undefined): Config['trustProxy'] {
  const text = (value ?? '').trim();
  if (text === '') return 'loopback';
  if (text === 'true') return true;
  if (text === 'false') return false;
  return text;
}
