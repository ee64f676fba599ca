// SDMX-ML 3.0 structure messages, for SDMX REST 2.0.0 clients that ask for them: the same
// artefacts as the 2.1 message (structure-ml-v21.ts) in 3.0's shape — references are URNs,
// attributes say their usage and relationship, the measure is a Measure, actual constraints
// are DataConstraints, and sections come in the 3.0 schema's (alphabetical) order.
import type { Lang } from '../framework/types.js';
import { type Artefact, codelistRef, type DataStructureArtefact, tableAttributes } from './artefacts.js';
import { constraintMetrics } from './constraint-metrics-ml.js';
import { headerStart, namespaces, XML_DECLARATION } from './ml-header.js';
import type { SelectedArtefact } from './select-artefacts.js';
import { selectedItems } from './structure-sections.js';
import { agencyUrn, codeUrn, componentUrn, conceptUrn, urnOf } from './urns.js';
import { attrs, element, esc, localisedElements } from './xml-text.js';

const concept = (id: string) => `<str:ConceptIdentity>${esc(conceptUrn(id))}</str:ConceptIdentity>`;
const enumeration = (codelist: string) =>
  `<str:Enumeration>${esc(urnOf(codelistRef(codelist)))}</str:Enumeration>`;

function components(a: DataStructureArtefact): string {
  const dims = a.table.dimensions.filter((d) => d.id !== 'TIME_PERIOD');
  const dimensions = dims
    .map(
      (d, i) =>
        `<str:Dimension${attrs({ urn: componentUrn(a, 'Dimension', d.id), id: d.id, position: i + 1 })}>` +
        `${concept(d.id)}<str:LocalRepresentation>${enumeration(d.codelist)}</str:LocalRepresentation></str:Dimension>`,
    )
    .join('');
  const time =
    `<str:TimeDimension${attrs({ urn: componentUrn(a, 'TimeDimension', 'TIME_PERIOD'), id: 'TIME_PERIOD' })}>${concept('TIME_PERIOD')}` +
    `<str:LocalRepresentation><str:TextFormat textType="ObservationalTimePeriod"/></str:LocalRepresentation></str:TimeDimension>`;
  const attributes = tableAttributes(a.table)
    .map(
      (attr) =>
        `<str:Attribute${attrs({ urn: componentUrn(a, 'DataAttribute', attr.id), id: attr.id, usage: attr.id === 'OBS_STATUS' ? 'mandatory' : 'optional' })}>` +
        `${concept(attr.id)}<str:LocalRepresentation>${
          attr.codelist
            ? enumeration(attr.codelist)
            : `<str:TextFormat textType="${attr.id === 'OBS_NOTE' ? 'String' : 'Double'}"/>`
        }</str:LocalRepresentation><str:AttributeRelationship>${
          attr.attachment === 'dataset' ? '<str:Dataflow/>' : '<str:Observation/>'
        }</str:AttributeRelationship></str:Attribute>`,
    )
    .join('');
  const descriptor = (kind: string, id: string) => componentUrn(a, kind, id);
  return (
    `<str:DataStructureComponents><str:DimensionList${attrs({ urn: descriptor('DimensionDescriptor', 'DimensionDescriptor'), id: 'DimensionDescriptor' })}>${dimensions}${time}</str:DimensionList>` +
    `<str:AttributeList${attrs({ urn: descriptor('AttributeDescriptor', 'AttributeDescriptor'), id: 'AttributeDescriptor' })}>${attributes}</str:AttributeList>` +
    `<str:MeasureList${attrs({ urn: descriptor('MeasureDescriptor', 'MeasureDescriptor'), id: 'MeasureDescriptor' })}>` +
    `<str:Measure${attrs({ urn: descriptor('Measure', 'OBS_VALUE'), id: 'OBS_VALUE', usage: 'optional' })}>${concept('OBS_VALUE')}` +
    `<str:LocalRepresentation><str:TextFormat textType="Double"/></str:LocalRepresentation></str:Measure></str:MeasureList>` +
    `</str:DataStructureComponents>`
  );
}

