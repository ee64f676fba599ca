// Reading published figures. A row is visible at time T when its release was published at
// or before T and it had not been replaced by T: this one rule serves "latest", asOf and
// release=<id> reads, and keeps embargoed releases out of public sight until their time.
import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { Observation } from '../../framework/observation.js';
import type { TableDef } from '../../framework/types.js';
import {
  breakdownDimensions,
  OBSERVATION_CELL_COLUMNS,
  type ObservationRowLike,
  slotOf,
} from '../observation-row.js';
import { type Database, DIM_SLOTS, type DimSlot, type PublishedObservationTable } from '../schema.js';

export interface ObservationQuery {
  table: TableDef;
  /** Dimension id → accepted codes; an absent or empty list means all. */
  filters?: Record<string, readonly string[]>;
  timeFrom?: string;
  timeTo?: string;
  /** Visibility time (ISO); defaults to now. */
  at?: string;
  limit?: number;
}

/** A dissemination read: the visibility rule plus per-series windows, deltas and paging. */
export interface ObservationSelection extends ObservationQuery {
  /** Per series (every dimension but time): keep only the last N periods. */
  lastNPeriods?: number;
  /** Per series: keep only the first N periods. */
  firstNPeriods?: number;
  /** Only rows published after this time (SDMX updatedAfter). */
  updatedAfter?: string;
  /** Keyset paging: rows strictly after this sort key. */
  after?: SortKey;
}

/** The sort key of a row: country, breakdown slots, period — the order every read returns. */
export type SortKey = readonly [string, string, string, string, string, string, string, string];

/**
 * A published cell as the public reads it: its figures and its release. Where it came from
 * (submission, file, row) is read by its history (cell-history.ts), not
 * here: leaving those columns out halves the cost of a large read.
 */
export interface PublishedObservation extends Observation {
  releaseId: number;
}

const PUBLISHED_COLUMNS = ['release_id', ...OBSERVATION_CELL_COLUMNS] as const;

const SORT_COLUMNS = ['ref_area', 'dim1', 'dim2', 'dim3', 'dim4', 'dim5', 'dim6', 'time_period'] as const;

type ObservationsQb = SelectQueryBuilder<Database, 'observations', object>;

function whereVisible(q: ObservationsQb, query: ObservationSelection): ObservationsQb {
  const at = query.at ?? new Date().toISOString();
  let out = q
    .where('table_id', '=', query.table.id)
    .where('valid_from', '<=', at)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', at)]));
  for (const [dim, codes] of Object.entries(query.filters ?? {})) {
    if (codes.length === 0) continue;
    const column =
      dim === 'REF_AREA' ? 'ref_area' : dim === 'TIME_PERIOD' ? 'time_period' : slotOf(query.table, dim);
    if (!column) continue;
    out = codes.length === 1 ? out.where(column, '=', codes[0]!) : out.where(column, 'in', codes);
  }
  if (query.timeFrom) out = out.where('time_period', '>=', query.timeFrom);
  if (query.timeTo) out = out.where('time_period', '<=', query.timeTo);
  if (query.updatedAfter) out = out.where('valid_from', '>', query.updatedAfter);
  return out;
}

/**
 * The rows of a selection in sort-key order. Per-series windows (lastN/firstN) are computed in
 * SQL with row_number(), so `limit` and keyset paging apply to the windowed result.
 */
function buildSelection(db: Kysely<Database>, query: ObservationSelection) {
  const windowed = query.lastNPeriods ?? query.firstNPeriods;
  const direction = query.lastNPeriods ? sql`desc` : sql`asc`;
  const base = whereVisible(db.selectFrom('observations') as ObservationsQb, query).select(PUBLISHED_COLUMNS);
  const source = windowed
    ? db
        .selectFrom(
          base
            .select(
              sql<number>`row_number() over (partition by ref_area, dim1, dim2, dim3, dim4, dim5, dim6 order by time_period ${direction})`.as(
                'rn',
              ),
            )
            .as('o'),
        )
        .selectAll()
        .where('rn', '<=', windowed)
    : db.selectFrom(base.as('o')).selectAll();
  let q = source;
  if (query.after) {
    const after = query.after;
    // A row-value comparison (SQLite ≥ 3.15 and PostgreSQL): the rows strictly after the key.
    const columns = sql.join(SORT_COLUMNS.map((c) => sql.ref(c)));
    q = q.where(sql<boolean>`(${columns}) > (${sql.join([...after])})`);
  }
  for (const column of SORT_COLUMNS) q = q.orderBy(column);
  return q;
}

