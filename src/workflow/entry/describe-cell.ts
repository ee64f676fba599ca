// A cell named as the correspondent reads it — "Venezuela (Female, 2024)" — for issue messages,
// which otherwise point at a row of a file the grid never showed.

import type { EntryLayout } from '../../framework/entry-layouts.js';
import { getCodelist, label } from '../../framework/index.js';
import type { Lang, TableDef } from '../../framework/types.js';

export function describeCell(
  table: TableDef,
  layout: EntryLayout,
  key: Record<string, string>,
  lang: Lang,
): string {
  const name = (id: string): string => {
    const code = key[id] ?? '';
    const dimension = table.dimensions.find((d) => d.id === id);
    const found = dimension ? getCodelist(dimension.codelist)?.codes.find((c) => c.id === code) : undefined;
    return found ? label(found.labels, lang) : code;
  };
  const across = [...layout.columns.map(name), ...layout.slices.filter((id) => key[id] !== '_T').map(name)];
  return `${name(layout.rows)} (${across.join(', ')})`;
}
