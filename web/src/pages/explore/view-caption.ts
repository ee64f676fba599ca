// What a view says about itself — in chart downloads, under the table and in the page: the
// table, the fixed selections, the period, the releases it comes from and their sources.
import type { TFunction } from 'i18next';
import { describeSource } from '../../api/describe-source';
import type { DataRelease } from '../../api/types';
import { formatDate } from '../../i18n/format';
import type { Lang } from '../../i18n/languages';

/** The dimensions with a single code, stated once: "Sex: Women · Age: Total". */
export function describeFixed(fixed: readonly { name: string; codeName: string }[]): string {
  return fixed.map(({ name, codeName }) => `${name}: ${codeName}`).join(' · ');
}

export function describeUnit(unitMultiplier: number, unit: string, t: TFunction): string {
  const base = unit === 'USD_M' ? t('explore.unit.usdMillions') : t('explore.unit.persons');
  return unitMultiplier === 3 ? t('explore.unit.thousandsOf', { unit: base }) : base;
}

export function describeSources(
  response: { releases: readonly DataRelease[] },
  lang: Lang,
  t: TFunction,
): string {
  const cited = new Set<string>();
  for (const release of response.releases) {
    const source = describeSource(release.source);
    if (source) cited.add(source.text);
  }
  const releases = response.releases
    .map((r) => t('explore.caption.release', { id: r.id, date: formatDate(r.publishedAt, lang) }))
    .join(', ');
  return [
    t('explore.caption.sicremi', { releases }),
    cited.size > 0 ? `${t('common.sources')}: ${[...cited].join(' ')}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}
