// `sicremi template`: the table's template for a country in a language and layout, written to
// an .xlsx or .csv file and pre-filled with the country's last published period.
import { writeFile } from 'node:fs/promises';
import type { Observation } from '../../framework/observation.js';
import type { Lang, TableDef } from '../../framework/types.js';
import { planTemplate } from './plan-template.js';
import { buildCsvTemplate } from './write-csv-template.js';
import { buildXlsxTemplate } from './write-xlsx-template.js';

export interface TemplateRequest {
  table: TableDef;
  country: string;
  lang: Lang;
  layout?: 'long' | 'wide';
  /** The country's current published observations of the table. */
  published: readonly Observation[];
}

export function templateFormat(path: string): 'xlsx' | 'csv' | undefined {
  if (/\.xlsx$/i.test(path)) return 'xlsx';
  if (/\.csv$/i.test(path)) return 'csv';
  return undefined;
}

/** Writes the template; returns how many rows were pre-filled. */
export async function writeTemplate(path: string, request: TemplateRequest): Promise<{ rows: number }> {
  const plan = planTemplate(
    request.table,
    request.country,
    request.lang,
    request.layout ?? 'long',
    request.published,
  );
  if (templateFormat(path) === 'csv') await writeFile(path, buildCsvTemplate(plan), 'utf8');
  else await buildXlsxTemplate(plan).xlsx.writeFile(path);
  return { rows: plan.rows.length };
}
