import type { Observation } from '../../framework/observation.js';
import type { TableDef } from '../../framework/types.js';

/** A cell's full key as one string, in the table's dimension order. */
export function cellKeyOf(obs: Pick<Observation, 'key'>, table: TableDef): string {
  let out = '';
  for (const d of table.dimensions) out += `${obs.key[d.id] ?? ''}\u001f`;
  return out;
}
