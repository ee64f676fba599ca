// One data row becomes one observation (long layout) or one per value column (wide layout).
// Each cell is mapped on its own and every problem is logged at its row and column; a row whose
// key cannot be built yields no observation, but its other cells are still checked. In a
// spreadsheet, a blank key cell under a filled one is read as part of a merged cell above it;
// in a wide table, a blank value cell is a cell not reported, and a value may carry its status
// after it ("250 E"), there being no status column for each cell. Given the validator's codec,
// the reader hands over a key it can number as digits, with no object per row (row-key.ts).

import { findControlCharacter } from '../../framework/control-characters.js';
import { MISSING_STATUSES, type Observation } from '../../framework/observation.js';
import type { TableDef } from '../../framework/types.js';
import { createIssue, type IssueLocation } from '../issues/issue.js';
import type { IssueLog } from '../issues/issue-log.js';
import { createDimensionMapper, type DimensionMapper } from '../mapping/map-code.js';
import type { SavedMappings } from '../mapping/saved-mappings.js';
import type { Cell, RawRow } from '../readers/raw-row.js';
import type { KeyCodec } from '../validation/key-codec.js';
import type { KeyedObservation, ValuePlace } from '../validation/keyed-observation.js';
import type { ObservationLocation } from '../validation/validation-context.js';
import type { BoundColumn, ColumnLayout } from './column-layout.js';
import type { DecimalMark } from './decide-decimal.js';
import { createStatusMapper } from './map-status.js';
import { parseNumber } from './parse-number.js';
import { createRowKey } from './row-key.js';

export interface RowReaderOptions {
  table: TableDef;
  country: string;
  layout: ColumnLayout;
  decimal: DecimalMark;
  saved: SavedMappings;
  log: IssueLog;
  sheet?: string;
  /** Spreadsheets only: blank key cells repeat the cell above (merged cells). */
  fillDown: boolean;
  /** The validator's codec: keys it can number go out as KeyedObservation. */
  codec?: KeyCodec;
}

export interface ObservationSink {
  /** An observation whose key has no number (no codec, or validation will say what is wrong). */
  plain(observation: Observation, location: ObservationLocation): void;
  /** An observation with its key numbered: a struct the reader reuses, to be read at once. */
  keyed(observation: KeyedObservation): void;
}

export interface RowReader {
  read(row: RawRow, sink: ObservationSink): void;
  /** Codec dimensions in the order an emitted observation's key lists them (with a codec). */
  readonly keyOrder: readonly number[];
  /** Columns whose blank cells were filled from above, with how many. */
  filledDown(): Record<string, number>;
  /** Rows skipped as notes (a single text cell such as "Fuente: INE"). */
  skippedNotes(): number[];
  /** Wide layout: blank value cells, which report nothing. */
  blankCells(): number;
}

interface KeyColumn {
  id: string;
  column: BoundColumn;
  mapper: DimensionMapper;
  previous: Cell;
}

