// The regional overview's sections on asylum, the labour-market comparison and the coverage
// of the network by phase (split from build-regional-overview.ts to keep files small).
import { findPhase } from '../../framework/index.js';
import { label } from '../../framework/labels.js';
import type { Labels, Lang } from '../../framework/types.js';
import { countryName } from '../text/country-grammar.js';
import { fillTemplate } from '../text/fill-template.js';
import { formatFigureCell } from '../text/format-figure.js';
import { formatCount, formatDate, formatPercent } from '../text/locale-format.js';
import { REGIONAL } from '../text/regional-templates.js';
import { UI } from '../text/ui-texts.js';
import type { OverviewInput } from './build-regional-overview.js';
import type { Block } from './report-document.js';

function say(lang: Lang, template: Labels, slots: Record<string, string>): string {
  return fillTemplate(label(template, lang), slots);
}

function heading(lang: Lang, text: Labels, id: string): Block {
  return { kind: 'heading', level: 2, text: label(text, lang), id };
}

export function asylumBlocks(input: OverviewInput): Block[] {
  const { lang, notes, data } = input;
  const blocks: Block[] = [heading(lang, UI.asylumSection, 'overview-asylum')];
  const counts = new Map<string, number>();
  for (const f of notes.values())
    if (f.asylum) counts.set(f.asylum.latest.year, (counts.get(f.asylum.latest.year) ?? 0) + 1);
  const year = [...counts].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]))[0]?.[0];
  if (!year) return [...blocks, { kind: 'paragraph', text: label(UI.noData, lang) }];
  const values = [...notes.keys()].flatMap((iso3) => {
    const cell = data.asylum.get({ REF_AREA: iso3, ASYLUM_STAGE: 'NEW_APP', TIME_PERIOD: year });
    return cell?.value != null ? [{ iso3, value: cell.value }] : [];
  });
  const sorted = values.sort((a, b) => b.value - a.value);
  const total = sorted.reduce((sum, v) => sum + v.value, 0);
  blocks.push({
    kind: 'paragraph',
    text: say(lang, REGIONAL.asylum, {
      year,
      count: formatCount(lang, total),
      n: String(sorted.length),
      list: sorted
        .slice(0, 3)
        .map((v) => `${countryName(v.iso3, lang)} (${formatCount(lang, v.value)})`)
        .join('; '),
    }),
  });
  blocks.push({
    kind: 'table',
    header: [label(UI.country, lang), `${label(UI.rowAsylum, lang)} ${year}`, label(UI.shareOfTotal, lang)],
    align: ['left', 'right', 'right'],
    widths: [0.44, 0.3, 0.26],
    rows: sorted.slice(0, 10).map((v) => ({
      cells: [
        countryName(v.iso3, lang),
        formatCount(lang, v.value),
        total > 0 ? formatPercent(lang, (v.value / total) * 100) : '..',
      ],
    })),
  });
  return blocks;
}

export function labourBlocks(input: OverviewInput): Block[] {
  const { lang, notes } = input;
  const blocks: Block[] = [heading(lang, UI.labourSection, 'overview-labour')];
  const rows = [...notes.values()].filter((f) => f.labour);
  if (rows.length === 0) return [...blocks, { kind: 'paragraph', text: say(lang, REGIONAL.labourNone, {}) }];
  blocks.push({
    kind: 'paragraph',
    text: say(lang, REGIONAL.labourSome, { list: rows.map((f) => countryName(f.iso3, lang)).join(', ') }),
  });
  const nb = label(UI.nativeBorn, lang);
  const fb = label(UI.foreignBorn, lang);
  blocks.push({
    kind: 'table',
    header: [
      label(UI.country, lang),
      label(UI.year, lang),
      `${label(UI.EMPLOYMENT_RATE, lang)} ${fb}`,
      `${label(UI.EMPLOYMENT_RATE, lang)} ${nb}`,
      `${label(UI.UNEMPLOYMENT_RATE, lang)} ${fb}`,
      `${label(UI.UNEMPLOYMENT_RATE, lang)} ${nb}`,
    ],
    align: ['left', 'right', 'right', 'right', 'right', 'right'],
    widths: [0.2, 0.08, 0.18, 0.18, 0.18, 0.18],
    rows: rows.map((f) => {
      const emp = f.labour!.rates.EMPLOYMENT_RATE._T;
      const une = f.labour!.rates.UNEMPLOYMENT_RATE._T;
      return {
        cells: [
          countryName(f.iso3, lang),
          f.labour!.year,
          formatFigureCell(lang, emp.foreignBorn, 'decimal'),
          formatFigureCell(lang, emp.nativeBorn, 'decimal'),
          formatFigureCell(lang, une.foreignBorn, 'decimal'),
          formatFigureCell(lang, une.nativeBorn, 'decimal'),
        ],
      };
    }),
  });
  return blocks;
}

export function coverageBlocks(input: OverviewInput): Block[] {
  const { lang, regional: r, data, date } = input;
  const phases = r.countries.map((iso3) => ({ iso3, phase: findPhase(iso3, date) ?? '–' }));
  const count = (p: string) => String(phases.filter((x) => x.phase === p).length);
  const tablesOf = (iso3: string) =>
    Object.values(data)
      .filter((index) => index.cells.some((c) => c.key.REF_AREA === iso3))
      .map((index) => index.table.id);
  const withData = r.countries.filter((iso3) => tablesOf(iso3).length > 0);
  const blocks: Block[] = [
    heading(lang, UI.coverageSection, 'overview-coverage'),
    {
      kind: 'paragraph',
      text: say(lang, REGIONAL.coverage, {
        date: formatDate(lang, date),
        n: String(r.countries.length),
        n1: count('I'),
        n2: count('II'),
        n3: count('III'),
        m: String(withData.length),
      }),
    },
  ];
  if (input.notCovered.length > 0) {
    blocks.push({
      kind: 'paragraph',
      text: say(lang, REGIONAL.notCovered, {
        list: input.notCovered.map((c) => countryName(c, lang)).join(', '),
      }),
    });
  }
  const order = { I: 1, II: 2, III: 3 } as Record<string, number>;
  blocks.push({
    kind: 'table',
    header: [label(UI.phase, lang), label(UI.country, lang), label(UI.tablesPublished, lang)],
    align: ['left', 'left', 'left'],
    widths: [0.1, 0.3, 0.6],
    rows: [...phases]
      .sort(
        (a, b) =>
          (order[a.phase] ?? 9) - (order[b.phase] ?? 9) ||
          countryName(a.iso3, lang).localeCompare(countryName(b.iso3, lang), lang),
      )
      .map((p) => ({ cells: [p.phase, countryName(p.iso3, lang), tablesOf(p.iso3).join(', ') || '..'] })),
  });
  return blocks;
}
