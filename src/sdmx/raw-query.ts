// SDMX clients send `+` (AND, latest stable) and `c[DIM]` brackets unencoded, so the query
// string is read raw: `%XX` escapes are decoded, a `+` stays a plus (URLSearchParams and
// Node's querystring would turn it into a space).
export type RawQuery = Map<string, string[]>;

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export function parseRawQuery(url: string): RawQuery {
  const out: RawQuery = new Map();
  const index = url.indexOf('?');
  if (index < 0) return out;
  for (const pair of url.slice(index + 1).split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const name = decode(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? '' : decode(pair.slice(eq + 1));
    out.set(name, [...(out.get(name) ?? []), value]);
  }
  return out;
}

/** The single value of a parameter (the last one when repeated). */
export function rawParam(query: RawQuery, name: string): string | undefined {
  return query.get(name)?.at(-1);
}

/** The path of a URL, percent-decoded segment by segment, without the query string. */
export function rawPathSegments(url: string, prefix: string): string[] {
  const path = url.split('?')[0] ?? '';
  const rest = path.startsWith(prefix) ? path.slice(prefix.length) : path;
  return rest
    .split('/')
    .filter((s, i, all) => s !== '' || i < all.length - 1)
    .map(decode);
}
