// An observation's key as digits, checking each code on the way: every dimension present, every
// code reportable in its list, the year a year, the country (REF_AREA, always first) the
// submission's. The file reader
// has already mapped codes, so for files this only encodes; for the data-entry grid it checks.
import type { Observation } from '../../framework/observation.js';
import { createIssue, type IssueLocation } from '../issues/issue.js';
import type { IssueLog } from '../issues/issue-log.js';
import type { KeyCodec } from './key-codec.js';
import type { ObservationLocation } from './validation-context.js';

/** Fills `digits` and returns the key number, or undefined after logging what is wrong. */
export function encodeKey(
  codec: KeyCodec,
  observation: Observation,
  country: string,
  location: ObservationLocation,
  digits: number[],
  log: IssueLog,
): number | undefined {
  let key = 0;
  let valid = true;
  const dimensions = codec.dimensions;
  for (let d = 0; d < dimensions.length; d++) {
    const id = dimensions[d] as string;
    const code = observation.key[id];
    if (code === undefined || code === '') {
      log.add(createIssue('MISSING_CODE', where(location, id)));
      valid = false;
      continue;
    }
    const digit = codec.digitOf(d, code);
    if (digit < 0) {
      const unknown = codec.isTime(d) ? 'BAD_PERIOD' : 'UNKNOWN_CODE';
      log.add(createIssue(unknown, where(location, id), { suggestions: '', dimension: id }, code));
      valid = false;
      continue;
    }
    if (d === 0 && code !== country) {
      log.add(createIssue('WRONG_COUNTRY', where(location, id), { country }, code));
      valid = false;
    }
    digits[d] = digit;
    key += digit * codec.weight(d);
  }
  return valid ? key : undefined;
}

function where(location: ObservationLocation, column: string): IssueLocation {
  const at: IssueLocation = { row: location.row, column };
  if (location.sheet !== undefined) at.sheet = location.sheet;
  return at;
}
