// The <head> the server writes into the public pages (web-static.ts): a title and description in
// the reader's language, schema.org Dataset JSON-LD on each table page and each country page —
// read by search engines from the HTML as sent — and, on every page, the release feeds.
import type { FastifyRequest } from 'fastify';
import { readCatalog } from '../dissemination/catalog/read-catalog.js';
import { countryDataset, tableDataset } from '../dissemination/catalog/schema-datasets.js';
import { CL_SOURCE_TYPE } from '../framework/codelists/metadata.js';
import { getCountry, getTable, label, MEMBER_STATES } from '../framework/index.js';
import type { Lang } from '../framework/types.js';
import type { Store } from '../store/store.js';
import { readPublishedMetadata } from '../workflow/source-metadata/read-published-metadata.js';
import { requestLanguage } from './request-language.js';
import { requestOrigin } from './routes/send-public-text.js';
import type { DescribePage, PageHead } from './web-static.js';

const FEED_TITLE: Record<Lang, string> = {
  en: 'SICREMI releases',
  es: 'Publicaciones de SICREMI',
  fr: 'Diffusions de SICREMI',
  pt: 'Publicações do SICREMI',
};
const CRITERION: Record<string, Record<Lang, string>> = {
  BIRTH: {
    en: 'country of birth',
    es: 'país de nacimiento',
    fr: 'pays de naissance',
    pt: 'país de nascimento',
  },
  CITIZENSHIP: { en: 'citizenship', es: 'ciudadanía', fr: 'nationalité', pt: 'cidadania' },
};

function feedLinks(origin: string, lang: Lang, country?: string): NonNullable<PageHead['links']> {
  const links: NonNullable<PageHead['links']> = [
    ['alternate', 'application/atom+xml', `${origin}/feeds/releases.atom?lang=${lang}`, FEED_TITLE[lang]],
  ];
  if (country) {
    const name = label(getCountry(country)!.names, lang);
    links.push([
      'alternate',
      'application/atom+xml',
      `${origin}/feeds/releases.atom?lang=${lang}&country=${country}`,
      `${FEED_TITLE[lang]} — ${name}`,
    ]);
  }
  return links;
}

/** One line per published source: "Table (edition): source, type; migrants by …". */
async function sourceLines(store: Store, iso3: string, lang: Lang): Promise<string[]> {
  const sources = await readPublishedMetadata(store, iso3);
  return sources.map((s) => {
    const table = getTable(s.table);
    const type = CL_SOURCE_TYPE.codes.find((c) => c.id === s.sourceType);
    const parts = [
      `${table ? label(table.names, lang) : s.table} (${s.edition})`,
      [s.institution, s.sourceName, type ? label(type.labels, lang) : ''].filter(Boolean).join(', '),
      CRITERION[String(s.migrantCriterion)]?.[lang] ?? '',
    ].filter(Boolean);
    return parts.join(': ');
  });
}

export function describePublicPage(store: Store): DescribePage {
  return async (request: FastifyRequest) => {
    const lang = requestLanguage(request);
    const origin = requestOrigin(request);
    const params = request.params as Record<string, string | undefined>;
    const route = request.routeOptions.url;
    if (route === '/tables/:id') {
      const table = getTable((params.id ?? '').toUpperCase());
      if (!table) return { links: feedLinks(origin, lang) };
      const catalog = await readCatalog(store, origin, lang);
      const entry = catalog.tables.find((t) => t.id === table.id)!;
      return {
        title: `${entry.name} — SICREMI`,
        description: entry.description,
        jsonLd: [tableDataset(entry, lang)],
        links: feedLinks(origin, lang),
      };
    }
    if (route === '/countries/:iso3') {
      const iso3 = (params.iso3 ?? '').toUpperCase();
      if (!MEMBER_STATES.includes(iso3)) return { links: feedLinks(origin, lang) };
      const catalog = await readCatalog(store, origin, lang);
      const techniques = await sourceLines(store, iso3, lang);
      const dataset = countryDataset(catalog, origin, iso3, lang, { techniques });
      return {
        title: `${label(getCountry(iso3)!.names, lang)} — SICREMI`,
        description: dataset.description,
        jsonLd: [dataset],
        links: feedLinks(origin, lang, iso3),
      };
    }
    return { links: feedLinks(origin, lang) };
  };
}
