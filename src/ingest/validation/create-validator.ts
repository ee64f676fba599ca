// Validation as the framework's rules say (§6): each observation is checked as it arrives (its
// codes, value and status, and against the keys seen before it), then the whole set once it is
// complete (additivity, completeness, outliers, series breaks, related tables). Every problem
// is logged; nothing is thrown. The file pipeline and the data-entry grid both come through here.
import type { Observation } from '../../framework/observation.js';
import type { TableDef } from '../../framework/types.js';
import { createIssue, type IssueLocation } from '../issues/issue.js';
import type { IssueLog } from '../issues/issue-log.js';
import { checkAdditivity } from './check-additivity.js';
import { checkCell, checkCellValues } from './check-cell.js';
import { checkCompleteness } from './check-completeness.js';
import { checkCrossTables } from './check-cross-tables.js';
import { checkOutliers } from './check-outliers.js';
import { checkSeriesBreaks } from './check-series-breaks.js';
import { encodeKey } from './encode-key.js';
import { createKeyCodec, type KeyCodec } from './key-codec.js';
import type { KeyedObservation } from './keyed-observation.js';
import { createObservationTable } from './observation-table.js';
import type { ObservationLocation, ValidationContext } from './validation-context.js';
import type { ValidationState } from './validation-state.js';

export interface ObservationValidator {
  /** Checks one observation; true when it was accepted into the set. */
  add(observation: Observation, location: ObservationLocation): boolean;
  /**
   * add() for an observation whose key the reader has encoded with `codec` — every digit a
   * reportable code, the country the submission's — so the same checks but the key's.
   */
  addKeyed(observation: KeyedObservation): boolean;
  /** The codec keys are encoded with. */
  readonly codec: KeyCodec;
  /** Runs the set-level rules; call once, after the last add. */
  finish(): void;
  /** Observations accepted so far. */
  readonly accepted: number;
}

export function createObservationValidator(
  table: TableDef,
  country: string,
  context: ValidationContext,
  log: IssueLog,
): ObservationValidator {
  const codec = createKeyCodec(table);
  const observations = createObservationTable(codec);
  const locations: IssueLocation[] = [];
  const locationIndex = new Map<string, number>();
  const digits: number[] = new Array(codec.dimensions.length).fill(0);
  const state: ValidationState = {
    table,
    country,
    codec,
    observations,
    locations,
    context,
    log,
    breaks: new Set(),
  };

  // Locations repeat (one column, one sheet): remember the last one to skip building its id.
  let last: { column?: string | undefined; sheet?: string | undefined; index: number } = { index: -1 };
  function internLocation(location: ObservationLocation): number {
    if (last.index >= 0 && last.column === location.column && last.sheet === location.sheet)
      return last.index;
    const id = `${location.column ?? ''}\u0000${location.sheet ?? ''}`;
    let index = locationIndex.get(id);
    if (index === undefined) {
      const interned: IssueLocation = {};
      if (location.column !== undefined) interned.column = location.column;
      if (location.sheet !== undefined) interned.sheet = location.sheet;
      index = locations.push(interned) - 1;
      locationIndex.set(id, index);
    }
    last = { column: location.column, sheet: location.sheet, index };
    return index;
  }

  /** Takes the key unless an earlier observation holds it (DUPLICATE_KEY); whether it was free. */
  function takeKey(
    key: number,
    keyDigits: readonly number[],
    value: number | null,
    location: ObservationLocation,
  ): boolean {
    const first = observations.appendIfNew(key, keyDigits, value, location.row, internLocation(location));
    if (first === undefined) return true;
    const where: IssueLocation = { row: location.row };
    if (location.column !== undefined) where.column = location.column;
    if (location.sheet !== undefined) where.sheet = location.sheet;
    log.add(createIssue('DUPLICATE_KEY', where, { firstRow: observations.rows[first] as number }));
    return false;
  }

  return {
    codec,
    add(observation, location) {
      const key = encodeKey(codec, observation, country, location, digits, log);
      const cellValid = checkCell(observation, location, log);
      if (key === undefined) return false;
      // A bad value still takes its key, so a later row repeating it is a duplicate; it takes
      // no part in sums (NaN), like an empty cell.
      const taken = takeKey(key, digits, cellValid ? observation.value : null, location);
      if (taken && observation.status === 'B') state.breaks.add(observations.size - 1);
      return taken && cellValid;
    },
    addKeyed(o) {
      const cellValid = checkCellValues(o.value, o.status, o.conf, o.location, log);
      const taken = takeKey(o.key, o.digits, cellValid ? o.value : null, o.location);
      if (taken && o.status === 'B') state.breaks.add(observations.size - 1);
      return taken && cellValid;
    },
    finish() {
      checkAdditivity(state);
      checkCompleteness(state);
      checkOutliers(state);
      checkSeriesBreaks(state);
      checkCrossTables(state);
    },
    get accepted() {
      return observations.size;
    },
  };
}
