// The catalogue and what crawlers read: GET /api/catalog (JSON), GET /catalog.jsonld (DCAT-AP),
// GET /sitemap.xml (every public page, tables with their last release) and GET /robots.txt
// (what not to crawl, and where the sitemap is).
import type { FastifyInstance } from 'fastify';
import { buildDcatCatalog } from '../../dissemination/catalog/dcat-catalog.js';
import { readCatalog } from '../../dissemination/catalog/read-catalog.js';
import { INDICATORS, MEMBER_STATES } from '../../framework/index.js';
import type { Store } from '../../store/store.js';
import { requestLanguage } from '../request-language.js';
import { JSON_TYPE } from './data.js';
import { requestOrigin, sendPublicText } from './send-public-text.js';

const STATIC_PAGES = [
  '/',
  '/explore',
  '/tables',
  '/countries',
  '/indicators',
  '/reports',
  '/methodology',
  '/knowledge',
];

const escapeXml = (text: string) =>
  text.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!,
  );

export function registerCatalogRoutes(app: FastifyInstance, store: Store): void {
  app.get('/api/catalog', async (request, reply) => {
    const catalog = await readCatalog(store, requestOrigin(request), requestLanguage(request));
    return sendPublicText(request, reply, JSON_TYPE, JSON.stringify(catalog));
  });

  app.get('/catalog.jsonld', async (request, reply) => {
    const origin = requestOrigin(request);
    const catalog = await readCatalog(store, origin, 'en');
    const body = JSON.stringify(buildDcatCatalog(origin, catalog));
    return sendPublicText(request, reply, 'application/ld+json; charset=utf-8', body, 'Accept-Encoding');
  });

  app.get('/sitemap.xml', async (request, reply) => {
    const origin = requestOrigin(request);
    const catalog = await readCatalog(store, origin, 'en');
    const urls: { loc: string; lastmod?: string | null }[] = [
      ...STATIC_PAGES.map((path) => ({ loc: `${origin}${path}` })),
      ...catalog.tables.map((t) => ({ loc: t.url, lastmod: t.modified })),
      ...MEMBER_STATES.map((iso3) => ({ loc: `${origin}/countries/${iso3}` })),
      ...INDICATORS.map((i) => ({ loc: `${origin}/indicators/${i.id}` })),
      { loc: `${origin}/catalog.jsonld` },
    ];
    const body = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      ...urls.map(
        (u) =>
          `  <url><loc>${escapeXml(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod.slice(0, 10)}</lastmod>` : ''}</url>`,
      ),
      '</urlset>',
      '',
    ].join('\n');
    return sendPublicText(request, reply, 'application/xml; charset=utf-8', body, 'Accept-Encoding');
  });

  app.get('/robots.txt', async (request, reply) => {
    const body = [
      'User-agent: *',
      'Disallow: /workspace',
      'Disallow: /console',
      'Disallow: /api/restricted/',
      'Disallow: /api/auth/',
      'Allow: /',
      '',
      `Sitemap: ${requestOrigin(request)}/sitemap.xml`,
      '',
    ].join('\n');
    return sendPublicText(request, reply, 'text/plain; charset=utf-8', body, 'Accept-Encoding');
  });
}
