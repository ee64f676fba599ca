// SDMX-ML 2.1 structure messages: the agency scheme, dataflows, code lists, the concept scheme,
// data structures and each dataflow's actual content constraint, in the order the 2.1 schema
// lists them, with URNs and names in every language (xml:lang). Stubs carry names only.
import type { Lang } from '../framework/types.js';
import {
  type Artefact,
  type ArtefactRef,
  CONCEPT_SCHEME_REF,
  codelistRef,
  type DataStructureArtefact,
  tableAttributes,
} from './artefacts.js';
import { constraintMetrics } from './constraint-metrics-ml.js';
import { headerStart, namespaces, XML_DECLARATION } from './ml-header.js';
import type { SelectedArtefact } from './select-artefacts.js';
import { selectedItems } from './structure-sections.js';
import { agencyUrn, codeUrn, conceptUrn, urnOf } from './urns.js';
import { attrs, element, esc, localisedElements } from './xml-text.js';

const CLASSES: Record<ArtefactRef['type'], [string, string]> = {
  dataflow: ['datastructure', 'Dataflow'],
  datastructure: ['datastructure', 'DataStructure'],
  codelist: ['codelist', 'Codelist'],
  conceptscheme: ['conceptscheme', 'ConceptScheme'],
  agencyscheme: ['base', 'AgencyScheme'],
  dataconstraint: ['registry', 'ContentConstraint'],
};

function ref(r: ArtefactRef): string {
  const [pkg, cls] = CLASSES[r.type];
  return `<Ref${attrs({ agencyID: r.agency, id: r.id, version: r.version, package: pkg, class: cls })}/>`;
}

function conceptRef(id: string): string {
  const s = CONCEPT_SCHEME_REF;
  return `<str:ConceptIdentity><Ref${attrs({
    agencyID: s.agency,
    maintainableParentID: s.id,
    maintainableParentVersion: s.version,
    id,
    package: 'conceptscheme',
    class: 'Concept',
  })}/></str:ConceptIdentity>`;
}

const enumeration = (codelist: string) => `<str:Enumeration>${ref(codelistRef(codelist))}</str:Enumeration>`;

function components(a: DataStructureArtefact): string {
  const dims = a.table.dimensions.filter((d) => d.id !== 'TIME_PERIOD');
  const dimensions = dims
    .map(
      (d, i) =>
        `<str:Dimension${attrs({ id: d.id, urn: `urn:sdmx:org.sdmx.infomodel.datastructure.Dimension=${a.agency}:${a.id}(${a.version}).${d.id}`, position: i + 1 })}>` +
        `${conceptRef(d.id)}<str:LocalRepresentation>${enumeration(d.codelist)}</str:LocalRepresentation></str:Dimension>`,
    )
    .join('');
  const time =
    `<str:TimeDimension${attrs({ id: 'TIME_PERIOD', position: dims.length + 1 })}>${conceptRef('TIME_PERIOD')}` +
    `<str:LocalRepresentation><str:TextFormat textType="ObservationalTimePeriod"/></str:LocalRepresentation></str:TimeDimension>`;
  const attributes = tableAttributes(a.table)
    .map(
      (attr) =>
        `<str:Attribute${attrs({ id: attr.id, assignmentStatus: attr.id === 'OBS_STATUS' ? 'Mandatory' : 'Conditional' })}>` +
        `${conceptRef(attr.id)}<str:LocalRepresentation>${
          attr.codelist
            ? enumeration(attr.codelist)
            : `<str:TextFormat textType="${attr.id === 'OBS_NOTE' ? 'String' : 'Double'}"/>`
        }</str:LocalRepresentation><str:AttributeRelationship>${
          attr.attachment === 'dataset'
            ? '<str:None/>'
            : '<str:PrimaryMeasure><Ref id="OBS_VALUE"/></str:PrimaryMeasure>'
        }</str:AttributeRelationship></str:Attribute>`,
    )
    .join('');
  return (
    `<str:DataStructureComponents><str:DimensionList id="DimensionDescriptor">${dimensions}${time}</str:DimensionList>` +
    `<str:AttributeList id="AttributeDescriptor">${attributes}</str:AttributeList>` +
    `<str:MeasureList id="MeasureDescriptor"><str:PrimaryMeasure id="OBS_VALUE">${conceptRef('OBS_VALUE')}` +
    `<str:LocalRepresentation><str:TextFormat textType="Double"/></str:LocalRepresentation></str:PrimaryMeasure></str:MeasureList>` +
    `</str:DataStructureComponents>`
  );
}

