import { formatNumber } from '../../i18n/format';
import type { Lang } from '../../i18n/languages';

export type IndicatorUnit = 'per_1000' | 'percent' | 'pp' | 'ratio';

/** 12.3 %, 4.5 ‰, +1.2 pp, 0.87 — in the reader's number format. */
export function formatIndicator(value: number | null, unit: IndicatorUnit, lang: Lang): string {
  if (value === null) return '–';
  // Small rates keep two decimals, so 0.04 % is not shown as 0 %.
  const digits = Math.abs(value) < 1 && value !== 0 ? 2 : 1;
  switch (unit) {
    case 'percent':
      return `${formatNumber(value, lang, digits)} %`;
    case 'per_1000':
      return `${formatNumber(value, lang, digits)} ‰`;
    case 'pp':
      return `${value > 0 ? '+' : ''}${formatNumber(value, lang, 1)}`;
    case 'ratio':
      return formatNumber(value, lang, 2);
  }
}
