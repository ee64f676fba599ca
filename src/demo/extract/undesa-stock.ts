// Build-time only: MIG_STOCK_FB for every OAS member state from UN DESA's International
// Migrant Stock — totals by sex from the destination workbook and, where given, the stock by
// country of birth from the origin-by-destination matrix. The matrix leaves out the origins
// UN DESA does not itemise ("Other South", "Other North"): the difference to the published
// total is a known remainder, not an unknown origin, so it is written as "other countries"
// (`OTH`, with the Channel Islands) and never as `_U`; the table adds up. Origins that exceed
// the total would be an error in the extract, never a negative remainder.
import { MEMBER_STATES } from '../../framework/index.js';
import type { Observation } from '../../framework/observation.js';
import type { TableDef } from '../../framework/types.js';
import { findM49ByIso3, isAreaCode } from './area-codes.js';
import { makeObservation } from './extracted-dataset.js';
import { readCsvRecords } from './read-csv-records.js';
import type { SexCode, UndesaSeries } from './read-undesa-table.js';

export interface BilateralStock {
  year: string;
  destination: string;
  /** CL_AREA code of the country of birth. */
  origin: string;
  stock: number;
  /** Line of the long file (line 1 is the header). */
  line: number;
}

/** Prefixes of SOURCE_REF: the destination workbook's table and the origin-by-destination file. */
export const TOTALS_REF = 'T1';
export const ORIGINS_REF = 'B';

/** UN DESA origins that are no ISO 3166 country, mapped to CL_AREA "other countries". */
const RESIDUAL = 'OTH';
const ORIGINS_NOT_IN_ISO = new Map([['CHI', RESIDUAL]]); // Channel Islands (M49 830): Guernsey and Jersey
const RESIDUAL_NOTE =
  'Other countries: the total less the origins UN DESA itemises (its "Other South"/"Other North", known only as a sum)';

export function readBilateralStocks(path: string): BilateralStock[] {
  return readCsvRecords(path).map((r, index) => {
    const origin = ORIGINS_NOT_IN_ISO.get(r.orig_iso3 ?? '') ?? r.orig_iso3 ?? '';
    if (!isAreaCode(origin))
      throw new Error(`${path}: origin ${r.orig_iso3} (${r.orig_name}) is not in CL_AREA`);
    return {
      year: r.year ?? '',
      destination: r.dest_iso3 ?? '',
      origin,
      stock: Number(r.stock),
      line: index + 2,
    };
  });
}

/** OBS_STATUS from UN DESA's type of data: C (foreign citizens) is another definition, I imputed. */
export function statusOfTypeOfData(typeOfData: string): string {
  if (typeOfData.includes('I')) return 'E';
  if (typeOfData.includes('C') && !typeOfData.includes('B')) return 'D';
  return 'A';
}

const TYPE_OF_DATA_MEANINGS: Record<string, string> = {
  B: 'foreign-born population',
  C: 'foreign citizens',
  R: 'refugees reported by UNHCR added',
  I: 'imputed, no data on migrants',
};

export function describeTypeOfData(typeOfData: string): string | undefined {
  if (typeOfData === 'B' || typeOfData === '') return undefined;
  const meanings = typeOfData
    .split(/\s+/)
    .map((code) => TYPE_OF_DATA_MEANINGS[code])
    .filter(Boolean);
  return `UN DESA type of data "${typeOfData}": ${meanings.join('; ')}`;
}

export function buildStockObservations(
  table: TableDef,
  series: Map<number, UndesaSeries>,
  years: readonly string[],
  origins: readonly BilateralStock[] = [],
): Observation[] {
  const observations: Observation[] = [];
  for (const iso3 of MEMBER_STATES) {
    const found = series.get(findM49ByIso3(iso3) ?? -1);
    if (!found) throw new Error(`UN DESA table has no row for ${iso3}`);
    const status = statusOfTypeOfData(found.typeOfData);
    const note = describeTypeOfData(found.typeOfData);
    for (const year of years) {
      const key = (sex: SexCode, birth: string) => ({
        REF_AREA: iso3,
        COUNTRY_OF_BIRTH: birth,
        SEX: sex,
        AGE: '_T',
        TIME_PERIOD: year,
      });
      for (const sex of ['_T', 'F', 'M'] as const) {
        const value = found.values.get(`${sex}|${year}`);
        if (value === null || value === undefined) continue;
        observations.push(
          makeObservation(table, key(sex, '_T'), value, {
            status,
            ...(note ? { note } : {}),
            sourceRef: `${TOTALS_REF}:row ${found.row}`,
          }),
        );
      }
      const total = found.values.get(`_T|${year}`);
      const byOrigin = sumByOrigin(origins, iso3, year);
      if (byOrigin.size === 0 || total === null || total === undefined) continue;
      const named = [...byOrigin.values()].reduce((a, b) => a + b.stock, 0);
      if (named > total)
        throw new Error(`${iso3} ${year}: origins add to ${named}, above the total ${total}`);
      const remainder = total - named;
      const withChannelIslands = byOrigin.has(RESIDUAL);
      if (remainder > 0) {
        const channel = byOrigin.get(RESIDUAL);
        byOrigin.set(RESIDUAL, {
          stock: (channel?.stock ?? 0) + remainder,
          // The total's row, less the origins' lines.
          lines: channel?.lines ?? [],
          ref: `${TOTALS_REF}:row ${found.row}`,
        });
      }
      for (const [origin, { stock, lines, ref }] of byOrigin) {
        const residualNote =
          origin === RESIDUAL && remainder > 0
            ? `${RESIDUAL_NOTE}${withChannelIslands ? ', and the Channel Islands' : ''}`
            : undefined;
        observations.push(
          makeObservation(table, key('_T', origin), stock, {
            status,
            ...(residualNote ? { note: residualNote } : {}),
            sourceRef: [ref, lines.length > 0 ? `${ORIGINS_REF}:${describeLines(lines)}` : '']
              .filter(Boolean)
              .join(' '),
          }),
        );
      }
    }
  }
  return observations;
}

/** "line 12" or "lines 12+40": where a figure (or the parts of a sum) stand in a CSV file. */
export function describeLines(lines: readonly number[]): string {
  return `${lines.length === 1 ? 'line' : 'lines'} ${lines.join('+')}`;
}

function sumByOrigin(
  origins: readonly BilateralStock[],
  destination: string,
  year: string,
): Map<string, { stock: number; lines: number[]; ref?: string }> {
  const sums = new Map<string, { stock: number; lines: number[]; ref?: string }>();
  for (const o of origins) {
    if (o.destination !== destination || o.year !== year || o.stock === 0) continue;
    if (o.origin === destination) throw new Error(`${destination} ${year}: natives counted as migrants`);
    const sum = sums.get(o.origin) ?? { stock: 0, lines: [] };
    sums.set(o.origin, { stock: sum.stock + o.stock, lines: [...sum.lines, o.line] });
  }
  return new Map([...sums].sort(([a], [b]) => a.localeCompare(b)));
}
