// The benchmark's input: MIG_STOCK_FB for one country in long layout — 250 countries of birth
// (249 + _T) × 4 sexes × 8 age groups × 125 years = 1,000,000 rows, every field quoted, CRLF,
// ≈45 MB. Totals are the exact sums of their parts, so the file is clean and imports.

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { CL_AGE, CL_AREA } from '../../src/framework/index.js';

const SEXES = ['F', 'M', '_U', '_T'];
const AGES = [
  ...CL_AGE.codes.filter((c) => !c.derived && c.id !== '_T' && c.id !== '_U').map((c) => c.id),
  '_T',
];
const BIRTH = [
  ...CL_AREA.codes
    .filter((c) => c.id !== '_T')
    .map((c) => c.id)
    .slice(0, 249),
  '_T',
];
export const HEADER = [
  'REF_AREA',
  'TIME_PERIOD',
  'SEX',
  'AGE',
  'COUNTRY_OF_BIRTH',
  'OBS_VALUE',
  'OBS_STATUS',
];

/** Values of one year: parts pseudo-random, every `_T` the sum over its dimension. */
function yearCube(year: number): Float64Array {
  const [nb, ns, na] = [BIRTH.length, SEXES.length, AGES.length];
  const cube = new Float64Array(nb * ns * na);
  const at = (b: number, s: number, a: number) => (b * ns + s) * na + a;
  let seed = year * 7919;
  for (let b = 0; b < nb - 1; b++)
    for (let s = 0; s < ns - 1; s++)
      for (let a = 0; a < na - 1; a++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        cube[at(b, s, a)] = 100 + (seed % 4900);
      }
  // Fill totals dimension by dimension: ages, then sexes, then countries.
  for (let b = 0; b < nb - 1; b++)
    for (let s = 0; s < ns - 1; s++)
      for (let a = 0; a < na - 1; a++)
        cube[at(b, s, na - 1)] = (cube[at(b, s, na - 1)] as number) + (cube[at(b, s, a)] as number);
  for (let b = 0; b < nb - 1; b++)
    for (let a = 0; a < na; a++)
      for (let s = 0; s < ns - 1; s++)
        cube[at(b, ns - 1, a)] = (cube[at(b, ns - 1, a)] as number) + (cube[at(b, s, a)] as number);
  for (let s = 0; s < ns; s++)
    for (let a = 0; a < na; a++)
      for (let b = 0; b < nb - 1; b++)
        cube[at(nb - 1, s, a)] = (cube[at(nb - 1, s, a)] as number) + (cube[at(b, s, a)] as number);
  return cube;
}

export async function generateLongCsv(path: string, firstYear = 1900, years = 125): Promise<number> {
  const out = createWriteStream(path);
  const quote = (cells: (string | number)[]) => `"${cells.join('","')}"\r\n`;
  let text = quote(HEADER);
  let rows = 0;
  for (let year = firstYear; year < firstYear + years; year++) {
    const cube = yearCube(year);
    let i = 0;
    for (const birth of BIRTH)
      for (const sex of SEXES)
        for (const age of AGES) {
          text += quote(['CHL', year, sex, age, birth, cube[i++] as number, 'A']);
          rows++;
        }
    if (!out.write(text)) await once(out, 'drain');
    text = '';
  }
  out.end(text);
  await once(out, 'finish');
  return rows;
}
