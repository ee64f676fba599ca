// Builds a report document (country note or regional report) from the published figures under
// a pin. This is the capability the route, the CLI and the benchmark call; rendering to HTML or
// PDF is a separate step over the same document.
import { getCountry, listParticipatingStates, MEMBER_STATES } from '../framework/index.js';
import { label } from '../framework/labels.js';
import type { Lang } from '../framework/types.js';
import { listReportReleaseIds, loadReportData } from './data/load-report-data.js';
import type { ReportDataSource } from './data/report-data-source.js';
import { readReportPolicyEvents } from './data/report-policy-events.js';
import { buildAnnex } from './document/build-annex.js';
import { buildCountryNote } from './document/build-country-note.js';
import { buildRegionalOverview } from './document/build-regional-overview.js';
import { buildCitation, buildReproduceCommand, describePin } from './document/pin-texts.js';
import { buildPolicySection } from './document/policy-section.js';
import type { Block, ReportDocument } from './document/report-document.js';
import { assembleCountryFigures, type CountryFigures, hasAnyFigure } from './figures/country-figures.js';
import { assembleRegionalFigures } from './figures/regional-figures.js';
import type { ResolvedPin } from './pin/report-pin.js';
import { ReportError } from './report-error.js';
import { countryName } from './text/country-grammar.js';
import { withColon } from './text/fill-template.js';
import { FootnoteRegister } from './text/format-figure.js';
import { UI } from './text/ui-texts.js';

export type ReportScope = { kind: 'country'; iso3: string } | { kind: 'region' };
export type ReportFormat = 'pdf' | 'html';

export interface ReportRequest {
  scope: ReportScope;
  lang: Lang;
  /** Resolved first (resolvePin), so a cache can be consulted before any figure is read. */
  pin: ResolvedPin;
  /** The format the reproduce line names. */
  format: ReportFormat;
}

/** The member state's ISO3 code in upper case, or UNKNOWN_COUNTRY. */
export function checkMemberState(iso3: string): string {
  const code = iso3.toUpperCase();
  if (!MEMBER_STATES.includes(code) || !getCountry(code)) throw new ReportError('UNKNOWN_COUNTRY', { iso3 });
  return code;
}

export function buildReport(source: ReportDataSource, request: ReportRequest): Promise<ReportDocument> {
  return request.scope.kind === 'country'
    ? buildCountryDocument(source, request, checkMemberState(request.scope.iso3), request.pin)
    : buildRegionalDocument(source, request, request.pin);
}

function frame(
  request: ReportRequest,
  pin: ResolvedPin,
  subtitle: string,
  releaseIds: number[],
  blocks: Block[],
): ReportDocument {
  const { lang } = request;
  return {
    lang,
    title: label(UI.reportTitle, lang),
    subtitle,
    pinLine: describePin(lang, pin, releaseIds),
    pinnedAt: pin.at,
    citation: buildCitation(lang, pin, subtitle, releaseIds),
    reproduce: buildReproduceCommand(pin, request.scope, lang, request.format),
    blocks,
  };
}

async function buildCountryDocument(
  source: ReportDataSource,
  request: ReportRequest,
  iso3: string,
  pin: ResolvedPin,
): Promise<ReportDocument> {
  const data = await loadReportData(source, pin, [iso3]);
  const figures = assembleCountryFigures(data, iso3);
  if (!hasAnyFigure(figures)) {
    throw new ReportError('NO_PUBLISHED_DATA', { scope: countryName(iso3, request.lang), at: pin.at });
  }
  const releaseIds = listReportReleaseIds(data, [iso3]);
  const releases = await source.findReleases(releaseIds);
  const subtitle = `${withColon(request.lang, label(UI.countryNote, request.lang))} ${countryName(iso3, request.lang)}`;
  const policyEvents = await readReportPolicyEvents(source, {
    data,
    at: pin.at,
    lang: request.lang,
    countries: [iso3],
  });
  const blocks = buildCountryNote({
    lang: request.lang,
    figures,
    releases,
    level: 1,
    standalone: true,
    policyEvents,
  });
  return frame(request, pin, subtitle, releaseIds, blocks);
}

async function buildRegionalDocument(
  source: ReportDataSource,
  request: ReportRequest,
  pin: ResolvedPin,
): Promise<ReportDocument> {
  const { lang } = request;
  const date = pin.at.slice(0, 10);
  const byName = (a: string, b: string) => countryName(a, lang).localeCompare(countryName(b, lang), lang);
  const countries = listParticipatingStates(date).sort(byName);
  const notCovered = MEMBER_STATES.filter((c) => !countries.includes(c)).sort(byName);
  const data = await loadReportData(source, pin);
  const notes = new Map<string, CountryFigures>();
  for (const iso3 of countries) {
    const figures = assembleCountryFigures(data, iso3);
    if (hasAnyFigure(figures)) notes.set(iso3, figures);
  }
  if (notes.size === 0)
    throw new ReportError('NO_PUBLISHED_DATA', { scope: label(UI.regionalReport, lang), at: pin.at });
  const releaseIds = listReportReleaseIds(data, countries);
  const releases = await source.findReleases(releaseIds);
  const regional = assembleRegionalFigures(data, countries, notes);
  const footnotes = new FootnoteRegister();
  const policyEvents = await readReportPolicyEvents(source, { data, at: pin.at, lang, countries });
  const blocks: Block[] = [
    { kind: 'toc' },
    ...buildRegionalOverview({ lang, date, regional, notes, data, notCovered, footnotes }),
    ...buildPolicySection(lang, policyEvents, 2, { withCountry: true, id: 'policy-developments' }),
    { kind: 'heading', level: 1, text: label(UI.countryNotes, lang), id: 'country-notes', newPage: true },
  ];
  for (const [iso3, figures] of notes) {
    const own = releases.filter((r) => listReportReleaseIds(data, [iso3]).includes(r.id));
    const events = policyEvents.filter((e) => e.country === iso3);
    blocks.push(
      ...buildCountryNote({
        lang,
        figures,
        releases: own,
        level: 2,
        standalone: false,
        policyEvents: events,
      }),
    );
  }
  blocks.push(...buildAnnex(lang, releases));
  return frame(request, pin, label(UI.regionalReport, lang), releaseIds, blocks);
}
