// SICREMI's framework seen as SDMX structural metadata, maintained by agency OAS: each of the
// 15 tables is a dataflow (same id) with its data structure (DSD_<table>), the code lists
// its dimensions and attributes use, and one concept scheme (CS_SICREMI) naming every concept.
// Built once from the framework data: nothing here is written by hand twice.
import { ATTRIBUTES, CODELISTS, DIMENSIONS, getCodelist, OBS_VALUE, TABLES } from '../framework/index.js';
import type { AttributeDef, Codelist, Labels, TableDef } from '../framework/types.js';

export const AGENCY = 'OAS';
export const STRUCTURE_VERSION = '1.0';
export const CONCEPT_SCHEME_ID = 'CS_SICREMI';

export type ArtefactType =
  | 'dataflow'
  | 'datastructure'
  | 'codelist'
  | 'conceptscheme'
  | 'agencyscheme'
  | 'dataconstraint';

export interface ArtefactRef {
  type: ArtefactType;
  agency: string;
  id: string;
  version: string;
}

interface ArtefactBase extends ArtefactRef {
  names: Labels;
  descriptions?: Labels;
  /** Artefacts this one references directly (SDMX "children"). */
  children: ArtefactRef[];
}

export interface DataflowArtefact extends ArtefactBase {
  type: 'dataflow';
  table: TableDef;
  structure: ArtefactRef;
}

export interface DataStructureArtefact extends ArtefactBase {
  type: 'datastructure';
  table: TableDef;
}

export interface CodelistArtefact extends ArtefactBase {
  type: 'codelist';
  codelist: Codelist;
}

export interface Concept {
  id: string;
  names: Labels;
  codelist?: string;
}

export interface ConceptSchemeArtefact extends ArtefactBase {
  type: 'conceptscheme';
  concepts: Concept[];
}

/** The agencies maintaining SICREMI's artefacts (OAS), as SDMX's agency scheme lists them. */
export interface AgencySchemeArtefact extends ArtefactBase {
  type: 'agencyscheme';
  agencies: { id: string; names: Labels }[];
}

/**
 * A dataflow's actual content constraint: which codes have data. Its cube region is read from
 * the store when served (see src/dissemination/read-availability.ts); this artefact only names it.
 */
export interface ConstraintArtefact extends ArtefactBase {
  type: 'dataconstraint';
  dataflow: DataflowArtefact;
}

export type Artefact =
  | DataflowArtefact
  | DataStructureArtefact
  | CodelistArtefact
  | ConceptSchemeArtefact
  | AgencySchemeArtefact
  | ConstraintArtefact;

const ATTRIBUTE_BY_ID = new Map(ATTRIBUTES.map((a) => [a.id, a]));

export function codelistRef(id: string): ArtefactRef {
  const list = getCodelist(id);
  return {
    type: 'codelist',
    agency: list?.agency ?? AGENCY,
    id,
    version: list?.version ?? STRUCTURE_VERSION,
  };
}

export const CONCEPT_SCHEME_REF: ArtefactRef = {
  type: 'conceptscheme',
  agency: AGENCY,
  id: CONCEPT_SCHEME_ID,
  version: STRUCTURE_VERSION,
};

export function dsdId(table: TableDef): string {
  return `DSD_${table.id}`;
}

/** The attributes of a table's structure, with the code list of each coded one. */
export function tableAttributes(table: TableDef): AttributeDef[] {
  return table.attributes.map((id) => ATTRIBUTE_BY_ID.get(id)).filter((a): a is AttributeDef => Boolean(a));
}

/** Code lists a table's structure uses, dimensions first. */
export function tableCodelists(table: TableDef): string[] {
  const ids = [
    ...table.dimensions.map((d) => d.codelist),
    ...tableAttributes(table).map((a) => a.codelist ?? ''),
  ].filter(Boolean);
  return [...new Set(ids)];
}

