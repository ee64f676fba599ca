// SDMX-JSON 1.0 structure messages, for SDMX REST 1.5 clients: the same artefacts as the
// 2.0.0 builder, in the older shape (primary measure, timeDimensions list, assignmentStatus,
// textFormat/textType, `none`/`primaryMeasure` attribute relationships).
import type { Lang } from '../framework/types.js';
import { type Artefact, codelistRef, type DataStructureArtefact, tableAttributes } from './artefacts.js';
import { localised, messageMeta } from './message-meta.js';
import type { SelectedArtefact } from './select-artefacts.js';
import {
  agenciesJson,
  conceptJson,
  constraintJson,
  groupSections,
  selectedItems,
} from './structure-sections.js';
import { componentUrn, conceptUrn, urnOf } from './urns.js';

export const STRUCTURE_SCHEMA_V1 =
  'https://raw.githubusercontent.com/sdmx-twg/sdmx-json/master/structure-message/tools/schemas/1.0/sdmx-json-structure-schema.json';

function v1Href(base: string, a: Artefact): string {
  return `${base}/${a.type}/${a.agency}/${a.id}/${a.version}`;
}

function head(a: Artefact, lang: Lang, base: string, stub: boolean) {
  return {
    id: a.id,
    version: a.version,
    agencyID: a.agency,
    isExternalReference: false,
    isFinal: true,
    ...localised(a.names, lang),
    ...(!stub && a.descriptions ? localised(a.descriptions, lang, 'description') : {}),
    links: [{ href: v1Href(base, a), rel: 'self', urn: urnOf(a, '2.1') }],
  };
}

function components(a: DataStructureArtefact, lang: Lang) {
  const dims = a.table.dimensions.filter((d) => d.id !== 'TIME_PERIOD');
  return {
    dimensionList: {
      id: 'DimensionDescriptor',
      dimensions: dims.map((d, position) => ({
        id: d.id,
        position,
        type: 'Dimension',
        links: [{ rel: 'self', urn: componentUrn(a, 'Dimension', d.id) }],
        conceptIdentity: conceptUrn(d.id),
        localRepresentation: { enumeration: urnOf(codelistRef(d.codelist)) },
      })),
      timeDimensions: [
        {
          id: 'TIME_PERIOD',
          position: dims.length,
          type: 'TimeDimension',
          conceptIdentity: conceptUrn('TIME_PERIOD'),
          localRepresentation: { textFormat: { textType: 'GregorianYear' } },
        },
      ],
    },
    attributeList: {
      id: 'AttributeDescriptor',
      attributes: tableAttributes(a.table).map((attr) => ({
        id: attr.id,
        ...localised(attr.names, lang),
        assignmentStatus: attr.id === 'OBS_STATUS' ? 'Mandatory' : 'Conditional',
        attributeRelationship: attr.attachment === 'dataset' ? { none: {} } : { primaryMeasure: 'OBS_VALUE' },
        conceptIdentity: conceptUrn(attr.id),
        localRepresentation: attr.codelist
          ? { enumeration: urnOf(codelistRef(attr.codelist)) }
          : { textFormat: { textType: attr.id === 'OBS_NOTE' ? 'String' : 'Double' } },
      })),
    },
    measureList: {
      id: 'MeasureDescriptor',
      primaryMeasure: {
        id: 'OBS_VALUE',
        conceptIdentity: conceptUrn('OBS_VALUE'),
        localRepresentation: { textFormat: { textType: 'Double' } },
      },
    },
  };
}

function artefactJson(selected: SelectedArtefact, lang: Lang, base: string): Record<string, unknown> {
  const { artefact: a, presentation } = selected;
  const h = head(a, lang, base, presentation === 'stub');
  if (presentation !== 'full') return h;
  switch (a.type) {
    case 'dataflow':
      return { ...h, structure: urnOf(a.structure) };
    case 'datastructure':
      return { ...h, dataStructureComponents: components(a, lang) };
    case 'codelist':
      return {
        ...h,
        isPartial: Boolean(selected.items),
        codes: selectedItems(a.codelist.codes, selected).map((c) => ({
          id: c.id,
          ...localised(c.labels, lang),
          ...(c.parent ? { parent: c.parent } : {}),
        })),
      };
    case 'conceptscheme':
      return {
        ...h,
        isPartial: Boolean(selected.items),
        concepts: selectedItems(a.concepts, selected).map((c) => conceptJson(c, lang)),
      };
    case 'agencyscheme':
      return { ...h, isPartial: false, agencies: agenciesJson(a, lang) };
    case 'dataconstraint':
      return { ...h, ...constraintJson(selected, urnOf(a.dataflow)) };
  }
}

/** `base` is the 1.5 entry point (…/sdmx/v1): its structure paths carry no `structure/`. */
export function buildStructureMessageV1(
  selected: readonly SelectedArtefact[],
  lang: Lang,
  base: string,
  selfUrl: string,
) {
  const data = groupSections(selected, (s) => artefactJson(s, lang, base), 'contentConstraints');
  return { meta: messageMeta(STRUCTURE_SCHEMA_V1, lang, selfUrl), data };
}
