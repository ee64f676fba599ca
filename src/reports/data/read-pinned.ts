// Reads one table under a pin. A date pin reads the table as it stood then. A named-releases
// pin reads each named release of the table at its own publication time, keeps that release's
// cells only, and lets a later named release replace an earlier one's (country, period), as
// publication does — or, when it is a newer edition of the same source, only the cells it
// covers (FRAMEWORK §9); a table with no named release shows nothing.
import type { TableDef } from '../../framework/types.js';
import type { ResolvedPin } from '../pin/report-pin.js';
import type { ReportCell, ReportDataSource } from './report-data-source.js';

export interface PinnedRead {
  table: TableDef;
  refAreas?: readonly string[];
  filters?: Readonly<Record<string, readonly string[]>>;
}

export async function readPinned(
  source: ReportDataSource,
  pin: ResolvedPin,
  read: PinnedRead,
): Promise<ReportCell[]> {
  if (pin.kind !== 'releases') return source.readCells({ ...read, at: pin.at });
  const named = (pin.releases ?? []).filter((r) => r.table === read.table.id).sort((a, b) => a.id - b.id);
  const bySlice = new Map<string, ReportCell[]>();
  const sourceOf = new Map(named.map((r) => [r.id, r.sourceId]));
  for (const release of named) {
    const cells = await source.readCells({ ...read, at: release.publishedAt });
    const own = new Map<string, ReportCell[]>();
    for (const cell of cells) {
      if (cell.releaseId !== release.id) continue;
      const slice = `${cell.key.REF_AREA}|${cell.key.TIME_PERIOD}`;
      own.set(slice, [...(own.get(slice) ?? []), cell]);
    }
    for (const [slice, sliceCells] of own) {
      const before = bySlice.get(slice) ?? [];
      const revision =
        release.sourceId !== null && before.some((c) => sourceOf.get(c.releaseId) === release.sourceId);
      if (!revision) {
        bySlice.set(slice, sliceCells);
        continue;
      }
      const covered = new Set(sliceCells.map((c) => JSON.stringify(c.key)));
      bySlice.set(slice, [...before.filter((c) => !covered.has(JSON.stringify(c.key))), ...sliceCells]);
    }
  }
  return [...bySlice.values()].flat();
}
