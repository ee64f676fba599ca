// SDMX URNs of SICREMI's artefacts and their components (SDMX 3.0 registry syntax).
import type { ArtefactRef, ArtefactType } from './artefacts.js';
import { CONCEPT_SCHEME_REF } from './artefacts.js';

const PACKAGES: Record<ArtefactType, string> = {
  dataflow: 'datastructure.Dataflow',
  datastructure: 'datastructure.DataStructure',
  codelist: 'codelist.Codelist',
  conceptscheme: 'conceptscheme.ConceptScheme',
  agencyscheme: 'base.AgencyScheme',
  dataconstraint: 'registry.DataConstraint',
};

const PREFIX = 'urn:sdmx:org.sdmx.infomodel.';

/** SDMX 2.1 names an actual constraint a ContentConstraint; 3.0 a DataConstraint. */
export function urnOf(ref: ArtefactRef, standard: '2.1' | '3.0' = '3.0'): string {
  const pkg =
    standard === '2.1' && ref.type === 'dataconstraint' ? 'registry.ContentConstraint' : PACKAGES[ref.type];
  return `${PREFIX}${pkg}=${ref.agency}:${ref.id}(${ref.version})`;
}

export function conceptUrn(conceptId: string): string {
  const s = CONCEPT_SCHEME_REF;
  return `${PREFIX}conceptscheme.Concept=${s.agency}:${s.id}(${s.version}).${conceptId}`;
}

/** A code's URN names the Code class, not its code list's: ...codelist.Code=OAS:CL_SEX(1.0).F */
export function codeUrn(codelist: ArtefactRef, codeId: string): string {
  return `${PREFIX}codelist.Code=${codelist.agency}:${codelist.id}(${codelist.version}).${codeId}`;
}

/** An agency is an item of SDMX's agency scheme: ...base.Agency=SDMX:AGENCIES(1.0).OAS */
export function agencyUrn(agencyId: string): string {
  return `${PREFIX}base.Agency=SDMX:AGENCIES(1.0).${agencyId}`;
}

/** A component of a data structure: Dimension, TimeDimension, DataAttribute, Measure or a descriptor. */
export function componentUrn(dsd: ArtefactRef, kind: string, id: string): string {
  return `${PREFIX}datastructure.${kind}=${dsd.agency}:${dsd.id}(${dsd.version}).${id}`;
}
