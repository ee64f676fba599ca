// Secondary suppression, FRAMEWORK §8: if a group that adds up to a published total has exactly
// one suppressed cell, the next smallest cell of that group is suppressed too, so no value can
// be recovered by subtraction. A group is the cells that differ only in one dimension having a
// `_T`: its non-total codes (unknown `_U` included, derived aggregates excluded) add up to `_T`.
// Suppressing a partner can expose another group, so the rule runs until nothing changes.
import { getCodelist } from '../../framework/index.js';
import type { Observation } from '../../framework/observation.js';
import type { TableDef } from '../../framework/types.js';
import { cellKeyOf } from './cell-key.js';

const TOTAL = '_T';

/** Cells by index: a group is its total (if any) and its parts. */
interface Group {
  total: number;
  parts: number[];
}

function derivedCodes(codelistId: string): Set<string> {
  const list = getCodelist(codelistId);
  return new Set((list?.codes ?? []).filter((c) => c.derived).map((c) => c.id));
}

function groupAlong(table: TableDef, cells: readonly Observation[], dimension: string): Group[] {
  const dim = table.dimensions.find((d) => d.id === dimension)!;
  const derived = derivedCodes(dim.codelist);
  const others = table.dimensions.filter((d) => d.id !== dimension).map((d) => d.id);
  const groups = new Map<string, Group>();
  cells.forEach((cell, index) => {
    const code = cell.key[dimension] ?? '';
    if (derived.has(code)) return;
    let id = '';
    for (const o of others) id += `${cell.key[o] ?? ''}\u001f`;
    let group = groups.get(id);
    if (!group) {
      group = { total: -1, parts: [] };
      groups.set(id, group);
    }
    if (code === TOTAL) group.total = index;
    else group.parts.push(index);
  });
  // A group with no published total protects nothing and never needs a partner.
  return [...groups.values()].filter((g) => g.total >= 0 && g.parts.length > 0);
}

/** The cell to suppress so a lone suppressed part cannot be recovered, if any is needed. */
function choosePartner(
  group: Group,
  cells: readonly Observation[],
  keys: readonly string[],
  suppressed: Uint8Array,
): number | undefined {
  if (suppressed[group.total] || cells[group.total]!.value === null) return undefined;
  let hidden = 0;
  for (const p of group.parts) if (suppressed[p]) hidden++;
  if (hidden !== 1) return undefined;
  let best = -1;
  for (const p of group.parts) {
    const value = cells[p]!.value;
    if (suppressed[p] || value === null) continue;
    const bestValue = best < 0 ? 0 : (cells[best]!.value as number);
    if (best < 0 || value < bestValue || (value === bestValue && keys[p]! < keys[best]!)) best = p;
  }
  // With no other part to hide, the total itself would give the suppressed part away.
  return best >= 0 ? best : group.total;
}

/** Keys of the cells to suppress besides `primary`, for one slice of one table. */
export function findSecondarySuppressions(
  table: TableDef,
  cells: readonly Observation[],
  primary: ReadonlySet<string>,
): Set<string> {
  const keys = cells.map((c) => cellKeyOf(c, table));
  const suppressed = new Uint8Array(cells.length);
  keys.forEach((key, i) => {
    if (primary.has(key)) suppressed[i] = 1;
  });
  const secondary = new Set<string>();
  const groups = table.dimensions.filter((d) => d.hasTotal).flatMap((d) => groupAlong(table, cells, d.id));
  for (let changed = true; changed; ) {
    changed = false;
    for (const group of groups) {
      const partner = choosePartner(group, cells, keys, suppressed);
      if (partner === undefined) continue;
      suppressed[partner] = 1;
      secondary.add(keys[partner]!);
      changed = true;
    }
  }
  return secondary;
}
