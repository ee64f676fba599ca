// Build-time only: a UN DESA International Migrant Stock table (2019 or 2020 workbook) as
// series per M49 location code. The header row names the location code, the type of data and
// the years; the row above it says which sex each block of years is for.
import { type PlainCell, readXlsxRows } from './read-xlsx-rows.js';

export type SexCode = '_T' | 'F' | 'M';

export interface UndesaSeries {
  m49: number;
  name: string;
  /** UN DESA "Type of data": B foreign-born, C foreign citizens, R refugees added, I imputed. */
  typeOfData: string;
  /** Excel row number, for citations. */
  row: number;
  /** `${sex}|${year}` → value as published ('..' and blanks become null). */
  values: Map<string, number | null>;
}

export async function readUndesaTable(path: string, sheet: string): Promise<Map<number, UndesaSeries>> {
  const rows = await readXlsxRows(path, sheet);
  const headerIndex = rows.findIndex(
    (r) => r.some((c) => /country or area/i.test(String(c ?? ''))) && r.some((c) => toYear(c) !== undefined),
  );
  if (headerIndex < 1) throw new Error(`${path} ${sheet}: no header row`);
  const header = rows[headerIndex]!;
  const codeColumn = header.findIndex((c) => /^(location )?code$/i.test(String(c ?? '').trim()));
  const nameColumn = header.findIndex((c) => /country or area/i.test(String(c ?? '')));
  const typeColumn = header.findIndex((c) => /^type of data/i.test(String(c ?? '').trim()));
  const columns = readYearColumns(header, rows[headerIndex - 1]!);
  const series = new Map<number, UndesaSeries>();
  rows.slice(headerIndex + 1).forEach((row, offset) => {
    const m49 = row[codeColumn];
    if (typeof m49 !== 'number') return;
    const values = new Map<string, number | null>();
    for (const { index, sex, year } of columns) values.set(`${sex}|${year}`, toNumber(row[index] ?? null));
    series.set(m49, {
      m49,
      name: String(row[nameColumn] ?? '').trim(),
      typeOfData: typeColumn >= 0 ? String(row[typeColumn] ?? '').trim() : '',
      row: headerIndex + offset + 2,
      values,
    });
  });
  return series;
}

/** Year columns with the sex of their block, carried right from the last label above. */
function readYearColumns(header: PlainCell[], above: PlainCell[]) {
  const columns: { index: number; sex: SexCode; year: string }[] = [];
  let sex: SexCode | undefined;
  header.forEach((cell, index) => {
    const label = String(above[index] ?? '');
    if (/female/i.test(label)) sex = 'F';
    else if (/\bmales?\b/i.test(label)) sex = 'M';
    else if (/both sexes/i.test(label)) sex = '_T';
    const year = toYear(cell);
    if (year !== undefined) {
      if (!sex) throw new Error(`year column ${index} has no sex label above it`);
      columns.push({ index, sex, year: String(year) });
    }
  });
  return columns;
}

function toYear(cell: PlainCell): number | undefined {
  const year = typeof cell === 'number' ? cell : Number(String(cell ?? '').trim());
  return Number.isInteger(year) && year >= 1950 && year <= 2100 ? year : undefined;
}

function toNumber(cell: PlainCell): number | null {
  if (typeof cell === 'number') return cell;
  const text = String(cell ?? '').trim();
  return text === '' || Number.isNaN(Number(text)) ? null : Number(text);
}