const MAPPERS = new WeakMap<TableDef, (row: ObservationRowLike) => Observation>();

/**
 * rowToObservation, compiled once per table: reads run to thousands of rows per request, so
 * the slot of each dimension is worked out once, not per row.
 */
function mapperOf(table: TableDef): (row: ObservationRowLike) => Observation {
  let mapper = MAPPERS.get(table);
  if (!mapper) {
    const dims = breakdownDimensions(table);
    const fields = table.dimensions.map((d): [string, keyof ObservationRowLike] => [
      d.id,
      d.id === 'REF_AREA'
        ? 'ref_area'
        : d.id === 'TIME_PERIOD'
          ? 'time_period'
          : DIM_SLOTS[dims.indexOf(d.id)]!,
    ]);
    mapper = (row) => {
      const key: Record<string, string> = {};
      for (const [id, column] of fields) key[id] = row[column] as string;
      return {
        table: table.id,
        key,
        value: row.obs_value === null ? null : Number(row.obs_value),
        status: row.obs_status,
        conf: row.conf_status,
        note: row.obs_note,
        cv: row.cv,
        sampleN: row.sample_n,
      };
    };
    MAPPERS.set(table, mapper);
  }
  return mapper;
}

function toPublished(row: PublishedObservationTable, table: TableDef): PublishedObservation {
  const observation = mapperOf(table)(row) as PublishedObservation;
  observation.releaseId = Number(row.release_id);
  return observation;
}

/** The visible rows of a selection, in sort-key order. */
export async function selectPublished(
  db: Kysely<Database>,
  query: ObservationSelection,
): Promise<PublishedObservation[]> {
  let q = buildSelection(db, query);
  if (query.limit) q = q.limit(query.limit);
  const rows = (await q.execute()) as unknown as PublishedObservationTable[];
  return rows.map((row) => toPublished(row, query.table));
}

