// The delimiter and line ending of a CSV are guessed from its first lines. The delimiter is the
// candidate (comma, semicolon, tab, pipe) that splits the most lines into the same number of
// fields (more than one), counting outside quotes only: title lines above the header and a
// decimal comma in the values do not fool it. A tie goes to the delimiter giving more fields,
// then to the order below (comma first).
export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

const SAMPLE_LINES = 100;

/** Fields per line (quote-aware) of the first lines of `text`, for one delimiter. */
function countFields(text: string, delimiter: string): number[] {
  const counts: number[] = [];
  let fields = 1;
  let quoted = false;
  let empty = true;
  for (let i = 0; i < text.length && counts.length < SAMPLE_LINES; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === delimiter) fields++;
    else if (ch === '\n' || ch === '\r') {
      if (!empty || fields > 1) counts.push(fields);
      if (ch === '\r' && text[i + 1] === '\n') i++;
      fields = 1;
      empty = true;
      continue;
    }
    empty = false;
  }
  return counts;
}

/** Lines sharing the most common field count, weighted so that more fields break a tie. */
function consistencyScore(counts: readonly number[]): number {
  const frequency = new Map<number, number>();
  for (const n of counts) if (n > 1) frequency.set(n, (frequency.get(n) ?? 0) + 1);
  let best = 0;
  for (const [fields, lines] of frequency) best = Math.max(best, lines * 10_000 + fields);
  return best;
}

export function sniffDelimiter(head: string): Delimiter {
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const score = consistencyScore(countFields(head, delimiter));
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/** The line ending of the first line break outside quotes; '\n' when there is none. */
export function sniffNewline(head: string): '\r\n' | '\n' | '\r' {
  let quoted = false;
  for (let i = 0; i < head.length; i++) {
    const ch = head[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n') return '\n';
    else if (!quoted && ch === '\r') return head[i + 1] === '\n' ? '\r\n' : '\r';
  }
  return '\n';
}

export function describeDelimiter(delimiter: string): string {
  return delimiter === '\t' ? 'tab' : delimiter;
}
