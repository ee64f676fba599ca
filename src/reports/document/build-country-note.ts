// A country note as document blocks: narrative, key figures, labour-market table, charts,
// then flags, footnotes, sources, comparability and (standalone) methodology. In the regional
// report the same note sits one heading level lower and shares the annex's methodology.

import type { PublicPolicyEvent } from '../../dissemination/read-policy-events.js';
import { label } from '../../framework/labels.js';
import type { Lang } from '../../framework/types.js';
import type { ReleaseInfo } from '../../store/repositories/release-queries.js';
import { type ChartAnnotation, listChartAnnotations } from '../charts/chart-annotations.js';
import {
  namePartsOf,
  renderInflowsChart,
  renderLabourChart,
  renderStockChart,
  renderTopPartsChart,
} from '../charts/country-charts.js';
import type { RenderedChart } from '../charts/render-chart.js';
import type { CountryFigures } from '../figures/country-figures.js';
import { countryName } from '../text/country-grammar.js';
import { writeCountryNarrative } from '../text/country-narrative.js';
import { fillTemplate, withColon } from '../text/fill-template.js';
import { FootnoteRegister } from '../text/format-figure.js';
import { UI } from '../text/ui-texts.js';
import { buildKeyFiguresTable, buildLabourTable, buildStockTrendTable } from './key-figures-table.js';
import {
  buildComparabilityBlocks,
  buildFootnoteBlocks,
  buildMethodologyBlocks,
  buildSourceBlocks,
} from './notes-section.js';
import { buildChartMarkersNote, buildPolicySection } from './policy-section.js';
import type { Block } from './report-document.js';

export interface CountryNoteOptions {
  lang: Lang;
  figures: CountryFigures;
  /** The releases whose cells of this country the note shows. */
  releases: readonly ReleaseInfo[];
  /** 1 for a standalone note, 2 inside the regional report. */
  level: 1 | 2;
  standalone: boolean;
  /** Published policy events of the country in the report's period (issue 21). */
  policyEvents?: readonly PublicPolicyEvent[];
}

function chart(title: string, rendered: RenderedChart): Block {
  return { kind: 'chart', title, ...rendered };
}

function buildCharts(lang: Lang, f: CountryFigures, events: readonly PublicPolicyEvent[]): Block[] {
  const blocks: Block[] = [];
  const marked = (tables: string[]): ChartAnnotation[] => listChartAnnotations(events, tables);
  if (f.stock) {
    const markers = marked(['MIG_STOCK_FB']);
    blocks.push(
      chart(label(UI.chartStock, lang), renderStockChart(lang, f.stock, markers)),
      ...buildChartMarkersNote(lang, markers),
    );
  }
  if (f.permanent || f.temporary) {
    const markers = marked(['MIG_INFLOW_PERM', 'MIG_INFLOW_TEMP']);
    blocks.push(
      chart(label(UI.chartInflows, lang), renderInflowsChart(lang, f.permanent, f.temporary, markers)),
      ...buildChartMarkersNote(lang, markers),
    );
  }
  const origins = f.stock?.origins;
  if (origins && origins.items.length > 0) {
    blocks.push(
      chart(
        fillTemplate(label(UI.chartOrigins, lang), { year: origins.year }),
        renderTopPartsChart(lang, namePartsOf(lang, 'MIG_STOCK_FB', 'COUNTRY_OF_BIRTH', origins.items)),
      ),
    );
  }
  const citizenships = f.permanent?.origins;
  if (citizenships && citizenships.items.length > 0) {
    blocks.push(
      chart(
        fillTemplate(label(UI.chartCitizenships, lang), { year: citizenships.year }),
        renderTopPartsChart(lang, namePartsOf(lang, 'MIG_INFLOW_PERM', 'CITIZENSHIP', citizenships.items)),
      ),
    );
  }
  if (f.labour) {
    blocks.push(
      chart(
        fillTemplate(label(UI.chartLabour, lang), { year: f.labour.year }),
        renderLabourChart(lang, f.labour),
      ),
    );
  }
  return blocks;
}

export function buildCountryNote(options: CountryNoteOptions): Block[] {
  const { lang, figures, level } = options;
  const sub = (level + 1) as 2 | 3;
  const notes = new FootnoteRegister();
  const keyFigures = buildKeyFiguresTable(lang, figures, notes);
  const labourTable = buildLabourTable(lang, figures, notes);
  const trendTable = buildStockTrendTable(lang, figures, notes);
  const blocks: Block[] = [
    {
      kind: 'heading',
      level,
      text: countryName(figures.iso3, lang),
      id: `country-${figures.iso3}`,
      newPage: !options.standalone,
    },
    ...writeCountryNarrative(lang, figures).map((text): Block => ({ kind: 'paragraph', text })),
    { kind: 'heading', level: sub, text: label(UI.keyFigures, lang) },
    keyFigures,
    ...(trendTable ? [trendTable] : []),
    { kind: 'heading', level: sub, text: label(UI.labourMarket, lang) },
    labourTable ?? { kind: 'paragraph', text: label(UI.noData, lang), small: true },
  ];
  const events = options.policyEvents ?? [];
  const charts = buildCharts(lang, figures, events);
  if (charts.length > 0)
    blocks.push({ kind: 'heading', level: sub, text: label(UI.charts, lang) }, ...charts);
  blocks.push(...buildPolicySection(lang, events, sub, { withCountry: false }));
  blocks.push(
    { kind: 'heading', level: sub, text: label(UI.notesAndSources, lang) },
    ...buildFootnoteBlocks(lang, notes),
    { kind: 'paragraph', text: withColon(lang, label(UI.sources, lang)), small: true },
    ...buildSourceBlocks(lang, options.releases),
    { kind: 'paragraph', text: withColon(lang, label(UI.comparability, lang)), small: true },
    // The regional report gathers the providers' own notes once, in its annex.
    ...buildComparabilityBlocks(lang, options.releases, options.standalone),
  );
  if (options.standalone) {
    blocks.push(
      { kind: 'paragraph', text: withColon(lang, label(UI.methodology, lang)), small: true },
      ...buildMethodologyBlocks(lang),
    );
  }
  return blocks;
}
