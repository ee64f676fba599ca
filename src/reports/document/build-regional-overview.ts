// The regional overview: coverage of the network, the foreign-born population across the
// member states (by country and by grouping), the main corridors, inflows, asylum and the
// labour-market comparison. Every sentence's figures come from the regional figures.
import { GROUPINGS } from '../../framework/index.js';
import { label } from '../../framework/labels.js';
import type { Labels, Lang } from '../../framework/types.js';
import { renderTopPartsChart } from '../charts/country-charts.js';
import { renderShareByCountryChart, renderTrendChart } from '../charts/regional-charts.js';
import type { ReportData } from '../data/load-report-data.js';
import type { CountryFigures } from '../figures/country-figures.js';
import { hasValue } from '../figures/figure.js';
import type { RegionalFigures } from '../figures/regional-figures.js';
import { countryName } from '../text/country-grammar.js';
import { fillTemplate } from '../text/fill-template.js';
import { type FootnoteRegister, formatFigureCell } from '../text/format-figure.js';
import { formatCount, formatPercent, formatSignedPercent, selectPlural } from '../text/locale-format.js';
import { REGIONAL } from '../text/regional-templates.js';
import { UI } from '../text/ui-texts.js';
import { buildFootnoteBlocks } from './notes-section.js';
import { asylumBlocks, coverageBlocks, labourBlocks } from './regional-sections.js';
import type { Block } from './report-document.js';

export interface OverviewInput {
  lang: Lang;
  date: string;
  regional: RegionalFigures;
  notes: ReadonlyMap<string, CountryFigures>;
  data: ReportData;
  notCovered: readonly string[];
  footnotes: FootnoteRegister;
}

function say(lang: Lang, template: Labels, slots: Record<string, string>): string {
  return fillTemplate(label(template, lang), slots);
}

function heading(lang: Lang, text: Labels, id: string): Block {
  return { kind: 'heading', level: 2, text: label(text, lang), id };
}

/** ", 1 d": how many covered members carry each of D, U, E, in the legend's lower-case letters. */
function describeFlagged(flagged: Readonly<Record<string, number>>): string {
  const parts = Object.entries(flagged)
    .filter(([, n]) => n > 0)
    .map(([flag, n]) => `${n} ${flag.toLowerCase()}`);
  return parts.length > 0 ? `, ${parts.join(', ')}` : '';
}

function stockBlocks(input: OverviewInput): Block[] {
  const { lang, regional: r, footnotes } = input;
  const blocks: Block[] = [heading(lang, UI.stocksSection, 'overview-stocks')];
  if (!r.year) return [...blocks, { kind: 'paragraph', text: label(UI.noData, lang) }];
  const sentences: string[] = [];
  if (hasValue(r.total.stock) && hasValue(r.total.share)) {
    sentences.push(
      say(lang, REGIONAL.stock, {
        year: r.year,
        n: String(r.total.covered),
        count: formatCount(lang, r.total.stock.value),
        share: formatPercent(lang, r.total.share.value),
      }),
    );
  }
  if (r.change && hasValue(r.change.value) && r.earlierYear && r.change.value.directional === false) {
    sentences.push(
      say(lang, REGIONAL.stockChangeFlagged, {
        n: String(r.change.covered),
        change: formatSignedPercent(lang, r.change.value.value, 1),
        previous: r.earlierYear,
        year: r.year,
      }),
    );
  } else if (r.change && hasValue(r.change.value) && r.earlierYear) {
    sentences.push(
      say(lang, r.change.value.value >= 0 ? REGIONAL.stockUp : REGIONAL.stockDown, {
        n: String(r.change.covered),
        pct: formatPercent(lang, Math.abs(r.change.value.value)),
        previous: r.earlierYear,
        year: r.year,
      }),
    );
  }
  const ranked = r.stocks.filter((s) => hasValue(s.stock));
  const top = (key: 'stock' | 'share', format: (v: number) => string) =>
    [...ranked]
      .filter((s) => hasValue(s[key]))
      .sort((a, b) => (b[key]?.value ?? 0) - (a[key]?.value ?? 0))
      .slice(0, 3)
      .map((s) => `${countryName(s.iso3, lang)} (${format(s[key]?.value ?? 0)})`)
      .join('; ');
  sentences.push(say(lang, REGIONAL.largest, { list: top('stock', (v) => formatCount(lang, v)) }));
  sentences.push(say(lang, REGIONAL.highestShares, { list: top('share', (v) => formatPercent(lang, v)) }));
  blocks.push({ kind: 'paragraph', text: sentences.join(' ') });
  const earlier = r.earlierYear ?? '';
  blocks.push({
    kind: 'table',
    header: [
      label(UI.country, lang),
      `${label(UI.rowStock, lang)} ${earlier}`.trim(),
      `${label(UI.rowStock, lang)} ${r.year}`,
      `${label(UI.share, lang)} ${r.year}`,
      `${label(UI.changeSince, lang)} ${earlier}`.trim(),
    ],
    align: ['left', 'right', 'right', 'right', 'right'],
    widths: [0.3, 0.19, 0.19, 0.16, 0.16],
    rows: [
      ...r.stocks.map((s) => ({
        cells: [
          countryName(s.iso3, lang),
          formatFigureCell(lang, s.earlier, 'count', footnotes),
          formatFigureCell(lang, s.stock, 'count', footnotes),
          formatFigureCell(lang, s.share, 'decimal'),
          formatFigureCell(lang, s.change ? { ...s.change, notes: [] } : undefined, 'change'),
        ],
      })),
      {
        emphasis: true,
        cells: [
          `${label(UI.regionTotal, lang)} (${r.total.covered}/${r.total.of}${describeFlagged(r.total.flagged)})`,
          '',
          formatFigureCell(lang, r.total.stock ? { ...r.total.stock, notes: [] } : undefined, 'count'),
          formatFigureCell(lang, r.total.share ? { ...r.total.share, notes: [] } : undefined, 'decimal'),
          r.change ? formatFigureCell(lang, { ...r.change.value, notes: [] }, 'change') : '',
        ],
      },
    ],
  });
  const shares = r.stocks.flatMap((s) =>
    hasValue(s.share) ? [{ name: countryName(s.iso3, lang), value: s.share.value }] : [],
  );
  if (shares.length > 0) {
    blocks.push({
      kind: 'chart',
      title: fillTemplate(label(UI.chartRegionShare, lang), { year: r.year }),
      ...renderShareByCountryChart(lang, shares),
    });
  }
  if (r.trend.length > 1) {
    blocks.push({
      kind: 'chart',
      title: `${label(UI.chartRegionTrend, lang)} (${r.trendCovered}/${r.countries.length})`,
      ...renderTrendChart(lang, r.trend),
    });
  }
  return blocks;
}

