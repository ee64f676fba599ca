import { writeFile } from 'node:fs/promises';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { isLang } from '../../framework/index.js';
import type { Lang } from '../../framework/types.js';
import { openPreparedStore } from '../../store/prepare-store.js';

interface ReportOptions {
  country?: string;
  region?: boolean;
  lang: Lang;
  asOf?: string;
  releases?: string;
  format: 'pdf' | 'html';
  out: string;
}

function parseLang(value: string): Lang {
  if (!isLang(value)) throw new InvalidArgumentError('a language is one of en, es, fr, pt');
  return value;
}

export function registerReportCommand(program: Command): void {
  program
    .command('report')
    .description('write a country note or the regional report (HTML or PDF) from the published figures')
    .addOption(new Option('--country <iso3>', 'country note of an OAS member state').conflicts('region'))
    .addOption(new Option('--region', 'the regional report with every country note').conflicts('country'))
    .option('--lang <lang>', 'language: en, es, fr or pt', parseLang, 'en')
    .option('--as-of <date>', 'pin the figures to the releases public at this date or ISO time')
    .option('--releases <ids>', 'pin the figures to these releases only (e.g. 3,5,8)')
    .addOption(
      new Option('--format <format>', 'output format').choices(['pdf', 'html']).makeOptionMandatory(),
    )
    .requiredOption('--out <file>', 'file to write')
    .action(async (options: ReportOptions) => {
      if (!options.country && !options.region) {
        process.stderr.write('sicremi report: give --country ISO3 or --region\n');
        process.exitCode = 2;
        return;
      }
      // Loaded on use: pdfkit and the charts cost seconds that other commands should not pay.
      const [
        { createStoreDataSource },
        { generateReportFor },
        { parsePinRequest },
        { formatReportError, ReportError },
      ] = await Promise.all([
        import('../../reports/data/store-data-source.js'),
        import('../../reports/generate-report.js'),
        import('../../reports/pin/report-pin.js'),
        import('../../reports/report-error.js'),
      ]);
      const store = await openPreparedStore();
      try {
        const report = await generateReportFor(createStoreDataSource(store.db), {
          scope: options.country
            ? { kind: 'country', iso3: options.country.toUpperCase() }
            : { kind: 'region' },
          lang: options.lang,
          format: options.format,
          pin: parsePinRequest({ asOf: options.asOf, releases: options.releases }),
        });
        await writeFile(options.out, report.body);
        process.stdout.write(`wrote ${options.out} (${report.body.length} bytes; pin ${report.pin.key})\n`);
      } catch (error) {
        if (!(error instanceof ReportError)) throw error;
        process.stderr.write(
          `sicremi report: ${error.code}: ${formatReportError(error.code, options.lang, error.params)}\n`,
        );
        process.exitCode = 1;
      } finally {
        await store.close();
      }
    });
}
