// The pin of a report in words, its citation and the command that regenerates it, so a reader
// can cite the report and anyone can reproduce its figures later.
import { label } from '../../framework/labels.js';
import type { Lang } from '../../framework/types.js';
import type { ResolvedPin } from '../pin/report-pin.js';
import { fillTemplate } from '../text/fill-template.js';
import { formatDate, formatDateTime } from '../text/locale-format.js';
import { NOTES } from '../text/notes-texts.js';
import { UI } from '../text/ui-texts.js';

/** [1,2,3,5] → "1–3, 5". */
export function formatIdRanges(ids: readonly number[]): string {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  return parts.join(', ') || '–';
}

export function describePin(lang: Lang, pin: ResolvedPin, shownReleaseIds: readonly number[]): string {
  if (pin.kind === 'releases') {
    const ids = (pin.releases ?? []).map((r) => r.id);
    return fillTemplate(label(NOTES.pinReleases, lang), {
      releases: formatIdRanges(ids),
      date: formatDateTime(lang, pin.at),
    });
  }
  return fillTemplate(label(NOTES.pinAsOf, lang), {
    date: formatDateTime(lang, pin.at),
    releases: formatIdRanges(shownReleaseIds),
  });
}

export function buildReproduceCommand(
  pin: ResolvedPin,
  scope: { kind: 'country'; iso3: string } | { kind: 'region' },
  lang: Lang,
  format: 'pdf' | 'html',
): string {
  const target = scope.kind === 'country' ? `--country ${scope.iso3}` : '--region';
  const pinFlag =
    pin.kind === 'releases'
      ? `--releases ${(pin.releases ?? []).map((r) => r.id).join(',')}`
      : `--as-of ${pin.at}`;
  return `sicremi report ${target} --lang ${lang} ${pinFlag} --format ${format} --out report.${format}`;
}

export function buildCitation(
  lang: Lang,
  pin: ResolvedPin,
  subtitle: string,
  shownReleaseIds: readonly number[],
): string {
  return fillTemplate(label(NOTES.citation, lang), {
    publisher: label(UI.publisher, lang),
    year: pin.at.slice(0, 4),
    title: label(UI.reportTitle, lang),
    subtitle,
    series: label(UI.series, lang),
    date: formatDate(lang, pin.at),
    releases: formatIdRanges(
      pin.kind === 'releases' ? (pin.releases ?? []).map((r) => r.id) : shownReleaseIds,
    ),
  });
}
