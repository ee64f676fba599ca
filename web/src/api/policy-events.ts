// Published policy events (GET /api/policy-events): the shapes the portal reads and a hook that
// loads a country's events in the reader's language. Only published events ever come from here.
import { useLang } from '../i18n/use-lang';
import { useApi } from './use-api';

export interface PolicySource {
  publisher: string;
  title: string;
  date: string | null;
  url: string | null;
}

export interface PublicPolicyEvent {
  id: number;
  country: string;
  type: string;
  typeName: string;
  date: string;
  endDate: string | null;
  title: string;
  summary: string;
  lang: string;
  translated: boolean;
  /** "original in Spanish" when shown in a language other than the reader's. */
  originalNote: string | null;
  tables: string[];
  programme: string | null;
  programmeName: string | null;
  source: PolicySource;
  publishedAt: string;
}

const NONE: PublicPolicyEvent[] = [];

/** The country's published events (none while loading, on error, or without a country). */
export function usePolicyEvents(country: string | null): PublicPolicyEvent[] {
  const lang = useLang();
  const result = useApi<{ events: PublicPolicyEvent[] }>(
    country ? `/api/policy-events?country=${encodeURIComponent(country)}&lang=${lang}` : null,
  );
  return result.state === 'ok' ? result.data.events : NONE;
}

/** The events that may move this table's series. */
export function eventsOfTables(
  events: readonly PublicPolicyEvent[],
  tables: readonly string[],
): PublicPolicyEvent[] {
  return events.filter((e) => e.tables.some((t) => tables.includes(t)));
}
