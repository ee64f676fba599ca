// The CSV template: title lines above the header carry what a spreadsheet would put in other
// sheets — the identity line (so an upload needs no options) and the instructions; the reader
// skips them as it skips any title. No drop-downs: CSV has none. Spanish, French and Portuguese
// Excel expect semicolons and decimal commas, English commas and decimal points; a BOM makes
// Excel read the file as UTF-8.
import Papa from 'papaparse';
import { formatIdentityLine } from '../pipeline/identify-submission.js';
import type { Cell } from '../readers/raw-row.js';
import type { TemplatePlan } from './plan-template.js';

export function buildCsvTemplate(plan: TemplatePlan): string {
  const semicolon = plan.lang !== 'en';
  // Numbers, alone or before a status letter ("12.5 E"), take the decimal comma with semicolons.
  const cell = (value: Cell): string =>
    semicolon && (typeof value === 'number' || /^\d+\.\d+ [A-Z]$/.test(value))
      ? String(value).replace('.', ',')
      : String(value);
  const lines: Cell[][] = [
    [
      formatIdentityLine({
        table: plan.table.id,
        country: plan.country,
        layout: plan.layout,
        lang: plan.lang,
      }),
    ],
    [plan.title],
    ...plan.instructions.map((line) => [line]),
    plan.columns.map((c) => c.header),
    ...plan.rows,
  ];
  const text = Papa.unparse(
    lines.map((row) => row.map(cell)),
    { delimiter: semicolon ? ';' : ',', newline: '\r\n' },
  );
  return `\ufeff${text}\r\n`;
}
