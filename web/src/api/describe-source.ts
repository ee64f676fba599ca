// A release's `source` is free-form JSON written by whoever published it (a correspondent's
// metadata, or the demo's citation). This finds the human-readable parts without guessing more.
export interface SourceText {
  text: string;
  url?: string;
}

export function describeSource(source: unknown): SourceText | null {
  if (typeof source === 'string') return source ? { text: source } : null;
  if (!source || typeof source !== 'object') return null;
  const record = source as Record<string, unknown>;
  const pick = (...keys: string[]) =>
    keys.map((k) => record[k]).find((v): v is string => typeof v === 'string' && v.length > 0);
  const text = pick('citation', 'title', 'name', 'publisher', 'institution', 'description');
  const url = pick('url', 'link', 'href');
  if (!text) return null;
  return url ? { text, url } : { text };
}
