// Writes test/fixtures/realistic/: national-style submission files made from the real figures
// in ../shared/data (UN DESA IMS2019/IMS2020, UNHCR, IRCC, OECD), in the shapes correspondents
// send (Spanish/Portuguese headers, wide sheets, semicolons, Windows-1252). The validation
// corpus test (test/validation-corpus.test.ts) runs each against the demo and records every
// warning. Run: node --import tsx scripts/build-realistic-corpus.ts [sharedDir]
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractDemoDatasets } from '../src/demo/extract/extract-demo-datasets.js';
import { getCodelist } from '../src/framework/index.js';
import type { Observation } from '../src/framework/observation.js';

const SHARED = resolve(process.argv[2] ?? '../shared/data');
const OUT = resolve('test/fixtures/realistic');

const AREA = new Map((getCodelist('CL_AREA')?.codes ?? []).map((c) => [c.id, c.labels]));
const nameOf = (code: string, lang: 'es' | 'pt' | 'en') => AREA.get(code)?.[lang] ?? code;

/** "1.649.919": thousands with dots, as Spanish and Portuguese spreadsheets write them. */
const dotted = (n: number) => Math.round(n).toLocaleString('de-DE');

function write(name: string, lines: string[], encoding: 'utf8' | 'latin1' = 'utf8'): void {
  const text = `${lines.join('\r\n')}\r\n`;
  writeFileSync(join(OUT, name), encoding === 'latin1' ? Buffer.from(text, 'latin1') : text);
  console.log(`wrote ${name} (${lines.length - 1} data lines)`);
}

const datasets = await extractDemoDatasets(SHARED);
const byId = (id: string) => {
  const found = datasets.find((d) => d.id === id);
  if (!found) throw new Error(`no dataset ${id}`);
  return found.observations;
};
const ims2019 = byId('undesa-ims2019-stock');
const asylum = byId('unhcr-asylum-applications');
const ircc = byId('ircc-pr-admissions-canada');
const oecd = byId('oecd-imo2023-inflows');

const of = (rows: Observation[], where: Record<string, string | string[]>) =>
  rows.filter((o) =>
    Object.entries(where).every(([d, v]) => (Array.isArray(v) ? v.includes(o.key[d] ?? '') : o.key[d] === v)),
  );

/** IMS2020 by sex, every year 1990-2020 (Table 1 of the destination workbook, via derived/). */
function readIms2020BySex(country: string): { year: string; sex: string; value: number }[] {
  const text = readFileSync(join(SHARED, 'derived/undesa_ims_oas_country_indicators_long.csv'), 'utf8');
  const sexes: Record<string, string> = { total: '_T', female: 'F', male: 'M' };
  return text
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
    .filter(
      (c) => c[0] === 'IMS2020' && c[1] === 'destination' && c[2] === country && c[5] === 'migrant_stock',
    )
    .map((c) => ({ year: c[7] as string, sex: sexes[c[6] as string] as string, value: Number(c[8]) }));
}

// 1. Argentina sends IMS2020's estimates as its own series 1990-2020 (totals by sex):
// semicolons, Spanish headers and sex labels, thousands with dots.
{
  const sexLabel: Record<string, string> = { _T: 'Total', F: 'Mujeres', M: 'Hombres' };
  const rows = readIms2020BySex('ARG');
  write('arg-ims2020-stock-1990-2020.csv', [
    'Año;Sexo;Valor',
    ...rows.map((r) => `${r.year};${sexLabel[r.sex]};${dotted(r.value)}`),
  ]);
}

