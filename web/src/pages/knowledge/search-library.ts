// Library search: every word of the query must occur (accent- and case-insensitively) in the
// title, summary or text; titles weigh more. Returns a snippet around the first hit.
import { normalizeText } from '../../components/normalize-text';
import type { LibraryEntry } from './knowledge-library';

export interface SearchHit {
  entry: LibraryEntry;
  score: number;
  snippet: string;
}

export function searchLibrary(entries: readonly LibraryEntry[], query: string): SearchHit[] {
  const words = normalizeText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0)
    return entries.map((entry) => ({ entry, score: 0, snippet: entry.document.summary }));
  return entries
    .flatMap((entry) => {
      const title = normalizeText(entry.document.title);
      const summary = normalizeText(entry.document.summary);
      const original = entry.document.text.replace(/\s+/g, ' ').trim();
      const text = normalizeText(original);
      if (!words.every((w) => title.includes(w) || summary.includes(w) || text.includes(w))) return [];
      const score = words.reduce(
        (s, w) => s + (title.includes(w) ? 5 : 0) + (summary.includes(w) ? 2 : 0) + 1,
        0,
      );
      const at = text.indexOf(words[0] ?? '');
      const snippet =
        at >= 0 ? `…${original.slice(Math.max(0, at - 60), at + 140).trim()}…` : entry.document.summary;
      return [{ entry, score, snippet }];
    })
    .sort((a, b) => b.score - a.score);
}
