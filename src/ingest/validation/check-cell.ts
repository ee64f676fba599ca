// One observation on its own (FRAMEWORK §4, §6.1): a value is a number ≥ 0, or empty with a
// status saying why (L, M, O or Q) — an empty cell is not a zero; statuses come from their
// SDMX code lists. Returns whether the observation may enter the set-level checks.
import { getCodelist } from '../../framework/index.js';
import { MISSING_STATUSES, type Observation } from '../../framework/observation.js';
import { createIssue, type IssueLocation } from '../issues/issue.js';
import type { IssueLog } from '../issues/issue-log.js';
import type { ObservationLocation } from './validation-context.js';

const codeIds = (id: string) => new Set(getCodelist(id)?.codes.map((c) => c.id));
const OBS_STATUSES = codeIds('CL_OBS_STATUS');
const CONF_STATUSES = codeIds('CL_CONF_STATUS');

function at(location: ObservationLocation, column: string | undefined): IssueLocation {
  const where: IssueLocation = { row: location.row };
  if (column !== undefined) where.column = column;
  if (location.sheet !== undefined) where.sheet = location.sheet;
  return where;
}

export function checkCell(observation: Observation, location: ObservationLocation, log: IssueLog): boolean {
  return checkCellValues(observation.value, observation.status, observation.conf, location, log);
}

/** checkCell on the parts of an observation (the file reader's keyed rows have no object). */
export function checkCellValues(
  value: number | null,
  status: string,
  conf: string,
  location: ObservationLocation,
  log: IssueLog,
): boolean {
  let valid = true;
  if (status !== '' && !OBS_STATUSES.has(status)) {
    const column = location.statusColumn ?? 'OBS_STATUS';
    log.add(
      createIssue('BAD_STATUS', at(location, column), { expected: [...OBS_STATUSES].join(', ') }, status),
    );
    valid = false;
  }
  if (!CONF_STATUSES.has(conf)) {
    const column = location.confColumn ?? 'CONF_STATUS';
    log.add(
      createIssue('BAD_STATUS', at(location, column), { expected: [...CONF_STATUSES].join(', ') }, conf),
    );
    valid = false;
  }
  if (value !== null && value < 0) {
    log.add(createIssue('NEGATIVE_VALUE', at(location, location.column), {}, value));
    valid = false;
  }
  if (value === null && valid && !MISSING_STATUSES.has(status)) {
    log.add(createIssue('MISSING_STATUS', at(location, location.column), {}, status || undefined));
    valid = false;
  }
  return valid;
}