function groupingBlocks(input: OverviewInput): Block[] {
  const { lang, regional: r } = input;
  return [
    heading(lang, UI.groupingsSection, 'overview-groupings'),
    {
      kind: 'table',
      header: [
        label(UI.grouping, lang),
        label(UI.countriesCovered, lang),
        `${label(UI.rowStock, lang)} ${r.year ?? ''}`.trim(),
        label(UI.share, lang),
      ],
      align: ['left', 'right', 'right', 'right'],
      widths: [0.46, 0.16, 0.2, 0.18],
      rows: r.groupings.map((g) => ({
        cells: [
          label(GROUPINGS.find((x) => x.id === g.id)!.names, lang),
          `${g.covered}/${g.of}${describeFlagged(g.flagged)}`,
          formatFigureCell(lang, g.stock ? { ...g.stock, notes: [] } : undefined, 'count'),
          formatFigureCell(lang, g.share ? { ...g.share, notes: [] } : undefined, 'decimal'),
        ],
      })),
    },
  ];
}

function corridorBlocks(input: OverviewInput): Block[] {
  const { lang, regional: r } = input;
  const blocks: Block[] = [heading(lang, UI.corridorsSection, 'overview-corridors')];
  if (!r.corridorYear || r.corridors.length === 0)
    return [...blocks, { kind: 'paragraph', text: label(UI.noData, lang) }];
  const names = r.corridors.map((c) => ({
    name: `${countryName(c.origin, lang)} → ${countryName(c.destination, lang)}`,
    value: c.value,
  }));
  blocks.push({
    kind: 'paragraph',
    text: say(lang, REGIONAL.corridors, {
      year: r.corridorYear,
      list: names
        .slice(0, 3)
        .map((n) => `${n.name} (${formatCount(lang, n.value)})`)
        .join('; '),
    }),
  });
  blocks.push({
    kind: 'chart',
    title: fillTemplate(label(UI.chartCorridors, lang), { year: r.corridorYear }),
    ...renderTopPartsChart(lang, names),
  });
  return blocks;
}

function inflowBlocks(input: OverviewInput): Block[] {
  const { lang, notes, footnotes } = input;
  const blocks: Block[] = [heading(lang, UI.inflowsSection, 'overview-inflows')];
  const rows = [...notes.values()].filter((f) => f.permanent);
  if (rows.length === 0) return [...blocks, { kind: 'paragraph', text: label(UI.noData, lang) }];
  const template = selectPlural(lang, rows.length) === 'one' ? REGIONAL.inflowsOne : REGIONAL.inflowsOther;
  blocks.push({
    kind: 'paragraph',
    text: say(lang, template, {
      n: String(rows.length),
      list: rows.map((f) => countryName(f.iso3, lang)).join(', '),
    }),
  });
  blocks.push({
    kind: 'table',
    header: [
      label(UI.country, lang),
      label(UI.year, lang),
      label(UI.rowPermanent, lang),
      label(UI.changeSince, lang),
      label(UI.rowInflowRate, lang),
    ],
    align: ['left', 'right', 'right', 'right', 'right'],
    widths: [0.28, 0.1, 0.2, 0.2, 0.22],
    rows: rows.map((f) => {
      const p = f.permanent!;
      return {
        cells: [
          countryName(f.iso3, lang),
          p.latest.year,
          formatFigureCell(lang, p.latest, 'count', footnotes),
          p.change && p.previous
            ? `${formatFigureCell(lang, { ...p.change, notes: [] }, 'change')} (${p.previous.year})`
            : '',
          p.rate ? `${formatFigureCell(lang, { ...p.rate, notes: [] }, 'decimal')} (${p.rate.year})` : '..',
        ],
      };
    }),
  });
  return blocks;
}

export function buildRegionalOverview(input: OverviewInput): Block[] {
  return [
    { kind: 'heading', level: 1, text: label(UI.overview, input.lang), id: 'overview', newPage: true },
    ...coverageBlocks(input),
    ...stockBlocks(input),
    ...groupingBlocks(input),
    ...corridorBlocks(input),
    ...inflowBlocks(input),
    ...asylumBlocks(input),
    ...labourBlocks(input),
    // Last, so the register holds every note the tables above marked.
    ...buildFootnoteBlocks(input.lang, input.footnotes),
  ];
}
