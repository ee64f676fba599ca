// Member states by name in the reader's language (issue 17: the console speaks people's
// language): the name of an ISO3 code, and country lists typed as names or codes read back.
import type { MemberState } from '../../api/types';
import { useApi } from '../../api/use-api';
import { normalizeText } from '../../components/normalize-text';
import { useLang } from '../../i18n/use-lang';

export interface CountryNames {
  /** "Chile" for CHL; the code itself while the names load or for a code that is not a member. */
  nameOf(iso3: string): string;
  /** "Chile, ARG; perú" → [CHL, ARG, PER]; what matched nothing is returned apart. */
  resolve(text: string): { codes: string[]; unknown: string[] };
}

export function useCountryNames(): CountryNames {
  const lang = useLang();
  const members = useApi<{ members: MemberState[] }>(`/api/framework/members?lang=${lang}`);
  const list = members.state === 'ok' ? members.data.members : [];
  const byCode = new Map(list.map((m) => [m.iso3, m.name]));
  const byName = new Map(list.map((m) => [normalizeText(m.name), m.iso3]));
  return {
    nameOf: (iso3) => byCode.get(iso3) ?? iso3,
    resolve(text) {
      const codes: string[] = [];
      const unknown: string[] = [];
      for (const part of text.split(/[,;\n]+/)) {
        const token = part.trim();
        if (!token) continue;
        const named = byName.get(normalizeText(token));
        if (named) {
          codes.push(named);
          continue;
        }
        for (const word of token.split(/\s+/)) {
          const code = word.toUpperCase();
          if (byCode.has(code) || list.length === 0) codes.push(code);
          else unknown.push(word);
        }
      }
      return { codes: [...new Set(codes)], unknown };
    },
  };
}
