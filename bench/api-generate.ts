// SYNTHETIC BENCHMARK DATA — invented figures, labelled as such in every release's source.
// Spreads N observations over the 15 tables × 35 member states, evenly except where a table has
// fewer cells than its share (POP_CONTEXT, ECO_REMITTANCES: the rest goes to the others):
// every table-country gets the years 1991–2020, and each year as many breakdown combinations
// as its share allows, taken in code-list order with the `_T` totals first (so totals always
// exist). One cell in a thousand is confidential (C), so disclosure control does real work.
// One release per table, loaded through publishRelease and the store's bulk-insert path.
import { getCodelist, MEMBER_STATES, TABLES } from '../src/framework/index.js';
import type { Observation } from '../src/framework/observation.js';
import type { DimensionDef, TableDef } from '../src/framework/types.js';
import { publishRelease } from '../src/store/repositories/releases.js';
import type { Store } from '../src/store/store.js';

export const FIRST_YEAR = 1991;
export const LAST_YEAR = 2020;
const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => String(FIRST_YEAR + i));

/** Codes of a breakdown dimension, total first, derived aggregates left out. */
function codesOf(dimension: DimensionDef): string[] {
  const codes = (getCodelist(dimension.codelist)?.codes ?? []).filter((c) => !c.derived).map((c) => c.id);
  const ordered = codes.includes('_T') ? ['_T', ...codes.filter((c) => c !== '_T')] : codes;
  return ordered.length > 0 ? ordered : ['_T'];
}

/** The first `count` combinations of the breakdown codes, the last dimension varying fastest. */
function* combinations(lists: string[][], count: number): Generator<string[]> {
  const index = lists.map(() => 0);
  for (let produced = 0; produced < count; produced++) {
    yield index.map((i, d) => lists[d]![i]!);
    let d = lists.length - 1;
    while (d >= 0) {
      index[d]!++;
      if (index[d]! < lists[d]!.length) break;
      index[d] = 0;
      d--;
    }
    if (d < 0) return;
  }
}

// A deterministic pseudo-random sequence (mulberry32), so every run loads the same figures.
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function breakdownLists(table: TableDef): string[][] {
  return table.dimensions.filter((d) => d.id !== 'REF_AREA' && d.id !== 'TIME_PERIOD').map(codesOf);
}

/** Cells per country of each table: an even share, capped at what the table can hold. */
export function allocate(total: number): Map<string, number> {
  const perCountry = total / MEMBER_STATES.length;
  const capacity = (t: TableDef) => breakdownLists(t).reduce((n, list) => n * list.length, 1) * YEARS.length;
  const out = new Map<string, number>();
  let remaining = perCountry;
  const sorted = [...TABLES].sort((a, b) => capacity(a) - capacity(b));
  sorted.forEach((table, i) => {
    const share = Math.min(capacity(table), Math.ceil(remaining / (sorted.length - i)));
    out.set(table.id, share);
    remaining -= share;
  });
  return out;
}

function* tableObservations(table: TableDef, perCountry: number): Generator<{ observation: Observation }> {
  const breakdowns = table.dimensions.filter((d) => d.id !== 'REF_AREA' && d.id !== 'TIME_PERIOD');
  const lists = breakdownLists(table);
  const perYear = Math.max(1, Math.floor(perCountry / YEARS.length));
  const combos = [...combinations(lists, perYear)];
  const next = random(table.id.length * 7919);
  for (const country of MEMBER_STATES) {
    for (const year of YEARS) {
      for (const combo of combos) {
        const key: Record<string, string> = { REF_AREA: country, TIME_PERIOD: year };
        breakdowns.forEach((d, i) => {
          key[d.id] = combo[i]!;
        });
        const draw = next();
        yield {
          observation: {
            table: table.id,
            key,
            value: Math.round(draw * 100_000),
            status: draw < 0.02 ? 'E' : 'A',
            conf: draw > 0.999 ? 'C' : 'F',
            ...(table.survey
              ? { cv: Math.round(draw * 400) / 10, sampleN: 20 + Math.round(draw * 2000) }
              : {}),
          },
        };
      }
    }
  }
}

export async function generateObservations(
  store: Store,
  total: number,
  log: (line: string) => void,
): Promise<number> {
  const shares = allocate(total);
  let loaded = 0;
  for (const table of TABLES) {
    const started = performance.now();
    const release = await store.transaction((tx) =>
      publishRelease(tx, {
        table,
        publishedAt: '2026-01-01T00:00:00.000Z',
        notes: 'SYNTHETIC BENCHMARK DATA',
        source: { publisher: 'SYNTHETIC BENCHMARK DATA (not real figures)', table: table.id },
        observations: tableObservations(table, shares.get(table.id)!),
      }),
    );
    loaded += release.observationCount;
    log(
      `  ${table.id.padEnd(20)} ${String(release.observationCount).padStart(9)} rows  ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  return loaded;
}

/** The codes each breakdown dimension of a table holds in a store of `total` observations. */
export function codesPresent(table: TableDef, total: number): Map<string, string[]> {
  const breakdowns = table.dimensions.filter((d) => d.id !== 'REF_AREA' && d.id !== 'TIME_PERIOD');
  const perYear = Math.max(1, Math.floor(allocate(total).get(table.id)! / YEARS.length));
  const seen = breakdowns.map(() => new Set<string>());
  for (const combo of combinations(breakdownLists(table), perYear)) {
    combo.forEach((code, i) => {
      seen[i]!.add(code);
    });
  }
  return new Map(breakdowns.map((d, i) => [d.id, [...seen[i]!]]));
}

export { random as seededRandom };
