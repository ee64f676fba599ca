// "Policy developments": the published events of the report's period, grouped by type (in
// CL_POLICY_TYPE order), each with its date, title, summary and official source; a text shown
// in its original language says so. The regional report lists every country's events by type.
import type { PublicPolicyEvent } from '../../dissemination/read-policy-events.js';
import { getCodelist } from '../../framework/index.js';
import { label } from '../../framework/labels.js';
import type { Lang } from '../../framework/types.js';
import type { ChartAnnotation } from '../charts/chart-annotations.js';
import { countryName } from '../text/country-grammar.js';
import { withColon } from '../text/fill-template.js';
import { UI } from '../text/ui-texts.js';
import type { Block } from './report-document.js';

function describeDate(e: PublicPolicyEvent): string {
  return e.endDate ? `${e.date} – ${e.endDate}` : e.date;
}

export function describePolicySource(e: PublicPolicyEvent): string {
  const s = e.source;
  return [s.publisher, `“${s.title}”`, s.date, s.url]
    .filter((part): part is string => Boolean(part))
    .join(', ');
}

function describeEvent(lang: Lang, e: PublicPolicyEvent, withCountry: boolean): string {
  const where = withCountry ? `${countryName(e.country, lang)}, ` : '';
  const note = e.originalNote ? ` (${e.originalNote})` : '';
  return `${where}${describeDate(e)}: ${e.title}${note}. ${e.summary} ${withColon(lang, label(UI.policySource, lang))} ${describePolicySource(e)}.`;
}

function groupByType(events: readonly PublicPolicyEvent[]): [string, PublicPolicyEvent[]][] {
  const order = getCodelist('CL_POLICY_TYPE')?.codes.map((c) => c.id) ?? [];
  const groups = new Map<string, PublicPolicyEvent[]>();
  for (const e of events) groups.set(e.type, [...(groups.get(e.type) ?? []), e]);
  return [...groups].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
}

export function buildPolicySection(
  lang: Lang,
  events: readonly PublicPolicyEvent[],
  level: 2 | 3,
  options: { withCountry: boolean; id?: string },
): Block[] {
  const blocks: Block[] = [
    {
      kind: 'heading',
      level,
      text: label(UI.policyDevelopments, lang),
      ...(options.id ? { id: options.id } : {}),
    },
  ];
  if (events.length === 0) {
    blocks.push({ kind: 'paragraph', text: label(UI.noPolicyDevelopments, lang), small: true });
    return blocks;
  }
  for (const [, group] of groupByType(events)) {
    blocks.push(
      { kind: 'paragraph', text: group[0]?.typeName ?? '' },
      { kind: 'list', items: group.map((e) => describeEvent(lang, e, options.withCountry)) },
    );
  }
  return blocks;
}

/** The note under a chart that carries policy markers: "▲1 2018: title". */
export function buildChartMarkersNote(lang: Lang, annotations: readonly ChartAnnotation[]): Block[] {
  if (annotations.length === 0) return [];
  const items = annotations.map((a) => `▲${a.number} ${a.year}: ${a.title}`).join('; ');
  return [
    { kind: 'paragraph', small: true, text: `${withColon(lang, label(UI.policyMarkers, lang))} ${items}` },
  ];
}
