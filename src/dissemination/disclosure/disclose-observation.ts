// What a viewer gets of one cell. The public gets a protected cell with its key but without
// its value, note, CV or sample size: OBS_STATUS Q says it was suppressed and CONF_STATUS why
// (the sender's code for a primary cell, S for a secondary one, N for an unreliable survey
// cell). Authorised viewers get the cell as published, with the protection the public sees.
import type { Observation } from '../../framework/observation.js';
import type { TableDef } from '../../framework/types.js';
import { canSeeUnsuppressed, type Viewer } from '../viewer.js';
import { DISCLOSURE_RULES as RULES } from './disclosure-rules.js';
import { isLowReliability } from './primary-suppression.js';
import type { Protection } from './protect-slice.js';

export interface DisclosedObservation extends Observation {
  releaseId: number;
  /** Set for authorised viewers only: how the public sees this cell. */
  protection?: Protection['kind'];
}

function publicConf(obs: Observation, protection: Protection): string {
  if (protection.kind === 'secondary') return RULES.secondaryConf;
  if (obs.conf !== RULES.publishableConf) return obs.conf;
  return protection.reason === 'survey-cv' || protection.reason === 'survey-sample'
    ? RULES.unreliableConf
    : obs.conf;
}

export function discloseObservation(
  obs: Observation & { releaseId: number },
  protection: Protection | undefined,
  viewer: Viewer,
  table: TableDef,
): DisclosedObservation {
  const unsuppressed = canSeeUnsuppressed(viewer, obs.key.REF_AREA ?? '');
  // Object literals of one shape, no spreads: a large read discloses 200,000 rows.
  if (protection && !unsuppressed) {
    return {
      table: obs.table,
      key: obs.key,
      releaseId: obs.releaseId,
      value: null,
      status: RULES.suppressedStatus,
      conf: publicConf(obs, protection),
      note: null,
      cv: null,
      sampleN: null,
    };
  }
  const disclosed: DisclosedObservation = {
    table: obs.table,
    key: obs.key,
    releaseId: obs.releaseId,
    value: obs.value,
    status: !protection && isLowReliability(obs, table) ? RULES.lowReliabilityStatus : obs.status,
    conf: obs.conf,
    note: obs.note ?? null,
    cv: obs.cv ?? null,
    sampleN: obs.sampleN ?? null,
  };
  // Authorised viewers are told how the public sees a protected cell.
  if (protection) disclosed.protection = protection.kind;
  return disclosed;
}
