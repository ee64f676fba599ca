// SICREMI's reporting framework as one versioned object, and the look-ups the rest of the
// system uses on it. Bump FRAMEWORK_VERSION whenever the data change; the checksum pins it.
import { ATTRIBUTES, OBS_VALUE } from './attributes.js';
import { computeChecksum } from './checksum.js';
import { CODELISTS } from './codelists/index.js';
import { COUNTRIES } from './countries.js';
import { GROUPINGS } from './groupings.js';
import { INDICATORS } from './indicators.js';
import { MEMBER_STATES, MEMBERSHIPS } from './member-states.js';
import { PHASES } from './phases.js';
import { POLICY_EVENT_RECORD } from './policy-event-record.js';
import { RULES } from './rules.js';
import { TABLES } from './tables.js';
import type { Framework, TableDef } from './types.js';

export const FRAMEWORK_VERSION = '2026.1';

export const FRAMEWORK: Framework = {
  version: FRAMEWORK_VERSION,
  codelists: [...CODELISTS],
  attributes: [...ATTRIBUTES],
  measure: OBS_VALUE,
  tables: [...TABLES],
  rules: [...RULES],
  indicators: [...INDICATORS],
  countries: [...COUNTRIES],
  memberStates: [...MEMBER_STATES],
  memberships: [...MEMBERSHIPS],
  phases: [...PHASES],
  groupings: [...GROUPINGS],
  records: [POLICY_EVENT_RECORD],
};

const TABLES_BY_ID = new Map(FRAMEWORK.tables.map((t) => [t.id, t]));

export function getTable(id: string): TableDef | undefined {
  return TABLES_BY_ID.get(id);
}

/** sha256 (hex) of the framework's canonical JSON; `framework` defaults to FRAMEWORK. */
export function computeFrameworkChecksum(framework: Framework = FRAMEWORK): string {
  return computeChecksum(framework);
}

export { ATTRIBUTES, COMMON_ATTRIBUTES, OBS_VALUE, SURVEY_ATTRIBUTES } from './attributes.js';
export {
  type Change,
  type ChangeAbsence,
  type ChangePoint,
  computeChange,
  type EditionPoint,
  findOlderEditionPoints,
  isComparable,
} from './change-rule.js';
export { computeChecksum, toCanonicalJson } from './checksum.js';
export { type CodeLookup, type CodeSuggestion, createCodeLookup, listCodeTexts } from './code-lookup.js';
export {
  type AddedCode,
  addedCodesTag,
  getCodelist,
  listCodelists,
  memoPerCodelist,
  setAddedCodes,
} from './codelist-registry.js';
export * from './codelists/index.js';
export { COUNTRIES, getCountry } from './countries.js';
export type { CodelistDescription, TableDescription, TableSummary } from './describe.js';
export { describeCodelist, describeTable, isLang, negotiateLanguage, summarizeTable } from './describe.js';
export { DIMENSIONS, type DimensionId } from './dimensions.js';
export { ENTRY_LAYOUTS, type EntryLayout, getEntryLayout } from './entry-layouts.js';
export {
  findColumnByHeader,
  findDimensionByHeader,
  listTableColumns,
  type TableColumn,
} from './find-column.js';
export { GROUPINGS, listGroupingsOf } from './groupings.js';
export {
  computeIndicatorValue,
  formulaOf,
  INDICATOR_FORMULAS,
  type IndicatorFormula,
  type Quantities,
} from './indicator-formulas.js';
export { INDICATORS } from './indicators.js';
export { label, labels } from './labels.js';
export { findMembership, listParticipatingStates, MEMBER_STATES, MEMBERSHIPS } from './member-states.js';
export { normalizeLabel } from './normalize-label.js';
export * from './observation.js';
export { findPhase, listPhaseMembers, PHASE_I_PILOT, PHASE_II_DEFAULT, PHASES } from './phases.js';
export { POLICY_EVENT_RECORD } from './policy-event-record.js';
export { getRule, listMessageSlots, RULES } from './rules.js';
export { diceSimilarity } from './similarity.js';
export {
  PROPAGATED_STATUSES,
  type PropagatedStatus,
  propagateStatus,
  UNDIRECTED_STATUSES,
  worstStatus,
} from './status-propagation.js';
export { TABLES } from './tables.js';
export * from './types.js';
