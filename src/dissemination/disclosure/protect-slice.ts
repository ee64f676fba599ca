// The protection of one slice (one release's cells of one country and period): which cells
// are suppressed, and why. Slices are immutable, so a slice's protection can be cached forever.
import type { Observation } from '../../framework/observation.js';
import type { TableDef } from '../../framework/types.js';
import { cellKeyOf } from './cell-key.js';
import { findPrimaryReason, type PrimaryReason } from './primary-suppression.js';
import { findSecondarySuppressions } from './secondary-suppression.js';

export type Protection = { kind: 'primary'; reason: PrimaryReason } | { kind: 'secondary' };

/** Cell key → protection, for the protected cells of the slice only. */
export type SliceProtection = ReadonlyMap<string, Protection>;

export function protectSlice(table: TableDef, cells: readonly Observation[]): SliceProtection {
  const out = new Map<string, Protection>();
  for (const cell of cells) {
    const reason = findPrimaryReason(cell, table);
    if (reason) out.set(cellKeyOf(cell, table), { kind: 'primary', reason });
  }
  if (out.size === 0) return out;
  for (const key of findSecondarySuppressions(table, cells, new Set(out.keys()))) {
    out.set(key, { kind: 'secondary' });
  }
  return out;
}
