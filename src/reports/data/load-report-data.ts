// The tables a report reads, each read once per report (under its pin, through disclosure
// control) and indexed: a regional report reads every country at once and hands each country
// note the same indexes. Filters keep reads to the cells a report shows (totals over age and
// education), never to fewer cells than disclosure control needs: the gateway protects whole slices.
import { originOfRelease } from '../../dissemination/release-origin.js';
import { getTable } from '../../framework/index.js';
import type { TableDef } from '../../framework/types.js';
import type { ResolvedPin } from '../pin/report-pin.js';
import { CellIndex } from './cell-index.js';
import { readPinned } from './read-pinned.js';
import type { ReportDataSource } from './report-data-source.js';

const READS = {
  stock: { table: 'MIG_STOCK_FB', filters: { AGE: ['_T'] } },
  population: { table: 'POP_CONTEXT', filters: { COMPONENT: ['POP'] } },
  permanent: { table: 'MIG_INFLOW_PERM', filters: {} },
  temporary: { table: 'MIG_INFLOW_TEMP', filters: {} },
  asylum: { table: 'MIG_ASYLUM', filters: {} },
  naturalisation: { table: 'MIG_NATURALISATION', filters: {} },
  nationals: { table: 'MIG_STOCK_FN', filters: { CITIZENSHIP: ['_T'], AGE: ['_T'] } },
  labour: { table: 'LAB_STATUS', filters: { EDUCATION: ['_T'] } },
} as const satisfies Record<string, { table: string; filters: Record<string, readonly string[]> }>;

export type ReportTable = keyof typeof READS;
export type ReportData = Readonly<Record<ReportTable, CellIndex>>;

function tableOf(id: string): TableDef {
  const table = getTable(id);
  if (!table) throw new Error(`framework has no table ${id}`);
  return table;
}

/** Every report table under `pin`, for the given countries (all countries when omitted). */
export async function loadReportData(
  source: ReportDataSource,
  pin: ResolvedPin,
  refAreas?: readonly string[],
): Promise<ReportData> {
  const reads = await Promise.all(
    Object.entries(READS).map(async ([name, read]) => {
      const table = tableOf(read.table);
      const cells = await readPinned(source, pin, { table, filters: read.filters, ...(refAreas ? { refAreas } : {}) });
      return { name, table, cells };
    }),
  );
  // Each cell learns the source series and edition of its release: the change rule needs them.
  const ids = new Set(reads.flatMap((r) => r.cells.map((c) => c.releaseId)));
  const releases = await source.findReleases([...ids]);
  const origins = new Map(releases.map((r) => [r.id, originOfRelease(r)]));
  const entries = reads.map(({ name, table, cells }) => {
    const withOrigin = cells.map((c) => {
      const origin = origins.get(c.releaseId);
      return origin ? { ...c, origin } : c;
    });
    return [name, new CellIndex(table, withOrigin)] as const;
  });
  return Object.fromEntries(entries) as Record<ReportTable, CellIndex>;
}

/** The ids of the releases whose cells a report shows. */
export function listReportReleaseIds(data: ReportData, refAreas?: readonly string[]): number[] {
  const ids = new Set<number>();
  for (const index of Object.values(data)) {
    for (const cell of index.cells) {
      if (!refAreas || refAreas.includes(cell.key.REF_AREA ?? '')) ids.add(cell.releaseId);
    }
  }
  return [...ids].sort((a, b) => a - b);
}
