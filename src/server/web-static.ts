// Serves the built web application (web/dist). Only the app's own addresses answer with
// index.html — the bookmarkable pages, their sub-paths and the hashed assets — so /api, /sdmx
// and /health are never shadowed and an unknown path still gets the API's JSON 404. The page's
// <html lang> follows ?lang (else Accept-Language), so a shared link is announced in the right
// language before any script runs. Public pages get their <head> filled by the server (title,
// description, schema.org JSON-LD, the release feeds) so crawlers read them without running
// scripts; /embed/* alone may be framed by other sites.
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Lang } from '../framework/types.js';
import { requestLanguage } from './request-language.js';

/** web/dist of this checkout; `webDistDir` in the configuration (SICREMI_WEB_DIST) moves it. */
export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/** Addresses of the single-page application (web/src/app-routes.tsx). */
export const WEB_APP_PATHS = [
  '/',
  '/explore',
  '/countries',
  '/countries/:iso3',
  '/indicators',
  '/indicators/:id',
  '/reports',
  '/reports/:scope',
  '/methodology',
  '/knowledge',
  '/knowledge/:slug',
  '/knowledge/training/*',
  '/knowledge/threads/:id',
  '/workspace',
  '/workspace/*',
  '/console',
  '/console/*',
  '/developers',
  '/tables',
  '/tables/:id',
  '/reset-password',
] as const;

/** Chart pages without the portal's chrome, for other sites' <iframe>s. */
export const EMBED_PATH = '/embed/:view';

/** Files of web/public copied to the root of web/dist. */
// robots.txt is answered by the catalogue routes: it names the sitemap at this server's address.
const ROOT_FILES = ['/favicon.svg'] as const;

const MEDIA_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.md']);

// Scripts and styles come from this origin only; ECharts sets inline styles, data: and blob:
// images serve chart downloads.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

// The same, except that any site may frame the page.
const EMBED_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(
  "frame-ancestors 'none'",
  'frame-ancestors *',
);

/** What the server writes into a page's <head>. */
export interface PageHead {
  title?: string;
  description?: string;
  /** schema.org (or other) JSON-LD objects, each in its own script element. */
  jsonLd?: object[];
  /** Extra <link> elements: [rel, type, href, title]. */
  links?: [string, string, string, string][];
}

export type DescribePage = (request: FastifyRequest) => Promise<PageHead | undefined>;

const escapeHtml = (text: string) =>
  text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

/** JSON inside <script>: no "</script" or "<!--" can close or open anything. */
const scriptJson = (value: object) => JSON.stringify(value).replace(/</g, '\\u003c');

export function fillHead(html: string, head: PageHead): string {
  let out = html;
  if (head.title) out = out.replace(/<title>[^<]*<\/title>/i, `<title>${escapeHtml(head.title)}</title>`);
  if (head.description) {
    const meta = `<meta name="description" content="${escapeHtml(head.description)}" />`;
    out = /<meta name="description"[^>]*>/i.test(out)
      ? out.replace(/<meta name="description"[^>]*>/i, meta)
      : out.replace(/<\/head>/i, `${meta}</head>`);
  }
  const extra = [
    ...(head.links ?? []).map(
      ([rel, type, href, title]) =>
        `<link rel="${rel}" type="${type}" href="${escapeHtml(href)}" title="${escapeHtml(title)}" />`,
    ),
    ...(head.jsonLd ?? []).map((o) => `<script type="application/ld+json">${scriptJson(o)}</script>`),
  ].join('\n    ');
  return extra ? out.replace(/<\/head>/i, `    ${extra}\n  </head>`) : out;
}

const NOT_BUILT: Record<Lang, string> = {
  en: 'The SICREMI web application has not been built yet. Run <code>npm run build:web</code> (npm start does it for you). The API answers under <a href="/api/framework">/api</a>.',
  es: 'La aplicación web de SICREMI aún no se ha compilado. Ejecute <code>npm run build:web</code> (npm start lo hace por usted). La API responde en <a href="/api/framework">/api</a>.',
  fr: 'L’application web de SICREMI n’a pas encore été construite. Lancez <code>npm run build:web</code> (npm start le fait pour vous). L’API répond sous <a href="/api/framework">/api</a>.',
  pt: 'O aplicativo web do SICREMI ainda não foi compilado. Execute <code>npm run build:web</code> (o npm start faz isso por você). A API responde em <a href="/api/framework">/api</a>.',
};

