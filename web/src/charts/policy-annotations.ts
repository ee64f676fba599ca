// Published policy events of a chart's tables as chart annotations (the title carries the
// "original in …" note when the text is not in the reader's language).
import type { PublicPolicyEvent } from '../api/policy-events';
import type { ChartAnnotation } from './chart-annotations';

export function toAnnotations(events: readonly PublicPolicyEvent[]): ChartAnnotation[] {
  return events.map((e) => ({
    id: e.id,
    year: e.date.slice(0, 4),
    title: e.originalNote ? `${e.title} (${e.originalNote})` : e.title,
    text: `${e.typeName}. ${e.summary} — ${e.source.publisher}, “${e.source.title}”${e.source.date ? `, ${e.source.date}` : ''}.`,
  }));
}