function constraintBody(selected: SelectedArtefact): string {
  const a = selected.artefact;
  if (a.type !== 'dataconstraint') return '';
  const availability = selected.availability;
  const keyValues = [...(availability?.values ?? [])]
    .filter(([id]) => id !== 'TIME_PERIOD')
    .map(
      ([id, values]) =>
        `<com:KeyValue${attrs({ id })}>${values.map((v) => `<com:Value>${esc(v)}</com:Value>`).join('')}</com:KeyValue>`,
    )
    .join('');
  const time =
    availability?.timeStart && availability.timeEnd
      ? `<com:KeyValue id="TIME_PERIOD"><com:TimeRange><com:StartPeriod isInclusive="true">${esc(availability.timeStart)}</com:StartPeriod>` +
        `<com:EndPeriod isInclusive="true">${esc(availability.timeEnd)}</com:EndPeriod></com:TimeRange></com:KeyValue>`
      : '';
  return (
    `<str:ConstraintAttachment><str:Dataflow>${ref(a.dataflow)}</str:Dataflow></str:ConstraintAttachment>` +
    `<str:CubeRegion include="true">${keyValues}${time}</str:CubeRegion>`
  );
}

function body(selected: SelectedArtefact, lang: Lang): string {
  const a = selected.artefact;
  switch (a.type) {
    case 'dataflow':
      return `<str:Structure>${ref(a.structure)}</str:Structure>`;
    case 'datastructure':
      return components(a);
    case 'codelist':
      return selectedItems(a.codelist.codes, selected)
        .map(
          (c) =>
            `<str:Code${attrs({ id: c.id, urn: codeUrn(a, c.id) })}>${localisedElements('com:Name', c.labels, lang)}${
              c.parent ? `<str:Parent><Ref id="${esc(c.parent)}"/></str:Parent>` : ''
            }</str:Code>`,
        )
        .join('');
    case 'conceptscheme':
      return selectedItems(a.concepts, selected)
        .map(
          (c) =>
            `<str:Concept${attrs({ id: c.id, urn: conceptUrn(c.id) })}>${localisedElements('com:Name', c.names, lang)}${
              c.codelist ? `<str:CoreRepresentation>${enumeration(c.codelist)}</str:CoreRepresentation>` : ''
            }</str:Concept>`,
        )
        .join('');
    case 'agencyscheme':
      return a.agencies
        .map(
          (agency) =>
            `<str:Agency${attrs({ id: agency.id, urn: agencyUrn(agency.id) })}>${localisedElements('com:Name', agency.names, lang)}</str:Agency>`,
        )
        .join('');
    case 'dataconstraint':
      return constraintBody(selected);
  }
}

const ELEMENTS: Record<Artefact['type'], [string, string]> = {
  agencyscheme: ['str:OrganisationSchemes', 'str:AgencyScheme'],
  dataflow: ['str:Dataflows', 'str:Dataflow'],
  codelist: ['str:Codelists', 'str:Codelist'],
  conceptscheme: ['str:Concepts', 'str:ConceptScheme'],
  datastructure: ['str:DataStructures', 'str:DataStructure'],
  dataconstraint: ['str:Constraints', 'str:ContentConstraint'],
};

// The order of StructuresType in SDMXStructure.xsd.
const ORDER: Artefact['type'][] = [
  'agencyscheme',
  'dataflow',
  'codelist',
  'conceptscheme',
  'datastructure',
  'dataconstraint',
];

function artefactXml(selected: SelectedArtefact, lang: Lang): string {
  const a = selected.artefact;
  const [, name] = ELEMENTS[a.type];
  const stub = selected.presentation !== 'full';
  const head = attrs({
    id: a.id,
    urn: urnOf(a, '2.1'),
    agencyID: a.agency,
    version: a.version,
    isExternalReference: stub ? 'true' : 'false',
    isFinal: a.type === 'agencyscheme' ? 'false' : 'true',
    ...(a.type === 'codelist' || a.type === 'conceptscheme' || a.type === 'agencyscheme'
      ? { isPartial: selected.items ? 'true' : undefined }
      : {}),
    ...(a.type === 'dataconstraint' ? { type: 'Actual' } : {}),
  });
  const names = localisedElements('com:Name', a.names, lang);
  const descriptions =
    selected.presentation !== 'stub' && a.descriptions
      ? localisedElements('com:Description', a.descriptions, lang)
      : '';
  return `<${name}${head}>${constraintMetrics(selected)}${names}${descriptions}${stub ? '' : body(selected, lang)}</${name}>`;
}

export function buildStructureMessageMl21(selected: readonly SelectedArtefact[], lang: Lang): string {
  const sections = ORDER.map((type) => {
    const items = selected.filter((s) => s.artefact.type === type);
    if (items.length === 0) return '';
    const [section] = ELEMENTS[type];
    return element(section, {}, items.map((s) => artefactXml(s, lang)).join(''));
  }).join('');
  return `${XML_DECLARATION}<mes:Structure${attrs(namespaces('2.1'))}>${headerStart(lang)}</mes:Header><mes:Structures>${sections}</mes:Structures></mes:Structure>\n`;
}
