// A census-style file with a new breakdown: Argentina's 2017 "census" by country of birth and
// sex, Spanish headers and semicolons. The origins and their sizes are UN DESA's 2019 figures
// (the demo's), split by sex at 54 % women for the example; small origins are left out, as a
// census table does. The demo published origins for both sexes only, so the breakdown by sex
// is new — one fact to confirm — and 2017 lies between published years, so nothing stops.
import { readFileSync } from 'node:fs';

/** `without`: origins to leave out (the browser test leaves out Venezuela, whose jump is a warning of its own). */
export function buildCensusWithSex(options: { without?: readonly string[] } = {}): string {
  const rows = readFileSync('src/demo/data/mig-stock-fb-undesa-ims2019.csv', 'utf8')
    .split('\n')
    .map((line) => line.split(','))
    .filter((c) => c[0] === 'ARG' && c[4] === '2019' && c[2] === '_T' && c[1] !== '_T');
  const origins = rows
    .map((c) => ({ code: c[1] as string, value: Number(c[5]) }))
    .filter((o) => o.value >= 5000 && !options.without?.includes(o.code));
  const split = origins.map((o) => ({ ...o, women: Math.round(o.value * 0.54) }));
  const sum = (f: (o: (typeof split)[number]) => number) => split.reduce((s, o) => s + f(o), 0);
  const lines = [
    'País de nacimiento;Sexo;Año;Cantidad',
    `Total;Total;2017;${sum((o) => o.value)}`,
    `Total;Mujeres;2017;${sum((o) => o.women)}`,
    `Total;Hombres;2017;${sum((o) => o.value - o.women)}`,
    ...split.flatMap((o) => [
      `${o.code};Total;2017;${o.value}`,
      `${o.code};Mujeres;2017;${o.women}`,
      `${o.code};Hombres;2017;${o.value - o.women}`,
    ]),
  ];
  return `${lines.join('\n')}\n`;
}
