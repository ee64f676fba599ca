// `sicremi validate FILE --table ID --country ISO3 [--format text|json] [--lang xx]`: the
// ingest report, nothing written. Exit 0 when there is no error (warnings allowed), 1 when
// there are errors, 2 on usage errors. The options shared with `import` live here too.
import { existsSync } from 'node:fs';
import { type Command, InvalidArgumentError } from 'commander';
import { isLang } from '../../framework/describe.js';
import type { Lang } from '../../framework/types.js';
import {
  type CodeMapping,
  createStoreContextSource,
  fileSource,
  formatReportText,
  parseCodeMapping,
  type ReadSubmissionOptions,
  toJsonReport,
  type ValidationReport,
  validateCodeMapping,
  validateSubmission,
} from '../../ingest/index.js';
import { openPreparedStore } from '../../store/prepare-store.js';

export interface SubmissionCliOptions {
  table?: string;
  country?: string;
  sheet?: string;
  format: 'text' | 'json';
  lang: Lang;
  map: CodeMapping[];
}

export function addSubmissionOptions(command: Command): Command {
  return command
    .argument('<file>', 'CSV, TSV, XLSX or SDMX-CSV file')
    .option('--table <id>', 'table id, e.g. MIG_STOCK_FB (not needed for SICREMI templates or SDMX-CSV)')
    .option('--country <iso3>', 'reporting country (not needed when the file has REF_AREA or is a template)')
    .option('--sheet <name>', 'XLSX: the sheet to read (default: the first with a recognisable header)')
    .option('--format <format>', 'text | json', parseFormat, 'text')
    .option('--lang <lang>', 'language of the messages: en | es | fr | pt', parseLang, 'en')
    .option(
      '--map <DIM:text=CODE>',
      'a confirmed mapping of a national label (repeatable)',
      collectMapping,
      [],
    );
}

export function registerValidateCommand(program: Command): void {
  addSubmissionOptions(
    program
      .command('validate')
      .description('check a submission file against the framework rules; writes nothing'),
  ).action(async (file: string, options: SubmissionCliOptions, command: Command) => {
    checkFile(command, file);
    const store = await openPreparedStore();
    try {
      const { report, unresolved } = await validateSubmission(fileSource(file), {
        ...toReadOptions(options),
        contextSource: createStoreContextSource(store.db),
      });
      if (unresolved) failUsage(command, describeUnresolved(unresolved));
      finishProgress();
      if (!options.country && report.country === null)
        failUsage(command, 'give --country: the file names no country');
      process.stdout.write(renderReport(report, options));
      process.exitCode = report.summary.errors > 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  });
}

export function toReadOptions(options: SubmissionCliOptions): ReadSubmissionOptions {
  return {
    table: options.table?.toUpperCase(),
    country: options.country?.toUpperCase(),
    sheet: options.sheet,
    mappings: options.map,
    onProgress: showProgress(),
  };
}

export function renderReport(
  report: ValidationReport,
  options: Pick<SubmissionCliOptions, 'format' | 'lang'>,
): string {
  return options.format === 'json'
    ? `${JSON.stringify(toJsonReport(report, options.lang), null, 2)}\n`
    : formatReportText(report, options.lang);
}

export function checkFile(command: Command, file: string): void {
  if (!existsSync(file)) failUsage(command, `no file ${file}`);
}

export function failUsage(command: Command, message: string): never {
  command.error(`error: ${message}`, { exitCode: 2, code: 'sicremi.usage' });
}

export function describeUnresolved(unresolved: { table?: string; country?: string }): string {
  if (unresolved.table === 'missing') return 'give --table: the file does not say which table it holds';
  if (unresolved.table) return `no table ${unresolved.table} (see \`sicremi framework show\`)`;
  return 'give --country: the file names no country';
}

/** A progress line on long files, for people watching a terminal only. */
function showProgress(): ((rows: number) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  const started = Date.now();
  return (rows) => {
    const rate = Math.round(rows / Math.max(0.001, (Date.now() - started) / 1000));
    process.stderr.write(
      `\r${rows.toLocaleString('en-US')} rows read · ${rate.toLocaleString('en-US')} rows/s`,
    );
  };
}

export function finishProgress(): void {
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
}

function parseFormat(value: string): 'text' | 'json' {
  if (value !== 'text' && value !== 'json') throw new InvalidArgumentError('text or json');
  return value;
}

function parseLang(value: string): Lang {
  if (!isLang(value)) throw new InvalidArgumentError('one of en, es, fr, pt');
  return value;
}

function collectMapping(value: string, previous: CodeMapping[]): CodeMapping[] {
  const mapping = parseCodeMapping(value);
  if (!mapping) throw new InvalidArgumentError('write it DIMENSION:national text=CODE');
  const problem = validateCodeMapping(mapping);
  if (problem) throw new InvalidArgumentError(problem);
  return [...previous, mapping];
}