/** How many rows the selection holds (windows applied, paging ignored). */
export async function countPublished(db: Kysely<Database>, query: ObservationSelection): Promise<number> {
  const inner = buildSelection(db, { ...query, after: undefined, limit: undefined }).clearOrderBy();
  const row = await db
    .selectFrom(inner.as('c'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Streams a selection page by page (keyset paging), so a download never holds it all at once. */
export async function* streamPublished(
  db: Kysely<Database>,
  query: ObservationSelection,
  pageSize = 5000,
): AsyncGenerator<PublishedObservation[]> {
  let after = query.after;
  let remaining = query.limit ?? Number.POSITIVE_INFINITY;
  while (remaining > 0) {
    const page = await selectPublished(db, { ...query, after, limit: Math.min(pageSize, remaining) });
    if (page.length === 0) return;
    yield page;
    remaining -= page.length;
    if (page.length < pageSize) return;
    after = sortKeyOf(page[page.length - 1]!, query.table);
  }
}

export function sortKeyOf(obs: Observation, table: TableDef): SortKey {
  const slots = table.dimensions
    .map((d) => d.id)
    .filter((id) => id !== 'REF_AREA' && id !== 'TIME_PERIOD')
    .map((id) => obs.key[id] ?? '');
  const s = (i: number) => slots[i] ?? '';
  return [obs.key.REF_AREA ?? '', s(0), s(1), s(2), s(3), s(4), s(5), obs.key.TIME_PERIOD ?? ''];
}

export async function queryPublished(
  db: Kysely<Database>,
  query: ObservationQuery,
): Promise<PublishedObservation[]> {
  return selectPublished(db, query);
}

/** Every cell of one slice: one release's figures for one country and period. */
export async function loadSlice(
  db: Kysely<Database>,
  table: TableDef,
  slice: { releaseId: number; refArea: string; timePeriod: string },
): Promise<Observation[]> {
  const rows = await db
    .selectFrom('observations')
    .selectAll()
    .where('release_id', '=', slice.releaseId)
    .where('ref_area', '=', slice.refArea)
    .where('time_period', '=', slice.timePeriod)
    .execute();
  return rows.map(mapperOf(table));
}

const SLICE_COLUMNS = OBSERVATION_CELL_COLUMNS;

/** Several slices of one release and country at once, by period. */
export async function loadSlices(
  db: Kysely<Database>,
  table: TableDef,
  releaseId: number,
  refArea: string,
  periods: readonly string[],
): Promise<Map<string, Observation[]>> {
  const rows = await db
    .selectFrom('observations')
    .select(SLICE_COLUMNS)
    .where('release_id', '=', releaseId)
    .where('ref_area', '=', refArea)
    .where('time_period', 'in', [...periods])
    .execute();
  const map = mapperOf(table);
  const out = new Map<string, Observation[]>(periods.map((p) => [p, []]));
  for (const row of rows) out.get(row.time_period)?.push(map(row));
  return out;
}

export interface SensitivityThresholds {
  /** Survey cells above this CV (%) or below this unweighted n need protection. */
  cvAbove: number;
  sampleBelow: number;
}

/**
 * The (country, period) slices of a release holding at least one cell that disclosure control
 * suppresses on its own: a CONF_STATUS other than F, or (survey tables) a CV or sample size
 * beyond the thresholds. Only these slices can need secondary suppression.
 */
export async function listSensitiveSlices(
  db: Kysely<Database>,
  releaseId: number,
  survey: SensitivityThresholds | undefined,
): Promise<{ refArea: string; timePeriod: string }[]> {
  // The literal 'F' lets the planner use the partial index observations_confidential.
  const confidential = await db
    .selectFrom('observations')
    .select(['ref_area', 'time_period'])
    .distinct()
    .where('release_id', '=', releaseId)
    .where(sql<boolean>`conf_status <> 'F'`)
    .execute();
  const found = new Map(confidential.map((r) => [`${r.ref_area}|${r.time_period}`, r]));
  if (survey) {
    const unreliable = await db
      .selectFrom('observations')
      .select(['ref_area', 'time_period'])
      .distinct()
      .where('release_id', '=', releaseId)
      .where((eb) => eb.or([eb('cv', '>', survey.cvAbove), eb('sample_n', '<', survey.sampleBelow)]))
      .execute();
    for (const r of unreliable) found.set(`${r.ref_area}|${r.time_period}`, r);
  }
  return [...found.values()].map((r) => ({ refArea: r.ref_area, timePeriod: r.time_period }));
}

/** The publication time of a release, to read a table as it stood then. */
export async function releaseTime(db: Kysely<Database>, releaseId: number): Promise<string | undefined> {
  const row = await db
    .selectFrom('releases')
    .select('published_at')
    .where('id', '=', releaseId)
    .executeTakeFirst();
  return row?.published_at;
}

export interface PublishedSummary {
  count: number;
  /** Dimension id → the distinct codes of the selection (unsorted). */
  values: Map<string, string[]>;
}

/**
 * What a selection holds without reading it: its row count and, per dimension, its distinct
 * codes — the store's side of an SDMX actual constraint (availability), one small query each.
 */
export async function summarisePublished(
  db: Kysely<Database>,
  query: ObservationSelection,
  dimensions: readonly string[],
): Promise<PublishedSummary> {
  const inner = () => buildSelection(db, { ...query, after: undefined, limit: undefined }).clearOrderBy();
  const counted = await db
    .selectFrom(inner().as('c'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const values = new Map<string, string[]>();
  for (const dim of dimensions) {
    const column =
      dim === 'REF_AREA' ? 'ref_area' : dim === 'TIME_PERIOD' ? 'time_period' : slotOf(query.table, dim);
    if (!column) continue;
    const rows = await db
      .selectFrom(inner().as('c'))
      .select(sql.ref<string>(`c.${column}`).as('code'))
      .distinct()
      .execute();
    values.set(
      dim,
      rows.map((r) => String(r.code)),
    );
  }
  return { count: Number(counted.n), values };
}

/**
 * The codes one breakdown slot holds in a table's rows of one country, whatever their release or
 * visibility: a superset of what any read of that table and country can return.
 */
export async function listSlotCodes(
  db: Kysely<Database>,
  tableId: string,
  refArea: string,
  slot: DimSlot,
): Promise<string[]> {
  const rows = await db
    .selectFrom('observations')
    .select(slot)
    .distinct()
    .where('table_id', '=', tableId)
    .where('ref_area', '=', refArea)
    .execute();
  return rows.map((r) => (r as Record<DimSlot, string>)[slot]);
}
