// Which artefacts a structure query returns: those matching type, agency, id and version,
// then the artefacts they reference (children, descendants) or that reference them (parents,
// ancestors), as `references` asks. Each comes back whole or as a stub, as `detail` asks.
import { ARTEFACTS, type Artefact, type ArtefactType, refKey } from './artefacts.js';
import type { Availability } from './availability.js';
import type { Detail, References, Selector, StructureQuery, VersionSelector } from './structure-query.js';

export type Presentation = 'full' | 'stub' | 'completestub';

export interface SelectedArtefact {
  artefact: Artefact;
  presentation: Presentation;
  /** Item schemes queried for some items only (isPartial). */
  items?: string[];
  /** Constraints: the cube region read from the store (filled in by the server). */
  availability?: Availability;
  /** Brought in by `references`, not matched by the query itself. */
  referenced?: boolean;
}

function matches(selector: Selector, value: string): boolean {
  return selector === '*' || selector.includes(value);
}

function normaliseVersion(v: string): string {
  return v.replace(/(\.0)+$/, '');
}

function matchesVersion(selector: VersionSelector, version: string): boolean {
  if (selector.kind !== 'list') return true;
  return selector.values.some((wanted) => {
    if (wanted.includes('*') || wanted.includes('+')) {
      const pattern = wanted.replace(/\./g, '\\.').replace(/\*/g, '\\d+').replace(/\+/g, '');
      return new RegExp(`^${pattern}`).test(version);
    }
    return normaliseVersion(wanted) === normaliseVersion(version);
  });
}

const BY_KEY = new Map(ARTEFACTS.map((a) => [refKey(a), a]));

function childrenOf(a: Artefact): Artefact[] {
  return a.children.map((r) => BY_KEY.get(refKey(r))).filter((x): x is Artefact => Boolean(x));
}

function parentsOf(a: Artefact): Artefact[] {
  const key = refKey(a);
  return ARTEFACTS.filter((p) => p.children.some((c) => refKey(c) === key));
}

function closure(start: Artefact[], step: (a: Artefact) => Artefact[]): Artefact[] {
  const seen = new Map<string, Artefact>();
  const queue = start.flatMap(step);
  while (queue.length > 0) {
    const next = queue.shift()!;
    const key = refKey(next);
    if (seen.has(key)) continue;
    seen.set(key, next);
    queue.push(...step(next));
  }
  return [...seen.values()];
}

function referencesOf(found: Artefact[], references: References): Artefact[] {
  switch (references) {
    case 'none':
      return [];
    case 'children':
      return found.flatMap(childrenOf);
    case 'descendants':
      return closure(found, childrenOf);
    case 'parents':
      return found.flatMap(parentsOf);
    case 'ancestors':
      return closure(found, parentsOf);
    case 'parentsandsiblings': {
      const parents = found.flatMap(parentsOf);
      return [...parents, ...parents.flatMap(childrenOf)];
    }
    case 'all': {
      const parents = found.flatMap(parentsOf);
      return [...parents, ...parents.flatMap(childrenOf), ...closure(found, childrenOf)];
    }
    default: {
      const related = [...closure(found, childrenOf), ...closure(found, parentsOf)];
      return related.filter((a) => a.type === (references as ArtefactType));
    }
  }
}

function presentationOf(detail: Detail, referenced: boolean): Presentation {
  if (detail === 'allstubs') return 'stub';
  if (detail === 'allcompletestubs') return 'completestub';
  if (referenced && detail === 'referencestubs') return 'stub';
  if (referenced && detail === 'referencecompletestubs') return 'completestub';
  return 'full';
}

function itemIdsOf(artefact: Artefact): string[] | undefined {
  if (artefact.type === 'codelist') return artefact.codelist.codes.map((c) => c.id);
  if (artefact.type === 'conceptscheme') return artefact.concepts.map((c) => c.id);
  return undefined;
}

export function selectArtefacts(query: StructureQuery): SelectedArtefact[] {
  const found = ARTEFACTS.filter(
    (a) =>
      query.types.includes(a.type) &&
      matches(query.agencies, a.agency) &&
      matches(query.ids, a.id) &&
      matchesVersion(query.versions, a.version),
  );
  const selected = new Map<string, SelectedArtefact>();
  for (const artefact of found) {
    const itemIds = itemIdsOf(artefact);
    const items = query.items === '*' || !itemIds ? undefined : query.items;
    if (items && !items.some((i) => itemIds?.includes(i))) continue;
    selected.set(refKey(artefact), {
      artefact,
      presentation: presentationOf(query.detail, false),
      ...(items ? { items } : {}),
    });
  }
  const matched = [...selected.values()].map((s) => s.artefact);
  for (const artefact of referencesOf(matched, query.references)) {
    const key = refKey(artefact);
    if (!selected.has(key))
      selected.set(key, { artefact, presentation: presentationOf(query.detail, true), referenced: true });
  }
  return [...selected.values()];
}

/**
 * detail=referencepartial: referenced code lists keep only the codes the dataflows of the answer
 * use (those with data, from their actual constraints), and the referenced concept scheme only
 * the concepts of the answer's data structures. A list no dimension of those dataflows takes
 * (an attribute's) is kept whole.
 */
export function narrowToUsed(
  selected: readonly SelectedArtefact[],
  availabilities: readonly Availability[],
): SelectedArtefact[] {
  const codesByList = new Map<string, Set<string>>();
  for (const availability of availabilities) {
    for (const d of availability.dataflow.table.dimensions) {
      if (!d.codelist) continue;
      const codes = codesByList.get(d.codelist) ?? new Set<string>();
      for (const code of availability.values.get(d.id) ?? []) codes.add(code);
      codesByList.set(d.codelist, codes);
    }
  }
  const concepts = new Set<string>();
  for (const s of selected) {
    if (s.artefact.type !== 'datastructure') continue;
    for (const d of s.artefact.table.dimensions) concepts.add(d.id);
    for (const a of s.artefact.table.attributes) concepts.add(a);
    concepts.add('OBS_VALUE');
  }
  return selected.map((s) => {
    if (!s.referenced || s.presentation !== 'full') return s;
    const a = s.artefact;
    if (a.type === 'codelist' && codesByList.has(a.id)) {
      const used = codesByList.get(a.id)!;
      return { ...s, items: a.codelist.codes.map((c) => c.id).filter((id) => used.has(id)) };
    }
    if (a.type === 'conceptscheme' && concepts.size > 0)
      return { ...s, items: a.concepts.map((c) => c.id).filter((id) => concepts.has(id)) };
    return s;
  });
}