export function createRowReader(options: RowReaderOptions): RowReader {
  const { table, layout, log, sheet } = options;
  const keyColumns: KeyColumn[] = layout.dimensions.map(({ def, column }) => ({
    id: def.id,
    column,
    mapper: createDimensionMapper(def, options.saved),
    previous: '',
  }));
  const attribute = (id: string) => layout.attributes.find((a) => a.def.id === id)?.column;
  const statusColumn = attribute('OBS_STATUS');
  const confColumn = attribute('CONF_STATUS');
  const noteColumn = attribute('OBS_NOTE');
  const cvColumn = attribute('CV');
  const sampleColumn = attribute('SAMPLE_N');
  const statusHeaders: Pick<ObservationLocation, 'statusColumn' | 'confColumn'> = {};
  if (statusColumn) statusHeaders.statusColumn = statusColumn.header;
  if (confColumn) statusHeaders.confColumn = confColumn.header;
  const statuses = createStatusMapper('CL_OBS_STATUS', 'A');
  const confs = createStatusMapper('CL_CONF_STATUS', 'F');
  const valueColumns: (BoundColumn & { code?: string })[] = layout.wide
    ? layout.wide.columns
    : layout.measure
      ? [layout.measure]
      : [];
  const wideId = layout.wide?.def.id;
  const rowKey = createRowKey(layout, options.country, options.codec);
  const places: ValuePlace[] = valueColumns.map((column) => ({
    column: column.header,
    statusColumn: statusHeaders.statusColumn,
    confColumn: statusHeaders.confColumn,
    sheet,
  }));
  // Each value column's location, its row set before an observation goes out.
  const locations: ObservationLocation[] = places.map((place) => ({ row: 0, ...place }));
  const keyed: KeyedObservation = {
    key: 0,
    digits: rowKey.digits,
    value: null,
    status: '',
    conf: '',
    note: null,
    cv: null,
    sampleN: null,
    location: locations[0] as ObservationLocation,
    place: places[0] as ValuePlace,
  };
  const width = Math.max(...[...keyColumns.map((k) => k.column), ...valueColumns].map((c) => c.index)) + 1;
  const filled: Record<string, number> = {};
  const notes: number[] = [];
  let blanks = 0;
  const at = (row: number, column?: BoundColumn): IssueLocation => {
    const location: IssueLocation = { row };
    if (column) location.column = column.header;
    if (sheet !== undefined) location.sheet = sheet;
    return location;
  };

  function readNumber(row: RawRow, column: BoundColumn | undefined): number | null {
    const cell = column ? (row.cells[column.index] ?? '') : '';
    if (cell === '') return null;
    const value = parseNumber(cell, options.decimal);
    if (value !== undefined) return value;
    log.add(createIssue('BAD_NUMBER', at(row.row, column), {}, cell));
    return null;
  }

  /** Maps the key cells into rowKey, logging what cannot be mapped; whether the key is complete. */
  function readKey(row: RawRow): boolean {
    let complete = true;
    for (let index = 0; index < keyColumns.length; index++) {
      const k = keyColumns[index] as KeyColumn;
      let cell = row.cells[k.column.index] ?? '';
      if (options.fillDown) {
        if (cell === '' && k.previous !== '') {
          cell = k.previous;
          filled[k.column.header] = (filled[k.column.header] ?? 0) + 1;
        }
        k.previous = cell;
      }
      const mapped = k.mapper.map(cell);
      if (mapped.ok) {
        if (k.id === 'REF_AREA' && mapped.code !== options.country) {
          log.add(createIssue('WRONG_COUNTRY', at(row.row, k.column), { country: options.country }, cell));
          complete = false;
        }
        rowKey.set(index, mapped.code);
        continue;
      }
      complete = false;
      const where = at(row.row, k.column);
      if (mapped.kind === 'empty') log.add(createIssue('MISSING_CODE', where));
      else if (mapped.kind === 'period') log.add(createIssue('BAD_PERIOD', where, {}, cell));
      else {
        const params = { suggestions: mapped.suggestions.join(', '), dimension: k.id };
        log.add(createIssue('UNKNOWN_CODE', where, params, cell));
      }
    }
    return complete;
  }

  function isNoteRow(row: RawRow): boolean {
    if (width < 3) return false;
    let filledCells = 0;
    let text: Cell = '';
    for (const cell of row.cells) {
      if (cell === '') continue;
      if (++filledCells > 1) return false;
      text = cell;
    }
    if (filledCells !== 1 || typeof text === 'number') return false;
    return !keyColumns.some((k) => k.mapper.map(text).ok);
  }

  return {
    keyOrder: rowKey.keyOrder,
    read(row, sink) {
      if (isNoteRow(row)) {
        notes.push(row.row);
        return;
      }
      const complete = readKey(row);
      const rawStatus = statusColumn ? (row.cells[statusColumn.index] ?? '') : '';
      const rowStatus = statuses.map(rawStatus);
      const conf = confs.map(confColumn ? (row.cells[confColumn.index] ?? '') : '');
      const note = noteColumn ? String(row.cells[noteColumn.index] ?? '') || null : null;
      // A footnote is published as it is: it must be text a store and a reader can hold.
      if (note !== null && noteColumn && findControlCharacter(note) !== undefined) {
        log.add(createIssue('INVALID_TEXT', at(row.row, noteColumn)));
        return;
      }
      const cv = table.survey ? readNumber(row, cvColumn) : null;
      const sampleN = table.survey ? readNumber(row, sampleColumn) : null;
      for (let v = 0; v < valueColumns.length; v++) {
        const column = valueColumns[v] as BoundColumn & { code?: string };
        const cell = row.cells[column.index] ?? '';
        // A blank cell of a wide table reports nothing, like a row left out of a long one; to
        // report an empty value, the cell says why with L, M, O or Q.
        if (wideId && cell === '') {
          blanks++;
          continue;
        }
        let value: number | null = null;
        let status = rowStatus;
        let number: Cell = cell;
        const flagged = wideId && typeof cell === 'string' ? splitFlag(cell) : undefined;
        if (flagged) [number, status] = flagged;
        if (typeof number === 'string' && isMissingStatus(number)) status = number.toUpperCase();
        else if (number !== '') {
          const parsed = parseNumber(number, options.decimal);
          if (parsed === undefined) {
            log.add(createIssue('BAD_NUMBER', at(row.row, column), {}, cell));
            continue;
          }
          value = parsed;
        }
        if (!complete) continue;
        // An empty value with no status column says nothing: leave the status empty so that
        // validation asks for one instead of assuming a normal value.
        if (value === null && rawStatus === '' && status === rowStatus) status = '';
        const key = rowKey.number(v);
        if (key !== undefined) {
          const location = locations[v] as ObservationLocation;
          location.row = row.row;
          keyed.key = key;
          keyed.value = value;
          keyed.status = status;
          keyed.conf = conf;
          keyed.note = note;
          keyed.cv = cv;
          keyed.sampleN = sampleN;
          keyed.location = location;
          keyed.place = places[v] as ValuePlace;
          sink.keyed(keyed);
          continue;
        }
        const location: ObservationLocation = {
          row: row.row,
          column: column.header,
          statusColumn: statusHeaders.statusColumn,
          confColumn: statusHeaders.confColumn,
          sheet,
        };
        const fullKey = rowKey.record(column.code);
        sink.plain({ table: table.id, key: fullKey, value, status, conf, note, cv, sampleN }, location);
      }
    },
    filledDown: () => ({ ...filled }),
    skippedNotes: () => [...notes],
    blankCells: () => blanks,
  };
}

// Upper-casing never shortens a text: a cell longer than every status is none of them. The
// test skips a new string per value cell, which every number would otherwise pay for.
const LONGEST_STATUS = Math.max(...[...MISSING_STATUSES].map((status) => status.length));
const isMissingStatus = (cell: string) =>
  cell.length <= LONGEST_STATUS && MISSING_STATUSES.has(cell.toUpperCase());

const FLAGGED = /^(.*\d)\s+([A-Z])$/;

/** "250 E": a wide table's value cell with its status letter after the number. */
function splitFlag(cell: string): [string, string] | undefined {
  const match = FLAGGED.exec(cell);
  return match ? [match[1] as string, match[2] as string] : undefined;
}
