// Cells of one table indexed by series (every dimension but time), so a report can ask for
// "the totals of Argentina by year" or "Argentina's 2019 stock by country of birth" directly.
// A key not given defaults to the total `_T`, the cell every breakdown adds up to.
import type { TableDef } from '../../framework/types.js';
import type { ReportCell } from './report-data-source.js';

export const TOTAL = '_T';

export class CellIndex {
  readonly #series = new Map<string, Map<string, ReportCell>>();
  readonly #dims: string[];

  constructor(
    readonly table: TableDef,
    readonly cells: readonly ReportCell[],
  ) {
    this.#dims = table.dimensions.map((d) => d.id).filter((d) => d !== 'TIME_PERIOD');
    for (const cell of cells) {
      const id = this.#seriesId(cell.key);
      let byTime = this.#series.get(id);
      if (!byTime) {
        byTime = new Map();
        this.#series.set(id, byTime);
      }
      byTime.set(cell.key.TIME_PERIOD ?? '', cell);
    }
  }

  #seriesId(key: Readonly<Record<string, string>>): string {
    return this.#dims.map((d) => key[d] ?? TOTAL).join('|');
  }

  /** One cell; dimensions not given are `_T`. */
  get(key: Readonly<Record<string, string>>): ReportCell | undefined {
    return this.#series.get(this.#seriesId(key))?.get(key.TIME_PERIOD ?? '');
  }

  /** A series in time order; dimensions not given are `_T`. */
  series(key: Readonly<Record<string, string>>): ReportCell[] {
    const byTime = this.#series.get(this.#seriesId(key));
    if (!byTime) return [];
    return [...byTime.values()].sort((a, b) => (a.key.TIME_PERIOD ?? '').localeCompare(b.key.TIME_PERIOD ?? ''));
  }

  /** The parts of a total along one dimension (its codes other than `_T`) for one period. */
  breakdown(key: Readonly<Record<string, string>>, along: string): ReportCell[] {
    const out: ReportCell[] = [];
    for (const cell of this.cells) {
      if (cell.key[along] === TOTAL) continue;
      if (this.#dims.every((d) => d === along || (cell.key[d] ?? TOTAL) === (key[d] ?? TOTAL))) {
        if (cell.key.TIME_PERIOD === key.TIME_PERIOD) out.push(cell);
      }
    }
    return out;
  }

  /** Periods with a cell for this key pattern (any value), ascending. */
  periods(key: Readonly<Record<string, string>>): string[] {
    return this.series(key).map((c) => c.key.TIME_PERIOD ?? '');
  }

  refAreas(): string[] {
    return [...new Set(this.cells.map((c) => c.key.REF_AREA ?? ''))].sort();
  }
}
