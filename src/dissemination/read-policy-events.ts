// The one public read of policy events: published events only, as they stood at `at` (events
// published by then, translations added by then), in the reader's language when a reviewed
// translation exists, else in the original with "original in …". The route, the reports and the
// portal all read through here, so an unpublished event cannot reach a public output.

import type { Kysely } from 'kysely';
import { getCodelist, isLang } from '../framework/index.js';
import { label } from '../framework/labels.js';
import type { Lang } from '../framework/types.js';
import {
  listPolicyEvents,
  listPolicyEventTranslations,
  type PolicyEventRecord,
  type PolicySource,
} from '../store/repositories/policy-events.js';
import type { Database } from '../store/schema.js';
import { describeOriginalLanguage } from './policy-texts.js';

export interface PublicPolicyEvent {
  id: number;
  country: string;
  type: string;
  typeName: string;
  date: string;
  endDate: string | null;
  /** Title and summary in `lang`. */
  title: string;
  summary: string;
  lang: Lang;
  /** True when the text is a reviewed translation into the reader's language. */
  translated: boolean;
  /** "original in Spanish" when the text is shown in its original, unlike the reader's language. */
  originalNote: string | null;
  original: { lang: string; title: string; summary: string };
  tables: string[];
  programme: string | null;
  programmeName: string | null;
  source: PolicySource;
  publishedAt: string;
}

export interface PolicyEventRequest {
  countries?: readonly string[];
  type?: string;
  /** YYYY-MM-DD bounds of the period the events must touch. */
  from?: string;
  to?: string;
  /** Visibility time: events and translations as the public saw them then. */
  at: string;
  lang: Lang;
  /** Only the events affecting this table. */
  table?: string;
}

function codeName(codelist: string, id: string | null, lang: Lang): string | null {
  if (!id) return null;
  const found = getCodelist(codelist)?.codes.find((c) => c.id === id);
  return found ? label(found.labels, lang) : id;
}

export async function readPublishedPolicyEvents(
  db: Kysely<Database>,
  request: PolicyEventRequest,
): Promise<PublicPolicyEvent[]> {
  const events = (
    await listPolicyEvents(db, {
      ...(request.countries ? { countries: request.countries } : {}),
      ...(request.type ? { type: request.type } : {}),
      ...(request.from ? { from: request.from } : {}),
      ...(request.to ? { to: request.to } : {}),
      publishedBy: request.at,
    })
  ).filter((e) => !request.table || e.tables.includes(request.table));
  const translations = await listPolicyEventTranslations(
    db,
    events.map((e) => e.id),
    request.at,
  );
  const byEvent = new Map(translations.filter((t) => t.lang === request.lang).map((t) => [t.eventId, t]));
  return events.map((e) => present(e, byEvent.get(e.id), request.lang));
}

function present(
  e: PolicyEventRecord,
  translation: { title: string; summary: string } | undefined,
  lang: Lang,
): PublicPolicyEvent {
  const original = isLang(e.lang) ? e.lang : 'en';
  const inOriginal = !translation || original === lang;
  return {
    id: e.id,
    country: e.country,
    type: e.type,
    typeName: codeName('CL_POLICY_TYPE', e.type, lang) ?? e.type,
    date: e.date,
    endDate: e.endDate,
    title: inOriginal ? e.title : translation.title,
    summary: inOriginal ? e.summary : translation.summary,
    lang: inOriginal ? original : lang,
    translated: !inOriginal,
    originalNote: inOriginal && original !== lang ? describeOriginalLanguage(original, lang) : null,
    original: { lang: e.lang, title: e.title, summary: e.summary },
    tables: e.tables,
    programme: e.programme,
    programmeName: codeName('CL_REG_PROGRAMME', e.programme, lang),
    source: e.source,
    publishedAt: e.publishedAt ?? '',
  };
}