export interface WebStaticOptions {
  /** The built application; defaults to web/dist of this checkout. */
  distDir?: string;
  /** The <head> of a page, filled by the server; none by default. */
  describePage?: DescribePage;
}

interface CachedFile {
  mtimeMs: number;
  body: Buffer;
  gzipped?: Buffer;
}

export function registerWebStatic(app: FastifyInstance, options: WebStaticOptions = {}): void {
  const distDir = resolve(options.distDir ?? DEFAULT_WEB_DIST);
  const cache = new Map<string, CachedFile>();

  async function readCached(path: string): Promise<CachedFile | undefined> {
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile()) return undefined;
    const hit = cache.get(path);
    if (hit && hit.mtimeMs === info.mtimeMs) return hit;
    const file = { mtimeMs: info.mtimeMs, body: await readFile(path) };
    cache.set(path, file);
    return file;
  }

  async function sendFile(request: FastifyRequest, reply: FastifyReply, path: string, immutable: boolean) {
    const file = await readCached(path);
    if (!file) return undefined;
    const extension = extname(path);
    reply.header('content-type', MEDIA_TYPES[extension] ?? 'application/octet-stream');
    reply.header('x-content-type-options', 'nosniff');
    reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=3600');
    return sendMaybeCompressed(request, reply, file, COMPRESSIBLE.has(extension));
  }

  async function sendPage(request: FastifyRequest, reply: FastifyReply, embed = false) {
    const lang = requestLanguage(request);
    const index = await readCached(resolve(distDir, 'index.html'));
    reply.header('vary', 'Accept-Language');
    reply.header('cache-control', 'no-cache');
    reply.header('content-security-policy', embed ? EMBED_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.type('text/html; charset=utf-8');
    if (!index) {
      return reply
        .code(503)
        .send(
          `<!doctype html><html lang="${lang}"><meta charset="utf-8"><title>SICREMI</title><p>${NOT_BUILT[lang]}</p></html>`,
        );
    }
    let html = index.body.toString('utf8').replace(/<html lang="[a-z-]*"/i, `<html lang="${lang}"`);
    const head = await options.describePage?.(request);
    if (head) html = fillHead(html, head);
    return sendMaybeCompressed(request, reply, { mtimeMs: 0, body: Buffer.from(html) }, true);
  }

  for (const path of WEB_APP_PATHS) app.get(path, (request, reply) => sendPage(request, reply));
  app.get(EMBED_PATH, (request, reply) => sendPage(request, reply, true));

  app.get('/assets/*', async (request, reply) => {
    const relative = (request.params as { '*': string })['*'];
    const assetsDir = resolve(distDir, 'assets');
    const path = resolve(assetsDir, relative);
    if (!path.startsWith(assetsDir + sep)) return reply.callNotFound();
    return (await sendFile(request, reply, path, true)) ?? reply.callNotFound();
  });

  for (const file of ROOT_FILES) {
    app.get(file, async (request, reply) => {
      return (await sendFile(request, reply, resolve(distDir, file.slice(1)), false)) ?? reply.callNotFound();
    });
  }
}

function sendMaybeCompressed(
  request: FastifyRequest,
  reply: FastifyReply,
  file: CachedFile,
  compressible: boolean,
) {
  reply.header(
    'vary',
    reply.getHeader('vary') ? `${reply.getHeader('vary')}, Accept-Encoding` : 'Accept-Encoding',
  );
  const accepts = String(request.headers['accept-encoding'] ?? '').includes('gzip');
  if (!compressible || !accepts || file.body.length < 1024) return reply.send(file.body);
  file.gzipped ??= gzipSync(file.body);
  reply.header('content-encoding', 'gzip');
  return reply.send(file.gzipped);
}
