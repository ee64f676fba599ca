// Configuration is read once from the environment into a typed, frozen object.
// Every variable is listed in .env.example and the README.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB_ROOT = fileURLToPath(new URL('../web/', import.meta.url));
const DEFAULT_ANSWER_CACHE_ENTRIES = 2000;

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
  /** Outside any round, the reviewer who accepts may not publish (SICREMI_FOUR_EYES, default off). */
  fourEyes: boolean;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  return Object.freeze({
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.SICREMI_DATA_DIR ?? './data'),
    adminEmail: env.SICREMI_ADMIN_EMAIL || undefined,
    adminPassword: env.SICREMI_ADMIN_PASSWORD || undefined,
    loadDemo: (env.SICREMI_DEMO ?? 'true') !== 'false',
    maxUploadBytes: Number(env.SICREMI_MAX_UPLOAD_MB ?? 100) * 1024 * 1024,
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.SICREMI_MAIL_FROM || 'SICREMI <no-reply@sicremi.invalid>',
    cookieSecure: readCookieSecure(env.SICREMI_COOKIE_SECURE),
    publicUrl: (env.SICREMI_PUBLIC_URL || `http://localhost:${env.PORT ?? 3000}`).replace(/\/$/, ''),
    trustProxy: readTrustProxy(env.SICREMI_TRUST_PROXY),
    webDistDir: env.SICREMI_WEB_DIST ? resolve(WEB_ROOT, env.SICREMI_WEB_DIST) : undefined,
    answerCacheEntries: Number(env.SICREMI_ANSWER_CACHE_ENTRIES ?? DEFAULT_ANSWER_CACHE_ENTRIES),
    fourEyes: env.SICREMI_FOUR_EYES === 'true',
  });
}

/** 'true'/'false', or addresses and CIDR ranges ('loopback', '10.0.0.0/8, ::1'). */
export function readTrustProxy(value: string | undefined): Config['trustProxy'] {
  const text = (value ?? '').trim();
  if (text === '') return 'loopback';
  if (text === 'true') return true;
  if (text === 'false') return false;
  return text;
}

function readCookieSecure(value: string | undefined): Config['cookieSecure'] {
  if (value === 'true') return 'always';
  if (value === 'false') return 'never';
  return 'auto';
}
