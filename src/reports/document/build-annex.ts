// The annex of the regional report: definitions of the tables shown, the indicator formulas and
// methodology, the flags, all sources and comparability notes.
import { getCodelist, getTable } from '../../framework/index.js';
import { label } from '../../framework/labels.js';
import type { Lang } from '../../framework/types.js';
import type { ReleaseInfo } from '../../store/repositories/release-queries.js';
import { withColon } from '../text/fill-template.js';
import { UI } from '../text/ui-texts.js';
import { buildComparabilityBlocks, buildMethodologyBlocks, buildSourceBlocks } from './notes-section.js';
import type { Block } from './report-document.js';

const TABLES_SHOWN = [
  'MIG_STOCK_FB',
  'POP_CONTEXT',
  'MIG_INFLOW_PERM',
  'MIG_INFLOW_TEMP',
  'MIG_ASYLUM',
  'MIG_NATURALISATION',
  'MIG_STOCK_FN',
  'LAB_STATUS',
];
const FLAGS_SHOWN = ['B', 'D', 'E', 'F', 'I', 'L', 'M', 'O', 'P', 'Q', 'U'];

export function buildAnnex(lang: Lang, releases: readonly ReleaseInfo[]): Block[] {
  const statuses = getCodelist('CL_OBS_STATUS');
  return [
    { kind: 'heading', level: 1, text: label(UI.annex, lang), id: 'annex', newPage: true },
    { kind: 'heading', level: 2, text: label(UI.definitionsTables, lang), id: 'annex-tables' },
    {
      kind: 'list',
      small: true,
      items: TABLES_SHOWN.map((id) => {
        const table = getTable(id)!;
        return `${withColon(lang, `${label(table.names, lang)} (${id})`)} ${label(table.descriptions, lang)}`;
      }),
    },
    { kind: 'heading', level: 2, text: label(UI.definitionsIndicators, lang), id: 'annex-indicators' },
    ...buildMethodologyBlocks(lang),
    { kind: 'heading', level: 2, text: label(UI.definitionsFlags, lang), id: 'annex-flags' },
    {
      kind: 'list',
      small: true,
      items: FLAGS_SHOWN.map((flag) => {
        const code = statuses?.codes.find((c) => c.id === flag);
        return `${withColon(lang, flag.toLowerCase())} ${code ? label(code.labels, lang) : flag}`;
      }),
    },
    { kind: 'heading', level: 2, text: label(UI.sources, lang), id: 'annex-sources' },
    ...buildSourceBlocks(lang, releases),
    { kind: 'heading', level: 2, text: label(UI.comparability, lang), id: 'annex-comparability' },
    ...buildComparabilityBlocks(lang, releases),
  ];
}
