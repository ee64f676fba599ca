// The key-figures table of a country note: one row per indicator, the year it refers to, the
// total, women and men, and the change since the previous period. ".." marks what is not
// published, so the table has the same rows for every country and gaps are visible.
import { label } from '../../framework/labels.js';
import type { Labels, Lang } from '../../framework/types.js';
import type { CountryFigures } from '../figures/country-figures.js';
import type { AbsentChange, Figure } from '../figures/figure.js';
import { LABOUR_RATES, LABOUR_SEXES } from '../figures/labour-figures.js';
import { describeAbsentChange } from '../text/change-texts.js';
import {
  type FigureKind,
  type FootnoteRegister,
  formatFigureCell,
  NOT_AVAILABLE,
} from '../text/format-figure.js';
import { UI } from '../text/ui-texts.js';
import type { TableBlock } from './report-document.js';

interface Row {
  name: Labels;
  kind: FigureKind;
  total?: Figure;
  women?: Figure;
  men?: Figure;
  change?: Figure;
  previous?: Figure;
  changeAbsent?: AbsentChange;
}

function rowsOf(f: CountryFigures): Row[] {
  return [
    { name: UI.rowStock, kind: 'count', ...trendRow(f.stock) },
    { name: UI.rowShare, kind: 'decimal', ...(f.stock?.latestShare ? { total: f.stock.latestShare } : {}) },
    { name: UI.rowPermanent, kind: 'count', ...trendRow(f.permanent) },
    { name: UI.rowInflowRate, kind: 'decimal', ...(f.permanent?.rate ? { total: f.permanent.rate } : {}) },
    { name: UI.rowTemporary, kind: 'count', ...trendRow(f.temporary) },
    { name: UI.rowAsylum, kind: 'count', ...trendRow(f.asylum) },
    {
      name: UI.rowRecognition,
      kind: 'decimal',
      ...(f.asylum?.recognitionRate ? { total: f.asylum.recognitionRate } : {}),
    },
    { name: UI.rowNaturalisation, kind: 'count', ...trendRow(f.naturalisation) },
    {
      name: UI.rowNaturalisationRate,
      kind: 'decimal',
      ...(f.naturalisation?.rate ? { total: f.naturalisation.rate } : {}),
    },
  ];
}

function trendRow(
  trend:
    | {
        latest: Figure;
        previous?: Figure;
        change?: Figure;
        changeAbsent?: AbsentChange;
        women?: Figure;
        men?: Figure;
      }
    | undefined,
): Partial<Row> {
  if (!trend) return {};
  return {
    total: trend.latest,
    ...(trend.women ? { women: trend.women } : {}),
    ...(trend.men ? { men: trend.men } : {}),
    ...(trend.change ? { change: trend.change } : {}),
    ...(trend.previous ? { previous: trend.previous } : {}),
    ...(trend.changeAbsent ? { changeAbsent: trend.changeAbsent } : {}),
  };
}

/** The change cell: the change with its flags, or ".." with a footnote saying why there is none. */
function formatChangeCell(lang: Lang, row: Row, notes: FootnoteRegister): string {
  if (row.change && row.previous) {
    return `${formatFigureCell(lang, { ...row.change, notes: [] }, 'change')} (${row.previous.year})`;
  }
  if (row.changeAbsent && row.total) {
    const why = describeAbsentChange(lang, row.total, row.changeAbsent);
    if (!why) return '';
    const absent = { ...row.changeAbsent.previous, value: null, suppressed: false, flags: [], notes: [why] };
    return `${formatFigureCell(lang, absent, 'change', notes)} (${row.changeAbsent.previous.year})`;
  }
  return '';
}

export function buildKeyFiguresTable(
  lang: Lang,
  figures: CountryFigures,
  notes: FootnoteRegister,
): TableBlock {
  const rows = rowsOf(figures).map((row) => ({
    cells: [
      label(row.name, lang),
      row.total?.year ?? NOT_AVAILABLE,
      formatFigureCell(lang, row.total, row.kind, notes),
      row.women || row.total ? formatFigureCell(lang, row.women, row.kind, notes) : NOT_AVAILABLE,
      row.men || row.total ? formatFigureCell(lang, row.men, row.kind, notes) : NOT_AVAILABLE,
      formatChangeCell(lang, row, notes),
    ],
  }));
  return {
    kind: 'table',
    header: [
      label(UI.indicator, lang),
      label(UI.year, lang),
      label(UI.total, lang),
      label(UI.women, lang),
      label(UI.men, lang),
      label(UI.changeSince, lang),
    ],
    rows,
    align: ['left', 'right', 'right', 'right', 'right', 'right'],
    widths: [0.34, 0.08, 0.15, 0.13, 0.13, 0.17],
  };
}

const SEX_NAMES: Record<(typeof LABOUR_SEXES)[number], Labels> = { _T: UI.total, F: UI.women, M: UI.men };

export function buildLabourTable(
  lang: Lang,
  figures: CountryFigures,
  notes: FootnoteRegister,
): TableBlock | undefined {
  const labour = figures.labour;
  if (!labour) return undefined;
  const rows = LABOUR_RATES.flatMap((rate) =>
    LABOUR_SEXES.map((sex) => {
      const c = labour.rates[rate][sex];
      return {
        cells: [
          sex === '_T' ? label(UI[rate], lang) : '',
          label(SEX_NAMES[sex], lang),
          formatFigureCell(lang, c.foreignBorn, 'decimal', notes),
          formatFigureCell(lang, c.nativeBorn, 'decimal', notes),
          formatFigureCell(lang, c.gap ? { ...c.gap, notes: [] } : undefined, 'pp'),
        ],
        ...(sex === '_T' ? { emphasis: true } : {}),
      };
    }),
  );
  return {
    kind: 'table',
    caption: `${label(UI.year, lang)}: ${labour.year}`,
    header: [
      label(UI.indicator, lang),
      label(UI.sex, lang),
      label(UI.foreignBorn, lang),
      label(UI.nativeBorn, lang),
      label(UI.gapPp, lang),
    ],
    rows,
    align: ['left', 'left', 'right', 'right', 'right'],
    widths: [0.3, 0.14, 0.2, 0.18, 0.18],
  };
}

/** The foreign-born population at every published date, with women, men and the share. */
export function buildStockTrendTable(
  lang: Lang,
  figures: CountryFigures,
  notes: FootnoteRegister,
): TableBlock | undefined {
  const stock = figures.stock;
  if (!stock) return undefined;
  const shares = new Map(stock.shares.map((f) => [f.year, f]));
  return {
    kind: 'table',
    caption: label(UI.rowStock, lang),
    header: [
      label(UI.year, lang),
      label(UI.total, lang),
      label(UI.women, lang),
      label(UI.men, lang),
      label(UI.share, lang),
    ],
    align: ['left', 'right', 'right', 'right', 'right'],
    widths: [0.14, 0.22, 0.2, 0.2, 0.24],
    rows: stock.bySex.map((point) => ({
      cells: [
        point.year,
        formatFigureCell(lang, point.total, 'count', notes),
        formatFigureCell(lang, point.women, 'count', notes),
        formatFigureCell(lang, point.men, 'count', notes),
        formatFigureCell(lang, shares.get(point.year), 'decimal'),
      ],
    })),
  };
}
