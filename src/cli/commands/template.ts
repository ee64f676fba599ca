// `sicremi template --table ID --country ISO3 --lang xx [--layout wide|long] --out F.xlsx|F.csv`:
// the table's template in that language, pre-filled with the country's last published values.
import { type Command, InvalidArgumentError } from 'commander';
import { getCountry } from '../../framework/countries.js';
import { isLang } from '../../framework/describe.js';
import { getTable } from '../../framework/index.js';
import type { Lang } from '../../framework/types.js';
import { templateFormat, writeTemplate } from '../../ingest/index.js';
import { openPreparedStore } from '../../store/prepare-store.js';
import { queryPublished } from '../../store/repositories/observations.js';

interface TemplateOptions {
  table: string;
  country: string;
  lang: Lang;
  layout: 'long' | 'wide';
  out: string;
}

export function registerTemplateCommand(program: Command): void {
  program
    .command('template')
    .description("write a table's template for a country, pre-filled with its last published values")
    .requiredOption('--table <id>', 'table id, e.g. MIG_STOCK_FB', (v) => parseTable(v))
    .requiredOption('--country <iso3>', 'reporting country', (v) => parseCountry(v))
    .option('--lang <lang>', 'language of headers and instructions: en | es | fr | pt', parseLang, 'en')
    .option(
      '--layout <layout>',
      'long | wide (the table’s usual dimension across the columns)',
      parseLayout,
      'long',
    )
    .requiredOption('--out <file>', 'the file to write: .xlsx (with drop-down lists) or .csv', parseOut)
    .action(async (options: TemplateOptions) => {
      const table = getTable(options.table);
      if (!table) return;
      const store = await openPreparedStore();
      try {
        const published = await queryPublished(store.db, { table, filters: { REF_AREA: [options.country] } });
        const { rows } = await writeTemplate(options.out, { ...options, table, published });
        process.stdout.write(
          `Wrote ${options.out}: ${table.id} for ${options.country}, ${options.layout} layout, ${rows} rows pre-filled.\n`,
        );
      } finally {
        await store.close();
      }
    });
}

function parseTable(value: string): string {
  const id = value.toUpperCase();
  if (!getTable(id)) throw new InvalidArgumentError('no such table (see `sicremi framework show`)');
  return id;
}

function parseCountry(value: string): string {
  const iso3 = value.toUpperCase();
  if (!getCountry(iso3)) throw new InvalidArgumentError('an ISO 3166-1 alpha-3 code, e.g. CHL');
  return iso3;
}

function parseLang(value: string): Lang {
  if (!isLang(value)) throw new InvalidArgumentError('one of en, es, fr, pt');
  return value;
}

function parseLayout(value: string): 'long' | 'wide' {
  if (value !== 'long' && value !== 'wide') throw new InvalidArgumentError('long or wide');
  return value;
}

function parseOut(value: string): string {
  if (!templateFormat(value)) throw new InvalidArgumentError('a file ending in .xlsx or .csv');
  return value;
}
