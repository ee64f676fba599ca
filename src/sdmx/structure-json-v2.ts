// SDMX-JSON 2.0.0 structure messages: dataflows, data structures, code lists and the concept
// scheme, named in the reader's language (`name`) and in all four (`names`), with URNs and
// resolvable links. Stubs carry identification and name only (detail=allstubs).
import type { Lang } from '../framework/types.js';
import {
  type Artefact,
  type ArtefactRef,
  codelistRef,
  type DataStructureArtefact,
  tableAttributes,
} from './artefacts.js';
import { localised, messageMeta } from './message-meta.js';
import type { Presentation, SelectedArtefact } from './select-artefacts.js';
import {
  agenciesJson,
  conceptJson,
  constraintJson,
  groupSections,
  selectedItems,
} from './structure-sections.js';
import { codeUrn, componentUrn, conceptUrn, urnOf } from './urns.js';

export const STRUCTURE_SCHEMA_V2 =
  'https://raw.githubusercontent.com/sdmx-twg/sdmx-json/master/structure-message/tools/schemas/2.0.0/sdmx-json-structure-schema.json';

/** Builds `/structure/...` links under the API base (absolute: links are URIs). */
export function structureHref(base: string, ref: ArtefactRef, item?: string): string {
  return `${base}/structure/${ref.type}/${ref.agency}/${ref.id}/${ref.version}${item ? `/${item}` : ''}`;
}

function identification(a: Artefact, lang: Lang, base: string, presentation: Presentation) {
  return {
    id: a.id,
    version: a.version,
    agencyID: a.agency,
    isExternalReference: false,
    ...localised(a.names, lang),
    ...(presentation !== 'stub' && a.descriptions ? localised(a.descriptions, lang, 'description') : {}),
    links: [{ href: structureHref(base, a), rel: 'self', urn: urnOf(a), type: a.type, hreflang: lang }],
  };
}

function dataStructureComponents(a: DataStructureArtefact, lang: Lang) {
  const dsd: ArtefactRef = a;
  const dims = a.table.dimensions.filter((d) => d.id !== 'TIME_PERIOD');
  return {
    dimensionList: {
      id: 'DimensionDescriptor',
      links: [{ rel: 'self', urn: componentUrn(dsd, 'DimensionDescriptor', 'DimensionDescriptor') }],
      dimensions: dims.map((d, position) => ({
        id: d.id,
        position,
        links: [{ rel: 'self', urn: componentUrn(dsd, 'Dimension', d.id) }],
        conceptIdentity: conceptUrn(d.id),
        localRepresentation: { enumeration: urnOf(codelistRef(d.codelist)) },
      })),
      timeDimension: {
        id: 'TIME_PERIOD',
        links: [{ rel: 'self', urn: componentUrn(dsd, 'TimeDimension', 'TIME_PERIOD') }],
        conceptIdentity: conceptUrn('TIME_PERIOD'),
        localRepresentation: { format: { dataType: 'GregorianYear' } },
      },
    },
    attributeList: {
      id: 'AttributeDescriptor',
      attributes: tableAttributes(a.table).map((attr) => ({
        id: attr.id,
        ...localised(attr.names, lang),
        usage: attr.id === 'OBS_STATUS' ? 'mandatory' : 'optional',
        attributeRelationship: attr.attachment === 'dataset' ? { dataflow: {} } : { observation: {} },
        conceptIdentity: conceptUrn(attr.id),
        localRepresentation: attr.codelist
          ? { enumeration: urnOf(codelistRef(attr.codelist)) }
          : { format: { dataType: attr.id === 'OBS_NOTE' ? 'String' : 'Double' } },
      })),
    },
    measureList: {
      id: 'MeasureDescriptor',
      measures: [
        {
          id: 'OBS_VALUE',
          usage: 'optional',
          conceptIdentity: conceptUrn('OBS_VALUE'),
          localRepresentation: { format: { dataType: 'Double' } },
        },
      ],
    },
  };
}

function artefactJson(selected: SelectedArtefact, lang: Lang, base: string): Record<string, unknown> {
  const { artefact: a, presentation } = selected;
  const head = identification(a, lang, base, presentation);
  if (presentation !== 'full') return head;
  switch (a.type) {
    case 'dataflow':
      return { ...head, structure: urnOf(a.structure) };
    case 'datastructure':
      return { ...head, dataStructureComponents: dataStructureComponents(a, lang) };
    case 'codelist': {
      const codes = selectedItems(a.codelist.codes, selected);
      return {
        ...head,
        isPartial: Boolean(selected.items),
        codes: codes.map((c) => ({
          id: c.id,
          ...localised(c.labels, lang),
          links: [{ href: structureHref(base, a, c.id), rel: 'self', urn: codeUrn(a, c.id), type: 'code' }],
          ...(c.parent ? { parent: c.parent } : {}),
          ...(c.derived
            ? { annotations: [{ type: 'DERIVED', title: 'Derived aggregate: computed, never reported' }] }
            : {}),
        })),
      };
    }
    case 'conceptscheme':
      return {
        ...head,
        isPartial: Boolean(selected.items),
        concepts: selectedItems(a.concepts, selected).map((c) => conceptJson(c, lang)),
      };
    case 'agencyscheme':
      return { ...head, isPartial: false, agencies: agenciesJson(a, lang) };
    case 'dataconstraint':
      return { ...head, ...constraintJson(selected, urnOf(a.dataflow)) };
  }
}

export function buildStructureMessageV2(
  selected: readonly SelectedArtefact[],
  lang: Lang,
  base: string,
  selfUrl: string,
) {
  const data = groupSections(selected, (s) => artefactJson(s, lang, base), 'dataConstraints');
  return { meta: messageMeta(STRUCTURE_SCHEMA_V2, lang, selfUrl), data };
}
