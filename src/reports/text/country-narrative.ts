// The short narrative of a country note: every number and comparison in it comes from the
// figures, and the sentence around it from the language's template (increase or decrease,
// singular or plural, the country with its article). Figures that are missing or suppressed
// produce no sentence rather than a sentence with a gap. A change is told with a direction
// word only when the change rule allows it (no flagged input); see changeSentence.
import { codeName } from '../../dissemination/code-labels.js';
import { getTable } from '../../framework/index.js';
import { label } from '../../framework/labels.js';
import type { Labels, Lang } from '../../framework/types.js';
import type { CountryFigures } from '../figures/country-figures.js';
import { type Figure, hasValue } from '../figures/figure.js';
import type { LABOUR_RATES } from '../figures/labour-figures.js';
import type { PartShare, Trend } from '../figures/series-helpers.js';
import { describeAbsentChange } from './change-texts.js';
import { countryForms } from './country-grammar.js';
import { fillTemplate } from './fill-template.js';
import {
  formatCount,
  formatDecimal,
  formatPercent,
  formatSignedPercent,
  selectPlural,
} from './locale-format.js';
import { NARRATIVE } from './narrative-templates.js';
import { UI } from './ui-texts.js';

/** A change smaller than this (percent) reads as stable. */
const STABLE_CHANGE = 0.5;

function say(template: Labels, lang: Lang, slots: Record<string, string>): string {
  return fillTemplate(label(template, lang), slots);
}

/**
 * The sentence about a change (FRAMEWORK §7, §9): with a direction word only when no input is
 * flagged E, P, U or D; flagged and undirected otherwise; and when the change is absent (across
 * a source, an edition or a break), a sentence saying why instead of a number.
 */
function changeSentence(lang: Lang, trend: Trend, kind: 'stock' | 'flow') {
  const { change, previous, changeAbsent } = trend;
  if (changeAbsent) return describeAbsentChange(lang, trend.latest, changeAbsent);
  if (!hasValue(change) || !previous) return undefined;
  if (change.directional === false) {
    return say(NARRATIVE.changeFlagged, lang, {
      previous: previous.year,
      change: formatSignedPercent(lang, change.value, 1),
    });
  }
  const pct = formatPercent(lang, Math.abs(change.value));
  const slots = { pct, previous: previous.year };
  if (Math.abs(change.value) < STABLE_CHANGE) {
    return say(kind === 'stock' ? NARRATIVE.stockStable : NARRATIVE.flowStable, lang, slots);
  }
  const up = change.value > 0;
  if (kind === 'stock') return say(up ? NARRATIVE.stockUp : NARRATIVE.stockDown, lang, slots);
  return say(up ? NARRATIVE.flowUp : NARRATIVE.flowDown, lang, slots);
}

function countSentence(
  lang: Lang,
  figure: Figure,
  one: Labels,
  other: Labels,
  slots: Record<string, string>,
) {
  if (!hasValue(figure)) return undefined;
  const template = selectPlural(lang, figure.value) === 'one' ? one : other;
  return say(template, lang, { ...slots, year: figure.year, count: formatCount(lang, figure.value) });
}

function originList(lang: Lang, tableId: string, dimensionId: string, items: readonly PartShare[]): string {
  const dimension = getTable(tableId)!.dimensions.find((d) => d.id === dimensionId)!;
  return items
    .slice(0, 3)
    .map((item) => {
      const share = hasValue(item.share)
        ? formatPercent(lang, item.share.value)
        : formatCount(lang, item.figure.value ?? 0);
      return `${codeName(dimension, item.code, lang)} (${share})`;
    })
    .join('; ');
}

