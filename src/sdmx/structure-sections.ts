// What the SDMX-JSON 1.0 and 2.0.0 structure messages share: the sections of the message in
// order, the items a query selected from a code list or a concept scheme, and a concept.
import type { Lang } from '../framework/types.js';
import { type AgencySchemeArtefact, type Concept, codelistRef } from './artefacts.js';
import { localised } from './message-meta.js';
import type { SelectedArtefact } from './select-artefacts.js';
import { urnOf } from './urns.js';

const SECTIONS = [
  ['agencySchemes', 'agencyscheme'],
  ['dataflows', 'dataflow'],
  ['dataStructures', 'datastructure'],
  ['codelists', 'codelist'],
  ['conceptSchemes', 'conceptscheme'],
  ['dataConstraints', 'dataconstraint'],
] as const;

/** The selected artefacts grouped by section, each written by `toJson`; empty sections left out. */
export function groupSections(
  selected: readonly SelectedArtefact[],
  toJson: (artefact: SelectedArtefact) => Record<string, unknown>,
  constraintSection: 'dataConstraints' | 'contentConstraints' = 'dataConstraints',
): Record<string, unknown[]> {
  const data: Record<string, unknown[]> = {};
  for (const [name, type] of SECTIONS) {
    const section = type === 'dataconstraint' ? constraintSection : name;
    const items = selected.filter((s) => s.artefact.type === type).map(toJson);
    if (items.length > 0) data[section] = items;
  }
  return data;
}

/** The items named by the query's item part, or all of them. */
export function selectedItems<T extends { id: string }>(
  items: readonly T[],
  selected: SelectedArtefact,
): T[] {
  return items.filter((item) => !selected.items || selected.items.includes(item.id));
}

export function conceptJson(concept: Concept, lang: Lang): Record<string, unknown> {
  return {
    id: concept.id,
    ...localised(concept.names, lang),
    ...(concept.codelist
      ? { coreRepresentation: { enumeration: urnOf(codelistRef(concept.codelist)) } }
      : {}),
  };
}

export function agenciesJson(a: AgencySchemeArtefact, lang: Lang): Record<string, unknown>[] {
  return a.agencies.map((agency) => ({ id: agency.id, ...localised(agency.names, lang) }));
}

/** An actual constraint's cube region and metrics (obs_count, time range) as SDMX-JSON writes them. */
export function constraintJson(selected: SelectedArtefact, dataflowUrn: string): Record<string, unknown> {
  const availability = selected.availability;
  const keyValues = [...(availability?.values ?? new Map<string, string[]>())]
    .filter(([id]) => id !== 'TIME_PERIOD')
    .map(([id, values]) => ({ id, values }));
  if (availability?.timeStart && availability.timeEnd) {
    keyValues.push({
      id: 'TIME_PERIOD',
      timeRange: {
        startPeriod: { period: `${availability.timeStart}-01-01T00:00:00Z`, isInclusive: true },
        endPeriod: { period: `${availability.timeEnd}-12-31T23:59:59Z`, isInclusive: true },
      },
    } as unknown as { id: string; values: string[] });
  }
  return {
    role: 'Actual',
    annotations: [
      { id: 'obs_count', title: String(availability?.count ?? 0), type: 'sdmx_metrics' },
      ...(availability?.timeStart
        ? [{ id: 'time_period_start', title: availability.timeStart, type: 'sdmx_metrics' }]
        : []),
      ...(availability?.timeEnd
        ? [{ id: 'time_period_end', title: availability.timeEnd, type: 'sdmx_metrics' }]
        : []),
    ],
    constraintAttachment: { dataflows: [dataflowUrn] },
    cubeRegions: [{ include: true, keyValues }],
  };
}
