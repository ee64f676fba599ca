// An issue's message is its rule's template in the reader's language with the {slots} filled
// from the issue: its params, then its row, column and value. Numbers are written the way the
// language writes them (1,234.5 in English, 1.234,5 in Spanish); suggested codes are given
// with their label in that language ("VEN (Venezuela)"); series and dimensions are named in
// words ("born in Canada (CAN), both sexes"), countries by their name.

import { DIMENSIONS } from '../../framework/dimensions.js';
import { getCodelist } from '../../framework/index.js';
import { label } from '../../framework/labels.js';
import { getRule } from '../../framework/rules.js';
import type { Lang } from '../../framework/types.js';
import { describeCountry, describeDimension, describeKeyText } from './describe-key.js';
import type { Issue } from './issue.js';

const LOCALES: Record<Lang, string> = { en: 'en-US', es: 'es-ES', fr: 'fr-FR', pt: 'pt-BR' };
const NONE: Record<Lang, string> = { en: 'none', es: 'ninguna', fr: 'aucune', pt: 'nenhuma' };
const FORMATS = new Map<Lang, Intl.NumberFormat>();

export function formatNumber(value: number, lang: Lang): string {
  let format = FORMATS.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 3 });
    FORMATS.set(lang, format);
  }
  return format.format(value);
}

function formatSuggestions(codes: string, dimension: string | undefined, lang: Lang): string {
  const ids = codes
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  if (ids.length === 0) return NONE[lang];
  const def = dimension ? DIMENSIONS[dimension as keyof typeof DIMENSIONS] : undefined;
  const codelist = def ? getCodelist(def.codelist) : undefined;
  return ids
    .map((id) => {
      const code = codelist?.codes.find((c) => c.id === id);
      return code ? `${id} (${label(code.labels, lang)})` : id;
    })
    .join(', ');
}

export function renderIssueMessage(issue: Issue, lang: Lang): string {
  const rule = getRule(issue.code);
  const variant =
    typeof issue.params.variant === 'string' ? rule?.variants?.[issue.params.variant] : undefined;
  const template = (variant ?? rule?.messages)?.[lang] ?? issue.code;
  const slots: Record<string, string | number | undefined> = {
    row: issue.row,
    column: issue.column,
    value: issue.value,
    ...issue.params,
  };
  return fillTemplate(
    template,
    slots,
    lang,
    String(issue.params.dimension ?? ''),
    VALUE_IS_FIGURE.has(issue.code),
  );
}

/** Rules whose {value} is a figure of the file (elsewhere it is text read, e.g. a bad period). */
const VALUE_IS_FIGURE = new Set(['OUTLIER', 'CROSS_TABLE', 'MIRROR']);

/** Slots whose text names codes, written in words. */
const KEY_SLOTS = new Set(['series', 'cells', 'origin']);
const DIMENSION_SLOTS = new Set(['dimension', 'otherDimension']);
const COUNTRY_SLOTS = new Set(['country', 'counterpart']);

export function fillTemplate(
  template: string,
  slots: Record<string, string | number | undefined>,
  lang: Lang,
  dimension = '',
  valueIsFigure = false,
): string {
  const text = template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const slot = slots[name];
    if (slot === undefined) return whole;
    if (name === 'suggestions') return formatSuggestions(String(slot), dimension, lang);
    if (typeof slot === 'string' && KEY_SLOTS.has(name)) return describeKeyText(slot, lang);
    if (typeof slot === 'string' && DIMENSION_SLOTS.has(name)) return describeDimension(slot, lang);
    if (typeof slot === 'string' && COUNTRY_SLOTS.has(name) && /^[A-Z]{3}$/.test(slot))
      return describeCountry(slot, lang);
    // Row numbers are positions, not quantities: never "1,234" for a row.
    if (typeof slot === 'number' && name !== 'row' && !name.endsWith('Row')) return formatNumber(slot, lang);
    // A value read from the file is a number written the way the reader writes numbers.
    if (name === 'value' && valueIsFigure && typeof slot === 'string' && /^-?\d+(\.\d+)?$/.test(slot))
      return formatNumber(Number(slot), lang);
    return String(slot);
  });
  // A message opening with a series in words ("born in Canada …") starts a sentence.
  return template.startsWith('{') ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