export function writeCountryNarrative(lang: Lang, figures: CountryFigures): string[] {
  const forms = countryForms(figures.iso3, lang);
  const paragraphs: (string | undefined)[][] = [];
  const { stock, permanent, temporary, asylum, naturalisation, labour } = figures;
  if (stock && hasValue(stock.latest)) {
    const slots = {
      year: stock.latest.year,
      count: formatCount(lang, stock.latest.value),
      in_country: forms.in,
    };
    paragraphs.push([
      hasValue(stock.latestShare)
        ? say(NARRATIVE.stockWithShare, lang, {
            ...slots,
            share: formatPercent(lang, stock.latestShare.value),
          })
        : say(NARRATIVE.stockWithoutShare, lang, slots),
      changeSentence(lang, stock, 'stock'),
      hasValue(stock.womenShare)
        ? say(NARRATIVE.womenShare, lang, { share: formatPercent(lang, stock.womenShare.value) })
        : undefined,
      stock.origins && stock.origins.items.length > 0
        ? say(NARRATIVE.origins, lang, {
            year: stock.origins.year,
            list: originList(lang, 'MIG_STOCK_FB', 'COUNTRY_OF_BIRTH', stock.origins.items),
          })
        : undefined,
    ]);
  }
  const flows: (string | undefined)[] = [];
  if (permanent) {
    flows.push(
      countSentence(lang, permanent.latest, NARRATIVE.permanentOne, NARRATIVE.permanentOther, {
        in_country: forms.in,
      }),
    );
    if (hasValue(permanent.latest)) flows.push(changeSentence(lang, permanent, 'flow'));
    if (hasValue(permanent.rate)) {
      flows.push(
        say(NARRATIVE.inflowRate, lang, {
          year: permanent.rate.year,
          rate: formatDecimal(lang, permanent.rate.value, 1),
        }),
      );
    }
    if (permanent.topCategory && hasValue(permanent.topCategory.share)) {
      const dimension = getTable('MIG_INFLOW_PERM')!.dimensions.find((d) => d.id === 'MIG_CATEGORY')!;
      flows.push(
        say(NARRATIVE.topCategory, lang, {
          category: codeName(dimension, permanent.topCategory.code, lang),
          share: formatPercent(lang, permanent.topCategory.share.value),
        }),
      );
    }
  }
  if (temporary) {
    flows.push(
      countSentence(lang, temporary.latest, NARRATIVE.temporaryOne, NARRATIVE.temporaryOther, {
        in_country: forms.in,
      }),
    );
  }
  paragraphs.push(flows);
  if (asylum) {
    const top = asylum.origins?.items[0];
    paragraphs.push([
      countSentence(lang, asylum.latest, NARRATIVE.asylumOne, NARRATIVE.asylumOther, {
        in_country: forms.in,
      }),
      hasValue(asylum.latest) ? changeSentence(lang, asylum, 'flow') : undefined,
      top && hasValue(top.share) && asylum.origins?.year === asylum.latest.year
        ? say(NARRATIVE.asylumOrigin, lang, {
            country: originList(lang, 'MIG_ASYLUM', 'CITIZENSHIP', [top]).replace(/ \(.*\)$/, ''),
            share: formatPercent(lang, top.share.value),
          })
        : undefined,
    ]);
  }
  if (naturalisation) {
    paragraphs.push([
      countSentence(lang, naturalisation.latest, NARRATIVE.naturalisationOne, NARRATIVE.naturalisationOther, {
        of_country: forms.of,
      }),
    ]);
  }
  if (labour) {
    paragraphs.push(
      (['EMPLOYMENT_RATE', 'UNEMPLOYMENT_RATE'] as const).map((rate) =>
        writeLabourSentence(lang, labour.year, rate, labour.rates[rate]._T),
      ),
    );
  }
  const missing = listMissingTopics(lang, figures);
  if (missing.length > 0) paragraphs.push([say(NARRATIVE.notReported, lang, { list: missing.join('; ') })]);
  return paragraphs
    .map((p) => p.filter((s): s is string => Boolean(s)).join(' '))
    .filter((p) => p.length > 0);
}

function writeLabourSentence(
  lang: Lang,
  year: string,
  rate: (typeof LABOUR_RATES)[number],
  comparison: { foreignBorn?: Figure; nativeBorn?: Figure; gap?: Figure },
): string | undefined {
  const { foreignBorn, nativeBorn, gap } = comparison;
  if (!hasValue(foreignBorn) || !hasValue(nativeBorn) || !hasValue(gap)) return undefined;
  const rounded = Math.round(Math.abs(gap.value) * 10) / 10;
  const slots = {
    year,
    rate: label(NARRATIVE[`rate${rate}`], lang),
    fb: formatPercent(lang, foreignBorn.value),
    nb: formatPercent(lang, nativeBorn.value),
    gap: formatDecimal(lang, rounded, 1),
    points: label(
      selectPlural(lang, rounded, 1) === 'one' ? NARRATIVE.pointsOne : NARRATIVE.pointsOther,
      lang,
    ),
  };
  if (rounded === 0) return say(NARRATIVE.labourEqual, lang, slots);
  return say(gap.value > 0 ? NARRATIVE.labourAbove : NARRATIVE.labourBelow, lang, slots);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase() + text.slice(1);
}

function listMissingTopics(lang: Lang, figures: CountryFigures): string[] {
  const topics: [unknown, Labels][] = [
    [figures.stock, UI.rowStock],
    [figures.permanent, UI.rowPermanent],
    [figures.temporary, UI.rowTemporary],
    [figures.asylum, UI.rowAsylum],
    [figures.naturalisation, UI.rowNaturalisation],
    [figures.labour, UI.labourSection],
  ];
  return topics.filter(([present]) => !present).map(([, text]) => lowerFirst(label(text, lang)));
}
