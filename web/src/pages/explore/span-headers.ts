// Column headers of a pivot, one row per column dimension: neighbours that share the same
// prefix (e.g. "Women" over 2020, 2021, 2022) merge into one cell spanning them.
const SEP = '\u0001';

/** Header cells of one column level. */
export function spanHeaders(colKeys: readonly string[][], level: number): { code: string; span: number }[] {
  const spans: { code: string; span: number; prefix: string }[] = [];
  for (const key of colKeys) {
    const prefix = key.slice(0, level + 1).join(SEP);
    const last = spans[spans.length - 1];
    if (last && last.prefix === prefix) last.span += 1;
    else spans.push({ code: key[level] ?? '', span: 1, prefix });
  }
  return spans.map(({ code, span }) => ({ code, span }));
}