function buildConcepts(): Concept[] {
  const dims = Object.values(DIMENSIONS).map((d) => ({
    id: d.id,
    names: d.names,
    ...(d.codelist ? { codelist: d.codelist } : {}),
  }));
  const attrs = ATTRIBUTES.map((a) => ({
    id: a.id,
    names: a.names,
    ...(a.codelist ? { codelist: a.codelist } : {}),
  }));
  return [...dims, { id: OBS_VALUE.id, names: OBS_VALUE.names }, ...attrs];
}

const SCHEME_NAMES: Labels = {
  en: 'SICREMI concepts',
  es: 'Conceptos del SICREMI',
  fr: 'Concepts du SICREMI',
  pt: 'Conceitos do SICREMI',
};

export const AGENCY_SCHEME_REF: ArtefactRef = {
  type: 'agencyscheme',
  agency: 'SDMX',
  id: 'AGENCIES',
  version: '1.0',
};

export const AGENCY_NAMES: Labels = {
  en: 'Organization of American States',
  es: 'Organización de los Estados Americanos',
  fr: 'Organisation des États américains',
  pt: 'Organização dos Estados Americanos',
};

export function constraintId(flowId: string): string {
  return `CC_${flowId}`;
}

function buildArtefacts(): Artefact[] {
  const out: Artefact[] = [];
  for (const table of TABLES) {
    const dsd: ArtefactRef = {
      type: 'datastructure',
      agency: AGENCY,
      id: dsdId(table),
      version: STRUCTURE_VERSION,
    };
    out.push({
      ...dsd,
      type: 'datastructure',
      table,
      names: table.names,
      descriptions: table.descriptions,
      children: [...tableCodelists(table).map(codelistRef), CONCEPT_SCHEME_REF],
    });
    const dataflow: DataflowArtefact = {
      type: 'dataflow',
      agency: AGENCY,
      id: table.id,
      version: STRUCTURE_VERSION,
      table,
      names: table.names,
      descriptions: table.descriptions,
      structure: dsd,
      children: [dsd],
    };
    out.push(dataflow);
    out.push({
      type: 'dataconstraint',
      agency: AGENCY,
      id: constraintId(table.id),
      version: STRUCTURE_VERSION,
      names: {
        en: `Data available: ${table.names.en}`,
        es: `Datos disponibles: ${table.names.es}`,
        fr: `Données disponibles : ${table.names.fr}`,
        pt: `Dados disponíveis: ${table.names.pt}`,
      },
      dataflow,
      children: [dataflow],
    });
  }
  for (const framework of CODELISTS) {
    out.push({
      ...codelistRef(framework.id),
      type: 'codelist',
      // Read at each use: a coordinator may have added codes since the artefacts were built.
      get codelist() {
        return getCodelist(framework.id) ?? framework;
      },
      names: framework.names,
      children: [],
    });
  }
  const concepts = buildConcepts();
  out.push({
    ...CONCEPT_SCHEME_REF,
    type: 'conceptscheme',
    names: SCHEME_NAMES,
    concepts,
    children: [...new Set(concepts.map((c) => c.codelist).filter((c): c is string => Boolean(c)))].map(
      codelistRef,
    ),
  });
  out.push({
    ...AGENCY_SCHEME_REF,
    type: 'agencyscheme',
    names: {
      en: 'SDMX agency scheme',
      es: 'Esquema de agencias SDMX',
      fr: 'Schéma des agences SDMX',
      pt: 'Esquema de agências SDMX',
    },
    agencies: [{ id: AGENCY, names: AGENCY_NAMES }],
    children: [],
  });
  return out;
}

export const ARTEFACTS: readonly Artefact[] = buildArtefacts();

export function refKey(ref: ArtefactRef): string {
  return `${ref.type}:${ref.agency}:${ref.id}(${ref.version})`;
}

const BY_KEY = new Map(ARTEFACTS.map((a) => [refKey(a), a]));

export function findArtefact(ref: ArtefactRef): Artefact | undefined {
  return BY_KEY.get(refKey(ref));
}

export function findDataflow(id: string): DataflowArtefact | undefined {
  return ARTEFACTS.find((a): a is DataflowArtefact => a.type === 'dataflow' && a.id === id);
}
