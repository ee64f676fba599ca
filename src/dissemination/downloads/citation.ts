// What a download says about itself so it can be cited: title, source (from the releases it
// draws on), release ids, a citation, the licence, when it was retrieved and the query URL.
import { label } from '../../framework/index.js';
import type { Lang, TableDef } from '../../framework/types.js';
import type { ReleaseInfo } from '../../store/repositories/release-queries.js';

export interface Citation {
  title: string;
  source: string;
  releases: string;
  citation: string;
  licence: string;
  retrieved: string;
  query: string;
  disclosure: string;
}

const ABOUT_LABELS: Record<keyof Citation, Record<Lang, string>> = {
  title: { en: 'Title', es: 'Título', fr: 'Titre', pt: 'Título' },
  source: { en: 'Source', es: 'Fuente', fr: 'Source', pt: 'Fonte' },
  releases: { en: 'Releases', es: 'Publicaciones', fr: 'Diffusions', pt: 'Publicações' },
  citation: { en: 'Citation', es: 'Cita', fr: 'Citation', pt: 'Citação' },
  licence: { en: 'Licence', es: 'Licencia', fr: 'Licence', pt: 'Licença' },
  retrieved: { en: 'Retrieved', es: 'Consultado', fr: 'Consulté', pt: 'Consultado' },
  query: { en: 'Query URL', es: 'URL de la consulta', fr: 'URL de la requête', pt: 'URL da consulta' },
  disclosure: {
    en: 'Disclosure control',
    es: 'Control de divulgación',
    fr: 'Contrôle de la divulgation',
    pt: 'Controle de divulgação',
  },
};

const DISCLOSURE_NOTE: Record<'public' | 'restricted', Record<Lang, string>> = {
  public: {
    en: 'Confidential cells and the cells suppressed to protect them have no value (OBS_STATUS Q); CONF_STATUS says why.',
    es: 'Las celdas confidenciales y las suprimidas para protegerlas no tienen valor (OBS_STATUS Q); CONF_STATUS indica el motivo.',
    fr: 'Les cellules confidentielles et celles masquées pour les protéger sont sans valeur (OBS_STATUS Q) ; CONF_STATUS en donne la raison.',
    pt: 'As células confidenciais e as suprimidas para protegê-las não têm valor (OBS_STATUS Q); CONF_STATUS indica o motivo.',
  },
  restricted: {
    en: 'RESTRICTED: unsuppressed figures for authorised users; do not redistribute.',
    es: 'RESTRINGIDO: cifras sin supresión para usuarios autorizados; no redistribuir.',
    fr: 'RESTREINT : chiffres non masqués pour utilisateurs autorisés ; ne pas rediffuser.',
    pt: 'RESTRITO: números sem supressão para usuários autorizados; não redistribuir.',
  },
};

export function aboutLabel(field: keyof Citation, lang: Lang): string {
  return ABOUT_LABELS[field][lang];
}

function unique(values: (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => Boolean(v)))];
}

export function buildCitation(
  table: TableDef,
  releases: readonly ReleaseInfo[],
  lang: Lang,
  query: string,
  restricted: boolean,
  retrieved = new Date().toISOString(),
): Citation {
  const title = `SICREMI — ${label(table.names, lang)}`;
  const sources = unique(
    releases.map((r) => [r.source.publisher, r.source.table ?? r.source.edition].filter(Boolean).join(', ')),
  );
  const ids = releases.map((r) => `${r.id} (${r.publishedAt.slice(0, 10)})`);
  const licences = unique(
    releases.map((r) => (typeof r.source.licence === 'string' ? r.source.licence : undefined)),
  );
  const citations = unique(releases.map((r) => r.source.citation));
  const year = retrieved.slice(0, 4);
  return {
    title,
    source: sources.join('; ') || 'Organization of American States (OAS), SICREMI',
    releases: ids.join(', '),
    citation:
      citations.join('; ') ||
      `Organization of American States (${year}). ${title}, releases ${releases.map((r) => r.id).join(', ')}. SICREMI. ${query}`,
    licence: licences.join('; ') || 'Not stated by the source',
    retrieved,
    query,
    disclosure: DISCLOSURE_NOTE[restricted ? 'restricted' : 'public'][lang],
  };
}
