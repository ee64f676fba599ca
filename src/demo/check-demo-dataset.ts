// What every demo dataset must satisfy before it ships: each key names every dimension of its
// table with a code of that dimension's list, values are whole non-negative persons or empty
// with a status that says why, no cell appears twice, and along every dimension that has a
// total the parts (including `_U`) add up to it exactly. Problems are collected, not thrown.
import { CL_OBS_STATUS, getCodelist } from '../framework/index.js';
import { MISSING_STATUSES, type Observation } from '../framework/observation.js';
import type { TableDef } from '../framework/types.js';

const OBS_STATUSES = new Set(CL_OBS_STATUS.codes.map((c) => c.id));

export function listDemoDatasetProblems(table: TableDef, observations: readonly Observation[]): string[] {
  const problems: string[] = [];
  const codes = new Map(
    table.dimensions.map((d) => [
      d.id,
      new Set(
        getCodelist(d.codelist)
          ?.codes.filter((c) => !c.derived)
          .map((c) => c.id),
      ),
    ]),
  );
  const seen = new Set<string>();
  for (const o of observations) {
    const id = describeKey(table, o);
    if (seen.has(id)) problems.push(`${id}: appears twice`);
    seen.add(id);
    for (const dim of table.dimensions) {
      const code = o.key[dim.id] ?? '';
      const valid = dim.kind === 'time' ? /^\d{4}$/.test(code) : codes.get(dim.id)?.has(code);
      if (!valid) problems.push(`${id}: ${dim.id} "${code}" is not in ${dim.codelist || 'YYYY'}`);
    }
    if (Object.keys(o.key).length !== table.dimensions.length)
      problems.push(`${id}: key has extra dimensions`);
    if (!OBS_STATUSES.has(o.status)) problems.push(`${id}: OBS_STATUS "${o.status}" is not in CL_OBS_STATUS`);
    if (o.value === null && !MISSING_STATUSES.has(o.status))
      problems.push(`${id}: empty value with status ${o.status}`);
    if (o.value !== null && !(Number.isInteger(o.value) && o.value >= 0)) {
      problems.push(`${id}: ${o.value} is not a whole number of persons`);
    }
  }
  for (const dim of table.dimensions.filter((d) => d.hasTotal))
    problems.push(...listAdditivityProblems(table, observations, dim.id));
  return problems;
}

/** Along `dimId`, the cells that share every other code must add up to their `_T`. */
function listAdditivityProblems(
  table: TableDef,
  observations: readonly Observation[],
  dimId: string,
): string[] {
  const groups = new Map<string, { total?: number | null; parts: number; count: number }>();
  for (const o of observations) {
    const rest = table.dimensions.map((d) => (d.id === dimId ? '*' : o.key[d.id])).join('.');
    const group = groups.get(rest) ?? { parts: 0, count: 0 };
    groups.set(rest, group);
    if (o.key[dimId] === '_T') group.total = o.value;
    else {
      group.parts += o.value ?? 0;
      group.count++;
    }
  }
  const problems: string[] = [];
  for (const [rest, g] of groups) {
    if (g.count === 0 || g.total === undefined || g.total === null) continue;
    if (g.parts !== g.total) problems.push(`${rest}: ${dimId} parts add to ${g.parts}, total is ${g.total}`);
  }
  return problems;
}

function describeKey(table: TableDef, o: Observation): string {
  return `${table.id} ${table.dimensions.map((d) => o.key[d.id] ?? '?').join('.')}`;
}
