// The Atom feed of releases (RFC 4287): one entry per public release, newest first, in the
// reader's language, linking to the table's page, the release's data and what it revised.
// Optionally only the releases that carry figures of one country.
import { getCountry, getTable, label } from '../../framework/index.js';
import type { Lang } from '../../framework/types.js';
import type { ReleaseInfo } from '../../store/repositories/release-queries.js';

const TEXTS = {
  title: {
    en: 'SICREMI — new releases',
    es: 'SICREMI — nuevas publicaciones',
    fr: 'SICREMI — nouvelles diffusions',
    pt: 'SICREMI — novas publicações',
  },
  release: { en: 'release', es: 'publicación', fr: 'diffusion', pt: 'publicação' },
  figures: {
    en: '{n} figures for {countries}.',
    es: '{n} cifras para {countries}.',
    fr: '{n} chiffres pour {countries}.',
    pt: '{n} números para {countries}.',
  },
  source: { en: 'Source', es: 'Fuente', fr: 'Source', pt: 'Fonte' },
  data: { en: 'Data', es: 'Datos', fr: 'Données', pt: 'Dados' },
  revisions: { en: 'Revisions', es: 'Revisiones', fr: 'Révisions', pt: 'Revisões' },
} as const;

const escapeXml = (text: string) =>
  text.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!,
  );

export interface FeedOptions {
  origin: string;
  lang: Lang;
  country?: string;
  /** The feed's own address, as requested. */
  self: string;
  updated: string;
}

export function writeReleasesAtom(
  releases: readonly ReleaseInfo[],
  countriesOf: ReadonlyMap<number, readonly string[]>,
  options: FeedOptions,
): string {
  const { origin, lang } = options;
  const countryName = (iso3: string) => {
    const c = getCountry(iso3);
    return c ? label(c.names, lang) : iso3;
  };
  const title = options.country
    ? `${TEXTS.title[lang]} — ${countryName(options.country)}`
    : TEXTS.title[lang];
  const entries = releases.map((r) => {
    const table = getTable(r.table);
    const tableName = table ? label(table.names, lang) : r.table;
    const countries = (countriesOf.get(r.id) ?? []).map(countryName);
    const source = [r.source.publisher, r.source.edition].filter(Boolean).join(', ');
    const data = `${origin}/api/data/${r.table}?release=${r.id}&lang=${lang}`;
    const revisions = `${origin}/api/releases/${r.id}/revisions?lang=${lang}`;
    const summary = [
      TEXTS.figures[lang]
        .replace('{n}', r.observationCount.toLocaleString(lang))
        .replace('{countries}', countries.join(', ') || '—'),
      source ? `${TEXTS.source[lang]}: ${source}.` : '',
      r.notes ?? '',
    ]
      .filter(Boolean)
      .join(' ');
    return [
      '  <entry>',
      `    <id>${escapeXml(`${origin}/api/data/${r.table}?release=${r.id}`)}</id>`,
      `    <title>${escapeXml(`${tableName} — ${TEXTS.release[lang]} ${r.id}`)}</title>`,
      `    <updated>${r.publishedAt}</updated>`,
      `    <published>${r.publishedAt}</published>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(`${origin}/tables/${r.table}?lang=${lang}`)}"/>`,
      `    <link rel="related" type="application/json" title="${TEXTS.data[lang]}" href="${escapeXml(data)}"/>`,
      `    <link rel="related" type="application/json" title="${TEXTS.revisions[lang]}" href="${escapeXml(revisions)}"/>`,
      ...countries.map(
        (_, i) =>
          `    <category term="${escapeXml(countriesOf.get(r.id)![i]!)}" label="${escapeXml(countries[i]!)}"/>`,
      ),
      `    <category term="${escapeXml(r.table)}" label="${escapeXml(tableName)}"/>`,
      `    <summary type="text">${escapeXml(summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
    `  <id>${escapeXml(`${origin}/feeds/releases.atom${options.country ? `?country=${options.country}` : ''}`)}</id>`,
    `  <title>${escapeXml(title)}</title>`,
    `  <updated>${options.updated}</updated>`,
    '  <author><name>Organization of American States (OAS) — SICREMI</name><uri>https://www.oas.org/</uri></author>',
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(options.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(`${origin}/?lang=${lang}`)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