// 2. A census year by country of birth: Argentina 2010, the ten largest origins named in
// Spanish, the others as "Otros países", unknown origin as "Desconocido"; Windows-1252.
{
  const year = of(ims2019, { REF_AREA: 'ARG', TIME_PERIOD: '2010' });
  const origins = of(year, { SEX: '_T' }).filter((o) => !['_T', '_U'].includes(o.key.COUNTRY_OF_BIRTH ?? ''));
  origins.sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  const named = origins.slice(0, 10);
  const others = origins.slice(10).reduce((sum, o) => sum + (o.value ?? 0), 0);
  const value = (origin: string, sex: string) =>
    of(year, { COUNTRY_OF_BIRTH: origin, SEX: sex })[0]?.value ?? 0;
  write(
    'arg-censo-2010-pais-de-nacimiento.csv',
    [
      'País de nacimiento;Sexo;Año;Cantidad',
      `Total;Total;2010;${value('_T', '_T')}`,
      `Total;Mujeres;2010;${value('_T', 'F')}`,
      `Total;Hombres;2010;${value('_T', 'M')}`,
      ...named.map((o) => `${nameOf(o.key.COUNTRY_OF_BIRTH ?? '', 'es')};Total;2010;${o.value}`),
      `Otros países;Total;2010;${others}`,
      `Desconocido;Total;2010;${value('_U', '_T')}`,
    ],
    'latin1',
  );
}

// 3. A census table as printed: Brazil 2010 by country of birth, sexes across the columns
// (wide), Portuguese headers; origins are tabulated for both sexes only (blank by sex).
{
  const year = of(ims2019, { REF_AREA: 'BRA', TIME_PERIOD: '2010' });
  const total = (sex: string) => of(year, { COUNTRY_OF_BIRTH: '_T', SEX: sex })[0]?.value ?? 0;
  const origins = of(year, { SEX: '_T' }).filter((o) => o.key.COUNTRY_OF_BIRTH !== '_T');
  write('bra-censo-2010-largo-por-sexo.csv', [
    'País de nascimento;Ano;Total;Homens;Mulheres',
    `Total;2010;${dotted(total('_T'))};${dotted(total('M'))};${dotted(total('F'))}`,
    ...origins.map((o) => {
      const code = o.key.COUNTRY_OF_BIRTH ?? '';
      return `${code === '_U' ? 'Desconhecido' : nameOf(code, 'pt')};2010;${dotted(o.value ?? 0)};;`;
    }),
  ]);
}

// 4. Canada's own submission: IRCC permanent-resident admissions by citizenship, 2015-2025
// (annual sums of the monthly file), long layout, English headers, ISO codes.
{
  const rows = of(ircc, { REF_AREA: 'CAN' });
  write('can-ircc-2015-2025-by-citizenship.csv', [
    'Citizenship,Year,Number,OBS_STATUS,OBS_NOTE',
    ...rows.map(
      (o) =>
        `${o.key.CITIZENSHIP},${o.key.TIME_PERIOD},${o.value ?? ''},${o.status},"${(o.note ?? '').replace(/"/g, '""')}"`,
    ),
  ]);
}

// 5. A resubmission with one revised figure: Canada 2025 again, India revised up by 1,205
// (a late registration batch), the total with it.
{
  const rows = of(ircc, { REF_AREA: 'CAN', TIME_PERIOD: '2025' }).map((o) => ({ ...o }));
  for (const o of rows) {
    if (o.key.CITIZENSHIP === 'IND' || o.key.CITIZENSHIP === '_T') o.value = (o.value ?? 0) + 1205;
  }
  write('can-ircc-2025-revised.csv', [
    'CITIZENSHIP,TIME_PERIOD,OBS_VALUE,OBS_STATUS,OBS_NOTE',
    ...rows.map(
      (o) =>
        `${o.key.CITIZENSHIP},${o.key.TIME_PERIOD},${o.value ?? ''},${o.status},"${(o.key.CITIZENSHIP === 'IND' ? 'Revised: late registrations' : (o.note ?? '')).replace(/"/g, '""')}"`,
    ),
  ]);
}

