// Primary suppression, FRAMEWORK §8: a cell is protected on its own when its CONF_STATUS is
// anything but F (C confidential, N internal, D secondary set by the sender...), when the
// sender already suppressed it (status Q), or, in survey tables, when its CV exceeds 33.3 %
// or its unweighted sample is below 10.
import type { Observation } from '../../framework/observation.js';
import type { TableDef } from '../../framework/types.js';
import { DISCLOSURE_RULES as RULES } from './disclosure-rules.js';

export type PrimaryReason = 'confidential' | 'sender-suppressed' | 'survey-cv' | 'survey-sample';

export function findPrimaryReason(obs: Observation, table: TableDef): PrimaryReason | undefined {
  if (obs.conf !== RULES.publishableConf) return 'confidential';
  if (obs.status === RULES.suppressedStatus) return 'sender-suppressed';
  if (table.survey) {
    if (obs.cv != null && obs.cv > RULES.surveyCvSuppressAbove) return 'survey-cv';
    if (obs.sampleN != null && obs.sampleN < RULES.surveySampleBelow) return 'survey-sample';
  }
  return undefined;
}

/** A published survey value whose CV calls for the low-reliability flag. */
export function isLowReliability(obs: Observation, table: TableDef): boolean {
  return (
    table.survey &&
    obs.cv != null &&
    obs.cv >= RULES.surveyCvFlagFrom &&
    obs.cv <= RULES.surveyCvSuppressAbove
  );
}