function constraint(selected: SelectedArtefact): string {
  const a = selected.artefact;
  if (a.type !== 'dataconstraint') return '';
  const availability = selected.availability;
  const keyValues = [...(availability?.values ?? [])]
    .filter(([id]) => id !== 'TIME_PERIOD' && id)
    .map(
      ([id, values]) =>
        `<str:KeyValue${attrs({ id })}>${values.map((v) => `<str:Value>${esc(v)}</str:Value>`).join('')}</str:KeyValue>`,
    )
    .join('');
  const time =
    availability?.timeStart && availability.timeEnd
      ? `<str:KeyValue id="TIME_PERIOD"><str:TimeRange><str:StartPeriod isInclusive="true">${esc(availability.timeStart)}</str:StartPeriod>` +
        `<str:EndPeriod isInclusive="true">${esc(availability.timeEnd)}</str:EndPeriod></str:TimeRange></str:KeyValue>`
      : '';
  return (
    `<str:ConstraintAttachment><str:Dataflow>${esc(urnOf(a.dataflow))}</str:Dataflow></str:ConstraintAttachment>` +
    `<str:CubeRegion include="true">${keyValues}${time}</str:CubeRegion>`
  );
}

function body(selected: SelectedArtefact, lang: Lang): string {
  const a = selected.artefact;
  switch (a.type) {
    case 'dataflow':
      return `<str:Structure>${esc(urnOf(a.structure))}</str:Structure>`;
    case 'datastructure':
      return components(a);
    case 'codelist':
      return selectedItems(a.codelist.codes, selected)
        .map(
          (c) =>
            `<str:Code${attrs({ urn: codeUrn(a, c.id), id: c.id })}>${localisedElements('com:Name', c.labels, lang)}${
              c.parent ? `<str:Parent>${esc(c.parent)}</str:Parent>` : ''
            }</str:Code>`,
        )
        .join('');
    case 'conceptscheme':
      return selectedItems(a.concepts, selected)
        .map(
          (c) =>
            `<str:Concept${attrs({ urn: conceptUrn(c.id), id: c.id })}>${localisedElements('com:Name', c.names, lang)}${
              c.codelist ? `<str:CoreRepresentation>${enumeration(c.codelist)}</str:CoreRepresentation>` : ''
            }</str:Concept>`,
        )
        .join('');
    case 'agencyscheme':
      return a.agencies
        .map(
          (agency) =>
            `<str:Agency${attrs({ urn: agencyUrn(agency.id), id: agency.id })}>${localisedElements('com:Name', agency.names, lang)}</str:Agency>`,
        )
        .join('');
    case 'dataconstraint':
      return constraint(selected);
  }
}

// The order of StructuresType in the 3.0 SDMXStructure.xsd.
const SECTIONS: [Artefact['type'], string, string][] = [
  ['agencyscheme', 'str:AgencySchemes', 'str:AgencyScheme'],
  ['codelist', 'str:Codelists', 'str:Codelist'],
  ['conceptscheme', 'str:ConceptSchemes', 'str:ConceptScheme'],
  ['dataconstraint', 'str:DataConstraints', 'str:DataConstraint'],
  ['dataflow', 'str:Dataflows', 'str:Dataflow'],
  ['datastructure', 'str:DataStructures', 'str:DataStructure'],
];

function artefactXml(selected: SelectedArtefact, name: string, lang: Lang): string {
  const a = selected.artefact;
  const stub = selected.presentation !== 'full';
  const itemScheme = a.type === 'codelist' || a.type === 'conceptscheme' || a.type === 'agencyscheme';
  const head = attrs({
    urn: urnOf(a),
    isExternalReference: stub ? 'true' : 'false',
    agencyID: a.agency,
    id: a.id,
    // An agency scheme has no version in SDMX 3.0 (it is always 1.0).
    version: a.type === 'agencyscheme' ? undefined : a.version,
    ...(itemScheme && selected.items ? { isPartial: 'true' } : {}),
    ...(a.type === 'dataconstraint' ? { role: 'Actual' } : {}),
  });
  const descriptions =
    selected.presentation !== 'stub' && a.descriptions
      ? localisedElements('com:Description', a.descriptions, lang)
      : '';
  return `<${name}${head}>${constraintMetrics(selected)}${localisedElements('com:Name', a.names, lang)}${descriptions}${
    stub ? '' : body(selected, lang)
  }</${name}>`;
}

export function buildStructureMessageMl30(selected: readonly SelectedArtefact[], lang: Lang): string {
  const sections = SECTIONS.map(([type, section, name]) => {
    const items = selected.filter((s) => s.artefact.type === type);
    return items.length === 0
      ? ''
      : element(section, {}, items.map((s) => artefactXml(s, name, lang)).join(''));
  }).join('');
  return `${XML_DECLARATION}<mes:Structure${attrs(namespaces('3.0'))}>${headerStart(lang)}</mes:Header><mes:Structures>${sections}</mes:Structures></mes:Structure>\n`;
}