// 6. Canada's totals as the OECD publishes them (IMO 2023 Table A.1, unrounded IRCC counts),
// 2015-2021 across the columns: no citizenship breakdown.
{
  // OECD IMO 2023 Table A.1 (mmbarros/Inflows_of_foreign_population.xlsx), as the demo's README
  // quotes them beside the IRCC sums.
  const unrounded: Record<string, number> = {
    2015: 271808,
    2016: 296740,
    2017: 286447,
    2018: 321042,
    2019: 341175,
    2020: 184585,
    2021: 405795,
  };
  write('can-oecd-imo2023-totals-wide.csv', [
    `Country,${Object.keys(unrounded).join(',')}`,
    `Canada,${Object.values(unrounded).join(',')}`,
  ]);
}

// 7. Mexico's refugee commission: new asylum applications by citizenship 2019-2024, Spanish
// names and headers, semicolons.
{
  // A national file lists the figures it has: the cells UNHCR leaves empty are not in it.
  const rows = of(asylum, {
    REF_AREA: 'MEX',
    TIME_PERIOD: ['2019', '2020', '2021', '2022', '2023', '2024'],
  }).filter((o) => o.value !== null);
  write('mex-comar-solicitudes-2019-2024.csv', [
    'Nacionalidad;Etapa del procedimiento;Año;Cantidad',
    ...rows.map((o) => {
      const code = o.key.CITIZENSHIP ?? '';
      const name = code === '_T' ? 'Total' : code === '_U' ? 'Desconocido' : nameOf(code, 'es');
      return `${name};Nuevas solicitudes;${o.key.TIME_PERIOD};${o.value ?? ''}`;
    }),
  ]);
}

// 8. A register extract: Costa Rica 2022, the five main nationalities and "Otras" (the rest).
{
  const year = of(asylum, { REF_AREA: 'CRI', TIME_PERIOD: '2022' });
  const parts = year.filter((o) => o.key.CITIZENSHIP !== '_T' && o.value !== null);
  parts.sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  const main = parts.slice(0, 5);
  const rest = parts.slice(5).reduce((sum, o) => sum + (o.value ?? 0), 0);
  const total = of(year, { CITIZENSHIP: '_T' })[0]?.value ?? 0;
  write('cri-registro-solicitudes-2022.csv', [
    'Nacionalidad;Etapa;Año;Cantidad',
    `Total;Nuevas solicitudes;2022;${total}`,
    ...main.map((o) => `${nameOf(o.key.CITIZENSHIP ?? '', 'es')};Nuevas solicitudes;2022;${o.value}`),
    `Otros países;Nuevas solicitudes;2022;${rest}`,
  ]);
}

// 9. The United States' inflows as the OECD publishes them, 2011-2021 across the columns.
{
  const rows = of(oecd, { REF_AREA: 'USA' });
  write('usa-oecd-imo2023-inflows-wide.csv', [
    `Country,${rows.map((o) => o.key.TIME_PERIOD).join(',')}`,
    `United States,${rows.map((o) => o.value ?? '').join(',')}`,
  ]);
}

// 10. Peru's asylum applications 2016-2019 by citizenship (the Venezuelan surge of 2018),
// tab-separated, Spanish headers, codes.
{
  const rows = of(asylum, { REF_AREA: 'PER', TIME_PERIOD: ['2016', '2017', '2018', '2019'] }).filter(
    (o) => o.value !== null,
  );
  write('per-solicitudes-asilo-2016-2019.tsv', [
    'Nacionalidad\tEtapa\tAño\tValor',
    ...rows.map((o) => `${o.key.CITIZENSHIP}\tNEW_APP\t${o.key.TIME_PERIOD}\t${o.value ?? ''}`),
  ]);
}

// 11. Uruguay's 2020 stock by sex from IMS2020: the year just after IMS2019's last, sent
// after the demo's IMS2019 (and, in the demo, after IMS2020 published it already).
{
  const sexLabel: Record<string, string> = { _T: 'Total', F: 'Mujeres', M: 'Hombres' };
  const rows = readIms2020BySex('URY').filter((r) => r.year === '2020');
  write('ury-ims2020-stock-2020.csv', [
    'Sexo;Año;Valor',
    ...rows.map((r) => `${sexLabel[r.sex]};${r.year};${dotted(r.value)}`),
  ]);
}
