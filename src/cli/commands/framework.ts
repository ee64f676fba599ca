import { type Command, InvalidArgumentError } from 'commander';
import {
  describeCodelist,
  describeTable,
  FRAMEWORK,
  FRAMEWORK_VERSION,
  getCodelist,
  getTable,
  isLang,
  label,
  listCodelists,
} from '../../framework/index.js';
import type { Lang } from '../../framework/types.js';

interface ShowOptions {
  lang: Lang;
  json?: boolean;
}

export function registerFrameworkCommands(program: Command): void {
  const framework = program
    .command('framework')
    .description('the reporting framework: tables and code lists');
  framework
    .command('show')
    .description(
      'list the tables and code lists, or show one: `show table MIG_STOCK_FB`, `show codelist CL_SEX`',
    )
    .argument('[kind]', 'table | codelist (or directly an ID)')
    .argument('[id]', 'table or code list ID')
    .option('--lang <lang>', 'en | es | fr | pt', parseLang, 'en')
    .option('--json', 'print JSON instead of text')
    .action((kind: string | undefined, id: string | undefined, options: ShowOptions) => {
      const output = render(kind, id, options);
      if (output === undefined) {
        process.stderr.write(
          `sicremi: no table or code list "${id ?? kind}" (try \`sicremi framework show\`)\n`,
        );
        process.exitCode = 1;
        return;
      }
      process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
    });
}

function parseLang(value: string): Lang {
  if (!isLang(value)) throw new InvalidArgumentError('one of en, es, fr, pt');
  return value;
}

function render(kind: string | undefined, id: string | undefined, options: ShowOptions): string | undefined {
  const target = (kind === 'table' || kind === 'codelist' ? id : kind)?.toUpperCase();
  if (!target)
    return options.json ? JSON.stringify(overview(options.lang), null, 2) : overviewText(options.lang);
  const table = kind !== 'codelist' ? getTable(target) : undefined;
  if (table) {
    const description = describeTable(table, options.lang);
    return options.json ? JSON.stringify(description, null, 2) : tableText(description);
  }
  const list = kind !== 'table' ? getCodelist(target) : undefined;
  if (list) {
    const description = describeCodelist(list, options.lang);
    return options.json ? JSON.stringify(description, null, 2) : codelistText(description);
  }
  return undefined;
}

function overview(lang: Lang) {
  return {
    version: FRAMEWORK_VERSION,
    tables: FRAMEWORK.tables.map((t) => ({ id: t.id, name: label(t.names, lang) })),
    codelists: listCodelists().map((c) => ({
      id: c.id,
      name: label(c.names, lang),
      codes: c.codes.length,
    })),
  };
}

function overviewText(lang: Lang): string {
  const { version, tables, codelists } = overview(lang);
  return [
    `SICREMI framework ${version}`,
    '',
    `Tables (${tables.length}):`,
    ...tables.map((t) => `  ${t.id.padEnd(22)} ${t.name}`),
    '',
    `Code lists (${codelists.length}):`,
    ...codelists.map((c) => `  ${c.id.padEnd(22)} ${c.name} (${c.codes})`),
  ].join('\n');
}

function tableText(t: ReturnType<typeof describeTable>): string {
  return [
    `${t.id} — ${t.name}`,
    t.description,
    `kind: ${t.kind}; unit: ${t.unit} (multiplier ${t.unitMultiplier}); survey: ${t.survey ? 'yes' : 'no'}`,
    '',
    'Dimensions:',
    ...t.dimensionDetails.map(
      (d) =>
        `  ${d.id.padEnd(18)} ${(d.codelist ?? '(period)').padEnd(18)} ${d.name}${d.hasTotal ? '  [_T total]' : ''}`,
    ),
    `Attributes: ${t.attributes.join(', ')}`,
    `Typical sources: ${t.typicalSources.join(', ')}`,
  ].join('\n');
}

function codelistText(c: ReturnType<typeof describeCodelist>): string {
  return [
    `${c.agency}:${c.id}(${c.version}) — ${c.name}`,
    ...c.codes.map((code) => `  ${code.id.padEnd(10)} ${code.name}`),
  ].join('\n');
}
