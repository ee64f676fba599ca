// How a figure is written in a table or a sentence: formatted for the language, followed by
// its flags in lower case (e estimated, p provisional, d definition differs...); ".." when
// nothing is published, "c" when disclosure control suppressed it. Footnote texts are numbered
// once per note and referred to as [n].
import type { Lang } from '../../framework/types.js';
import type { Figure } from '../figures/figure.js';
import { formatCount, formatDecimal, formatPercent, formatSignedPercent } from './locale-format.js';

export type FigureKind = 'count' | 'decimal' | 'pp' | 'change' | 'percent';

export const NOT_AVAILABLE = '..';
export const CONFIDENTIAL = 'c';

export function formatNumber(lang: Lang, value: number, kind: FigureKind): string {
  switch (kind) {
    case 'count':
      return formatCount(lang, value);
    case 'decimal':
      return formatDecimal(lang, value, 1);
    case 'pp':
      return (value > 0 ? '+' : '') + formatDecimal(lang, value, 1);
    case 'change':
      return formatSignedPercent(lang, value, 1);
    case 'percent':
      return formatPercent(lang, value, 1);
  }
}

export class FootnoteRegister {
  readonly notes: string[] = [];
  readonly flags = new Set<string>();

  /** " [n]" markers for the figure's notes (numbered in order of first use). */
  mark(figure: Figure): string {
    for (const flag of figure.flags) this.flags.add(flag);
    const numbers = figure.notes.map((note) => {
      let index = this.notes.indexOf(note);
      if (index < 0) index = this.notes.push(note) - 1;
      return index + 1;
    });
    return numbers.length > 0 ? ` [${numbers.join(', ')}]` : '';
  }
}

/** A figure for a table cell: value, flags and footnote markers. */
export function formatFigureCell(
  lang: Lang,
  figure: Figure | undefined,
  kind: FigureKind,
  notes?: FootnoteRegister,
): string {
  if (!figure) return NOT_AVAILABLE;
  const marks = notes ? notes.mark(figure) : '';
  if (figure.suppressed) return CONFIDENTIAL + marks;
  if (figure.value === null) return NOT_AVAILABLE + marks;
  const flags = figure.flags.length > 0 ? ` ${figure.flags.join('').toLowerCase()}` : '';
  return formatNumber(lang, figure.value, kind) + flags + marks;
}
