// The policy events a report shows: those published by the pin's instant (so a pinned report
// keeps its events), dated within the report's period — from the first year of the figures it
// shows to the pin's day.
import type { PublicPolicyEvent } from '../../dissemination/read-policy-events.js';
import type { Lang } from '../../framework/types.js';
import type { ReportData } from './load-report-data.js';
import type { ReportDataSource } from './report-data-source.js';

/** The first year of any figure of these countries (all countries when omitted). */
export function findFirstYear(data: ReportData, refAreas?: readonly string[]): string | undefined {
  let first: string | undefined;
  for (const index of Object.values(data)) {
    for (const cell of index.cells) {
      if (refAreas && !refAreas.includes(cell.key.REF_AREA ?? '')) continue;
      const year = (cell.key.TIME_PERIOD ?? '').slice(0, 4);
      if (/^\d{4}$/.test(year) && (first === undefined || year < first)) first = year;
    }
  }
  return first;
}

export async function readReportPolicyEvents(
  source: ReportDataSource,
  options: { data: ReportData; at: string; lang: Lang; countries?: readonly string[] },
): Promise<PublicPolicyEvent[]> {
  if (!source.readPolicyEvents) return [];
  const first = findFirstYear(options.data, options.countries);
  return source.readPolicyEvents({
    ...(options.countries ? { countries: options.countries } : {}),
    ...(first ? { from: `${first}-01-01` } : {}),
    to: options.at.slice(0, 10),
    at: options.at,
    lang: options.lang,
  });
}
