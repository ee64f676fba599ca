// SQLite's bulk path: rows go in as multi-row INSERTs, ROWS_PER_STATEMENT rows to a prepared
// statement run with one flat array of values. A single-row statement pays the crossing from
// JavaScript into SQLite and one VDBE run for every row; 50 rows a statement pay it once per
// 50, which cut the insert of a million 9-value rows from ≈2.5 s to ≈1.5 s of CPU. The rows
// left over (fewer than a statement holds) go through the single-row statement. Statements are
// prepared once per table, columns and row count, and kept for the connection's life.
// A column that holds the same value in all of a statement's rows (a staged observation's
// submission, table and country) is bound once, not once per row: such a group goes in as
// `INSERT … SELECT ?, ?, * FROM (VALUES (…), (…))`, the repeated values first — a fifth less
// CPU for a million staged rows, whose 9 values a row become 6 bound plus 3 per statement.
import type SQLite from 'better-sqlite3';
import type { BulkRows } from '../../store.js';

export const ROWS_PER_STATEMENT = 50;
// SQLite's limit on bound values per statement (SQLITE_MAX_VARIABLE_NUMBER since 3.32).
const MAX_BOUND_VALUES = 32766;
// Enough for every (table, columns) pair SICREMI loads; past it the cache starts again.
const MAX_CACHED_STATEMENTS = 64;

type Statement = SQLite.Statement;

export type InsertRows = (table: string, columns: readonly string[], rows: BulkRows) => Promise<number>;

/** Rows the multi-row statement takes for this many columns (fewer when the rows are wide). */
export function rowsPerStatement(width: number): number {
  return Math.max(1, Math.min(ROWS_PER_STATEMENT, Math.floor(MAX_BOUND_VALUES / Math.max(1, width))));
}

export function createRowInserter(raw: SQLite.Database): InsertRows {
  const statements = new Map<string, Statement>();
  const prepare = (table: string, columns: readonly string[], rowCount: number, repeated = 0): Statement => {
    const sql =
      repeated === 0 ? insertSql(table, columns, rowCount) : hoistedSql(table, columns, rowCount, repeated);
    let statement = statements.get(sql);
    if (!statement) {
      if (statements.size >= MAX_CACHED_STATEMENTS) statements.clear();
      statement = raw.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };

  return async (table, columns, rows) => {
    const batcher = createBatcher(table, columns, prepare);
    // A plain loop for in-memory rows: for-await would cost a microtask per row.
    if (Symbol.iterator in rows) for (const row of rows) batcher.add(row);
    else for await (const row of rows) batcher.add(row);
    return batcher.finish();
  };
}

/** `repeated`: a bit mask of the columns bound once for all the rows (see hoistedSql). */
type Prepare = (table: string, columns: readonly string[], rowCount: number, repeated?: number) => Statement;

/** Collects rows into one flat array of values and runs the multi-row statement each time it is full. */
function createBatcher(table: string, columns: readonly string[], prepare: Prepare) {
  const width = columns.length;
  const perStatement = rowsPerStatement(width);
  const values: unknown[] = new Array(perStatement * width);
  let many: Statement | undefined;
  let buffered = 0;
  let count = 0;
  // Masks beyond 31 columns do not fit: such rows always bind every value.
  const hoistable = width > 1 && width <= 31 && perStatement > 1;
  let hoisted: { mask: number; statement: Statement; values: unknown[] } | undefined;

  /** Runs the full group of rows in `values`, each repeated column's value bound once. */
  function runFull(): void {
    let mask = hoistable ? repeatedColumns(values, width, perStatement) : 0;
    // Identical rows: the first column stays in the VALUES list, which cannot be empty.
    if (mask === 2 ** width - 1) mask ^= 1;
    if (mask === 0) {
      many ??= prepare(table, columns, perStatement);
      many.run(values);
      return;
    }
    if (hoisted?.mask !== mask) {
      const repeated = countBits(mask);
      hoisted = {
        mask,
        statement: prepare(table, columns, perStatement, mask),
        values: new Array(repeated + perStatement * (width - repeated)),
      };
    }
    const packed = hoisted.values;
    let at = 0;
    for (let c = 0; c < width; c++) if (mask & (1 << c)) packed[at++] = values[c];
    for (let r = 0; r < perStatement; r++) {
      const row = r * width;
      for (let c = 0; c < width; c++) if (!(mask & (1 << c))) packed[at++] = values[row + c];
    }
    hoisted.statement.run(packed);
  }

  return {
    add(row: readonly unknown[]): void {
      // A short row would shift every value after it into the wrong column: refuse it.
      if (row.length !== width)
        throw new Error(`bulkInsert into ${table}: a row has ${row.length} values for ${width} columns`);
      let at = buffered * width;
      for (let c = 0; c < width; c++) values[at++] = row[c];
      count++;
      if (++buffered === perStatement) {
        runFull();
        buffered = 0;
      }
    },
    finish(): number {
      if (buffered > 0) {
        const single = prepare(table, columns, 1);
        for (let r = 0; r < buffered; r++) single.run(values.slice(r * width, (r + 1) * width));
        buffered = 0;
      }
      return count;
    },
  };
}

function insertSql(table: string, columns: readonly string[], rowCount: number): string {
  const tuple = `(${columns.map(() => '?').join(',')})`;
  const names = columns.map((c) => `"${c}"`).join(',');
  return `insert into "${table}" (${names}) values ${new Array(rowCount).fill(tuple).join(',')}`;
}

/** The columns whose value is the same (Object.is) in every row of the group, as a bit mask. */
export function repeatedColumns(values: readonly unknown[], width: number, rowCount: number): number {
  let mask = 0;
  for (let c = 0; c < width; c++) {
    const first = values[c];
    let r = 1;
    while (r < rowCount && Object.is(values[r * width + c], first)) r++;
    if (r === rowCount) mask |= 1 << c;
  }
  return mask;
}

function countBits(mask: number): number {
  let bits = 0;
  for (let m = mask; m !== 0; m &= m - 1) bits++;
  return bits;
}

/**
 * The multi-row insert with the columns in `repeated` (a bit mask) bound once: they come first,
 * as the SELECT's leading parameters, and the rows' other values follow in a VALUES list —
 * `insert into t ("b","a","c") select ?, * from (values (?,?),(?,?))` for b repeated. The target
 * columns' affinities apply as in a plain INSERT … VALUES.
 */
export function hoistedSql(
  table: string,
  columns: readonly string[],
  rowCount: number,
  repeated: number,
): string {
  const once = columns.filter((_, c) => repeated & (1 << c));
  const varying = columns.filter((_, c) => !(repeated & (1 << c)));
  const names = [...once, ...varying].map((c) => `"${c}"`).join(',');
  const tuple = `(${varying.map(() => '?').join(',')})`;
  const rows = new Array(rowCount).fill(tuple).join(',');
  return `insert into "${table}" (${names}) select ${once.map(() => '?').join(',')}, * from (values ${rows})`;
}
