// What the set-level checks share once every observation is in: the table, its key codec, the
// accepted observations, their interned locations, the context and the issue log.
import type { TableDef } from '../../framework/types.js';
import type { IssueLocation } from '../issues/issue.js';
import type { IssueLog } from '../issues/issue-log.js';
import type { KeyCodec } from './key-codec.js';
import type { ObservationTable } from './observation-table.js';
import type { ValidationContext } from './validation-context.js';

export interface ValidationState {
  table: TableDef;
  country: string;
  codec: KeyCodec;
  observations: ObservationTable;
  /** Interned column and sheet of each observation's value (observations.locations indexes it). */
  locations: readonly IssueLocation[];
  context: ValidationContext;
  log: IssueLog;
  /** Observations the file marks as a break in series (OBS_STATUS B), by index. */
  breaks: Set<number>;
}

/** The issue location of observation `i`. */
export function locate(state: ValidationState, i: number): IssueLocation {
  return { ...state.locations[state.observations.locations[i] as number], row: state.observations.rows[i] };
}

/** "SEX=F, AGE=_T, TIME_PERIOD=2020": a key spelled out for messages without a row. */
export function describeKey(state: ValidationState, i: number, skip: readonly string[] = []): string {
  const { codec, observations } = state;
  return codec.dimensions
    .map((id, d) =>
      skip.includes(id)
        ? ''
        : `${id}=${codec.codeOf(d, (observations.digits[d] as Uint16Array)[i] as number)}`,
    )
    .filter(Boolean)
    .join(', ');
}
