// The XML schema of SDMX-ML 2.1 or 3.0 structure-specific data for one data structure and one
// observation dimension: SDMX derives it from the DSD (series attributes are its dimensions,
// observation attributes the observation dimension, the measure and the attributes). Served by
// the REST `schema` resource and used to validate SICREMI's structure-specific messages.
import type { DataflowArtefact } from './artefacts.js';
import { tableAttributes } from './artefacts.js';
import { structureNamespace } from './data-ml.js';
import type { MlVersion } from './ml-header.js';
import { attrs } from './xml-text.js';

const XS = 'http://www.w3.org/2001/XMLSchema';
const ROOTS: Record<MlVersion, string> = {
  '2.1': 'http://www.sdmx.org/resources/sdmxml/schemas/v2_1',
  '3.0': 'http://www.sdmx.org/resources/sdmxml/schemas/v3_0',
};

/** `locations` tells where the official SDMX schemas are (a URL or a path ending with /). */
export function buildStructureSpecificSchema(
  dataflow: DataflowArtefact,
  obsDim: string,
  locations: string,
  version: MlVersion = '2.1',
): string {
  const V21 = ROOTS[version];
  const v21 = version === '2.1';
  // SDMX 2.1's base types declare REPORTING_YEAR_START_DAY, which derived types prohibit.
  const noYearStart = (a: typeof attribute) =>
    v21 ? a('REPORTING_YEAR_START_DAY', 'xs:gMonthDay', 'prohibited') : '';
  const table = dataflow.table;
  const flat = obsDim === 'AllDimensions';
  function attribute(name: string, type: string, use: 'required' | 'optional' | 'prohibited'): string {
    return `<xs:attribute${attrs({ name, type, use })}/>`;
  }
  const typeOf = (id: string) =>
    id === 'TIME_PERIOD'
      ? 'common:ObservationalTimePeriodType'
      : id === 'OBS_VALUE'
        ? 'xs:double'
        : 'xs:string';
  const seriesDims = flat ? [] : table.dimensions.filter((d) => d.id !== obsDim);
  const obsDims = flat ? table.dimensions : table.dimensions.filter((d) => d.id === obsDim);
  const attributes = tableAttributes(table);
  const datasetAttrs = attributes.filter((a) => a.attachment === 'dataset');
  const obsAttrs = attributes.filter((a) => a.attachment === 'observation');
  const target = structureNamespace(dataflow, obsDim, version);
  const items = flat
    ? '<xs:element name="Obs" type="ObsType" form="unqualified" maxOccurs="unbounded"/>'
    : '<xs:element name="Series" type="SeriesType" form="unqualified" maxOccurs="unbounded"/>';
  const series = flat
    ? ''
    : `<xs:complexType name="SeriesType"><xs:complexContent><xs:restriction base="dsd:SeriesType"><xs:sequence>` +
      `<xs:element ref="common:Annotations" minOccurs="0"/><xs:element name="Obs" type="ObsType" form="unqualified" minOccurs="0" maxOccurs="unbounded"/>` +
      `</xs:sequence>${seriesDims.map((d) => attribute(d.id, typeOf(d.id), 'required')).join('')}` +
      `${noYearStart(attribute)}${
        seriesDims.some((d) => d.id === 'TIME_PERIOD')
          ? ''
          : attribute('TIME_PERIOD', 'common:ObservationalTimePeriodType', 'prohibited')
      }</xs:restriction></xs:complexContent></xs:complexType>`;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<xs:schema${attrs({
      'xmlns:xs': XS,
      xmlns: target,
      'xmlns:dsd': `${V21}/data/structurespecific`,
      'xmlns:common': `${V21}/common`,
      targetNamespace: target,
      elementFormDefault: 'qualified',
      attributeFormDefault: 'unqualified',
    })}>` +
    `<xs:import namespace="${V21}/data/structurespecific" schemaLocation="${locations}SDMXDataStructureSpecific.xsd"/>` +
    `<xs:import namespace="${V21}/common" schemaLocation="${locations}SDMXCommon.xsd"/>` +
    `<xs:complexType name="DataSetType"><xs:complexContent><xs:restriction base="dsd:DataSetType"><xs:sequence>` +
    `<xs:element ref="common:Annotations" minOccurs="0"/><xs:element name="DataProvider" type="common:DataProviderReferenceType" form="unqualified" minOccurs="0"/>` +
    `<xs:choice minOccurs="0"${v21 ? '' : ' maxOccurs="unbounded"'}>${items}</xs:choice></xs:sequence>` +
    `${datasetAttrs.map((a) => attribute(a.id, typeOf(a.id), 'optional')).join('')}` +
    `${noYearStart(attribute)}</xs:restriction></xs:complexContent></xs:complexType>` +
    series +
    `<xs:complexType name="ObsType"><xs:complexContent><xs:restriction base="dsd:ObsType"><xs:sequence><xs:element ref="common:Annotations" minOccurs="0"/></xs:sequence>` +
    `${obsDims.map((d) => attribute(d.id, typeOf(d.id), 'required')).join('')}` +
    `${obsDims.some((d) => d.id === 'TIME_PERIOD') ? '' : attribute('TIME_PERIOD', 'common:ObservationalTimePeriodType', 'prohibited')}` +
    `${attribute('OBS_VALUE', 'xs:double', 'optional')}${obsAttrs.map((a) => attribute(a.id, typeOf(a.id), 'optional')).join('')}` +
    `${attribute('type', 'common:IDType', 'prohibited')}${noYearStart(attribute)}` +
    `</xs:restriction></xs:complexContent></xs:complexType></xs:schema>\n`
  );
}
