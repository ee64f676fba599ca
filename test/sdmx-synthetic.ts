// SYNTHETIC TEST DATA — invented figures, labelled as such in every release's source; they
// describe no real country. One stock table laid out so that disclosure control has work to
// do: HTI-born women in CHL in 2020 are confidential (C, value 7919); suppressing them forces
// secondary suppression of BOL-born women (4111, the next smallest), then of the men of both
// (5003 and 4889), so no value is recoverable from any published total.
import { getTable } from '../src/framework/index.js';
import type { Observation } from '../src/framework/observation.js';
import type { TableDef } from '../src/framework/types.js';
import { publishRelease } from '../src/store/repositories/releases.js';
import type { Store } from '../src/store/store.js';

export const SYNTHETIC_SOURCE = {
  publisher: 'SYNTHETIC TEST DATA (not real figures)',
  edition: 'test',
  licence: 'CC BY 4.0',
  citation: 'SICREMI synthetic test data',
};

export const CONFIDENTIAL_VALUE = 7919;
export const SECONDARY_VALUES = [4111, 5003, 4889] as const;
export const INJECTED_NOTE = '=HYPERLINK("http://evil.example/x","click me")';

export const STOCK = getTable('MIG_STOCK_FB')!;
export const POP = getTable('POP_CONTEXT')!;
export const ASYLUM = getTable('MIG_ASYLUM')!;

type Cell = Partial<Observation> & { key: Record<string, string>; value: number | null };

function cell(
  table: TableDef,
  key: Record<string, string>,
  value: number | null,
  extra: Partial<Observation> = {},
): Observation {
  return { table: table.id, key, value, status: 'A', conf: 'F', note: null, ...extra };
}

// Women and men by country of birth; every `_T` is the exact sum of its parts.
const STOCK_2020: Record<string, [number, number]> = {
  PER: [60212, 58346],
  VEN: [80554, 77020],
  BOL: [SECONDARY_VALUES[0], SECONDARY_VALUES[2]],
  HTI: [CONFIDENTIAL_VALUE, SECONDARY_VALUES[1]],
};

export function stockCells(area: string, year: string, scale = 1, confidential = true): Observation[] {
  const out: Observation[] = [];
  let totalF = 0;
  let totalM = 0;
  for (const [cob, [f, m]] of Object.entries(STOCK_2020)) {
    const F = Math.round(f * scale);
    const M = Math.round(m * scale);
    totalF += F;
    totalM += M;
    const key = (sex: string) => ({
      REF_AREA: area,
      COUNTRY_OF_BIRTH: cob,
      SEX: sex,
      AGE: '_T',
      TIME_PERIOD: year,
    });
    const isSecret = confidential && cob === 'HTI';
    out.push(cell(STOCK, key('F'), F, isSecret ? { conf: 'C' } : {}));
    out.push(cell(STOCK, key('M'), M));
    out.push(cell(STOCK, key('_T'), F + M));
  }
  const key = (sex: string) => ({
    REF_AREA: area,
    COUNTRY_OF_BIRTH: '_T',
    SEX: sex,
    AGE: '_T',
    TIME_PERIOD: year,
  });
  out.push(cell(STOCK, key('F'), totalF));
  out.push(cell(STOCK, key('M'), totalM));
  out.push(cell(STOCK, key('_T'), totalF + totalM, { note: INJECTED_NOTE }));
  return out;
}

export function popCells(area: string, year: string, pop: number): Observation[] {
  return [cell(POP, { REF_AREA: area, COMPONENT: 'POP', TIME_PERIOD: year }, pop)];
}

export function asylumCells(
  area: string,
  year: string,
  conv: number,
  compl: number,
  rej: number,
): Observation[] {
  const key = (stage: string) => ({
    REF_AREA: area,
    CITIZENSHIP: '_T',
    SEX: '_T',
    ASYLUM_STAGE: stage,
    TIME_PERIOD: year,
  });
  return [
    cell(ASYLUM, key('DEC_CONV'), conv, { status: 'P' }),
    cell(ASYLUM, key('DEC_COMPL'), compl),
    cell(ASYLUM, key('DEC_REJ'), rej),
  ];
}

export async function publishSynthetic(
  store: Store,
  table: TableDef,
  observations: readonly Cell[],
  publishedAt: string,
): Promise<number> {
  const release = await store.transaction((tx) =>
    publishRelease(tx, {
      table,
      publishedAt,
      notes: 'SYNTHETIC TEST DATA',
      source: { ...SYNTHETIC_SOURCE, table: table.id },
      observations: observations.map((o) => ({
        observation: { table: table.id, status: 'A', conf: 'F', note: null, ...o } as Observation,
      })),
    }),
  );
  return release.id;
}

/** The standard fixture: stock of CHL 2020–2021 and ARG 2020, population, asylum decisions. */
export async function loadSyntheticFixture(
  store: Store,
): Promise<{ stockRelease: number; popRelease: number }> {
  const stockRelease = await publishSynthetic(
    store,
    STOCK,
    [
      ...stockCells('CHL', '2020'),
      ...stockCells('CHL', '2021', 1.1, false),
      ...stockCells('ARG', '2020', 2, false),
    ],
    '2026-01-15T12:00:00.000Z',
  );
  const popRelease = await publishSynthetic(
    store,
    POP,
    [
      ...popCells('CHL', '2019', 18_900_000),
      ...popCells('CHL', '2020', 19_100_000),
      ...popCells('CHL', '2021', 19_300_000),
      ...popCells('ARG', '2020', 45_400_000),
    ],
    '2026-01-15T12:00:00.000Z',
  );
  await publishSynthetic(store, ASYLUM, asylumCells('CHL', '2020', 120, 30, 850), '2026-01-15T12:00:00.000Z');
  return { stockRelease, popRelease };
}

/**
 * Whether `text` shows `figure` as a number of its own. A plain substring check would also hit
 * the same digits inside a timestamp, an ETag or a hash, which made leak checks flaky; a
 * hyphen is no boundary either, as a message id's UUID holds four-digit groups ("-4111-").
 */
export function showsFigure(text: string, figure: string): boolean {
  return new RegExp(`(?<![\\w.-])${figure}(?![\\w.-])`).test(text);
}
