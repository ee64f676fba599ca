// What the SDMX-JSON 1.0 and 2.0.0 structure messages share: the sections of the message in
// order, the items a query selected from a code list or a concept scheme, and a concept.
import type { Lang } from '../framework/types.js';
import { type Concept, codelistRef } from './artefacts.js';
import { localised } from './message-meta.js';
import type { SelectedArtefact } from './select-artefacts.js';
import { urnOf } from './urns.js';

const SECTIONS = [
  ['dataflows', 'dataflow'],
  ['dataStructures', 'datastructure'],
  ['codelists', 'codelist'],
  ['conceptSchemes', 'conceptscheme'],
] as const;

/** The selected artefacts grouped by section, each written by `toJson`; empty sections left out. */
export function groupSections(
  selected: readonly SelectedArtefact[],
  toJson: (artefact: SelectedArtefact) => Record<string, unknown>,
): Record<string, unknown[]> {
  const data: Record<string, unknown[]> = {};
  for (const [section, type] of SECTIONS) {
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
