// SDMX URNs of SICREMI's artefacts and their components (SDMX 3.0 registry syntax).
import type { ArtefactRef, ArtefactType } from './artefacts.js';
import { CONCEPT_SCHEME_REF } from './artefacts.js';

const PACKAGES: Record<ArtefactType, string> = {
  dataflow: 'datastructure.Dataflow',
  datastructure: 'datastructure.DataStructure',
  codelist: 'codelist.Codelist',
  conceptscheme: 'conceptscheme.ConceptScheme',
};

const PREFIX = 'urn:sdmx:org.sdmx.infomodel.';

export function urnOf(ref: ArtefactRef): string {
  return `${PREFIX}${PACKAGES[ref.type]}=${ref.agency}:${ref.id}(${ref.version})`;
}

export function conceptUrn(conceptId: string): string {
  const s = CONCEPT_SCHEME_REF;
  return `${PREFIX}conceptscheme.Concept=${s.agency}:${s.id}(${s.version}).${conceptId}`;
}

export function codeUrn(codelist: ArtefactRef, codeId: string): string {
  return `${urnOf(codelist)}.${codeId}`;
}

/** A component of a data structure: Dimension, TimeDimension, DataAttribute, Measure or a descriptor. */
export function componentUrn(dsd: ArtefactRef, kind: string, id: string): string {
  return `${PREFIX}datastructure.${kind}=${dsd.agency}:${dsd.id}(${dsd.version}).${id}`;
}
