// The rows of a pivot the server lays out, a window at a time: the first window comes with the
// layout, the others are asked for when the virtualised table scrolls onto rows not loaded yet,
// and kept while the view stays the same (the table is re-mounted when the address changes).
import { useCallback, useRef, useState } from 'react';
import { fetchJson } from '../../api/fetch-json';
import type { PivotResponse, PivotRow } from '../../api/types';

/** Rows per request: a few screens of a tall table. */
export const PIVOT_WINDOW = 100;

export interface PivotRows {
  rowAt(index: number): PivotRow | undefined;
  /** The table shows rows start…end (inclusive): load the windows they fall in. */
  showRange(start: number, end: number): void;
}

export function usePivotRows(first: PivotResponse, pathAt: (offset: number) => string): PivotRows {
  const [windows, setWindows] = useState<ReadonlyMap<number, PivotRow[]>>(
    () => new Map([[Math.floor(first.offset / PIVOT_WINDOW), first.rows]]),
  );
  const asked = useRef(new Set<number>([Math.floor(first.offset / PIVOT_WINDOW)]));

  const showRange = useCallback(
    (start: number, end: number) => {
      for (let w = Math.floor(start / PIVOT_WINDOW); w <= Math.floor(end / PIVOT_WINDOW); w += 1) {
        if (asked.current.has(w) || w * PIVOT_WINDOW >= first.rowCount) continue;
        asked.current.add(w);
        void fetchJson<PivotResponse>(pathAt(w * PIVOT_WINDOW)).then((result) => {
          if (result.state === 'ok') setWindows((previous) => new Map(previous).set(w, result.data.rows));
          // A failed window is asked for again when it next comes into view.
          else asked.current.delete(w);
        });
      }
    },
    [first.rowCount, pathAt],
  );

  const rowAt = useCallback(
    (index: number) => windows.get(Math.floor(index / PIVOT_WINDOW))?.[index % PIVOT_WINDOW],
    [windows],
  );
  return { rowAt, showRange };
}
