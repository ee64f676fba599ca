// The common case of a CSV chunk, cut into records without papaparse: fields plain, or quoted
// with the closing quote right before a delimiter or a line break. That is what nearly every
// file is made of, and a loop that knows it does the work in about half papaparse's time and
// garbage (no regular expression per quoted field, no look-ahead strings). Anything else — a
// doubled quote "", a quote inside a plain field, text or spaces after a closing quote — and
// the chunk is declined: papaparse reads it, as it reads every chunk's end. For a chunk it
// accepts, the records and cursor are exactly those of papaparse's parse(input, base, true)
// (split-records.test.ts compares them on random text), and so are the errors that matter:
// none (papaparse may flag the unfinished last record, which the reader ignores and re-reads).

export interface SplitChunk {
  data: string[][];
  errors: never[];
  /** Where the complete records end, as papaparse counts it (base index included). */
  meta: { cursor: number };
}

const QUOTE = 34; // "

/**
 * The complete records of `input` (those ended by `newline`; the rest is left for the next
 * chunk, as papaparse's ignoreLastRow does), or undefined when the chunk needs papaparse.
 */
export function splitRecords(
  input: string,
  delimiter: string,
  newline: string,
  baseIndex: number,
): SplitChunk | undefined {
  const data: string[][] = [];
  const delimiterCode = delimiter.charCodeAt(0);
  const newlineCode = newline.charCodeAt(0);
  const length = input.length;
  let recordStart = 0;
  let at = 0;
  let row: string[] = [];
  while (at < length) {
    let field: string;
    let end: number;
    if (input.charCodeAt(at) === QUOTE) {
      const close = input.indexOf('"', at + 1);
      if (close < 0) break; // the quote closes in the next chunk
      field = input.substring(at + 1, close);
      end = close + 1;
      if (endsInside(input, end, delimiter, newline)) break; // "CHL"\r: the \n is in the next chunk
      if (!input.startsWith(delimiter, end) && !input.startsWith(newline, end)) return undefined;
    } else {
      end = at;
      while (end < length) {
        const code = input.charCodeAt(end);
        if (code === QUOTE) return undefined;
        if (code === delimiterCode && input.startsWith(delimiter, end)) break;
        if (code === newlineCode && input.startsWith(newline, end)) break;
        end++;
      }
      if (end >= length) break;
      field = input.substring(at, end);
    }
    row.push(field);
    if (input.startsWith(delimiter, end)) {
      at = end + delimiter.length;
      continue;
    }
    at = end + newline.length;
    data.push(row);
    row = [];
    recordStart = at;
  }
  return { data, errors: [], meta: { cursor: baseIndex + recordStart } };
}

/** Whether the input ends at `at`, or with only the start of a delimiter or line break there. */
function endsInside(input: string, at: number, delimiter: string, newline: string): boolean {
  const rest = input.length - at;
  if (rest <= 0) return true;
  const tail = input.substring(at);
  return (
    (rest < newline.length && newline.startsWith(tail)) ||
    (rest < delimiter.length && delimiter.startsWith(tail))
  );
}
