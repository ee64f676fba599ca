// An issue's message is its rule's template in the reader's language with the {slots} filled
// from the issue: its params, then its row, column and value. Numbers are written the way the
// language writes them (1,234.5 in English, 1.234,5 in Spanish); suggested codes are given
// with their label in that language ("VEN (Venezuela)").

import { DIMENSIONS } from '../../framework/dimensions.js';
import { getCodelist } from '../../framework/index.js';
import { label } from '../../framework/labels.js';
import { getRule } from '../../framework/rules.js';
import type { Lang } from '../../framework/types.js';
import type { Issue } from './issue.js';

const LOCALES: Record<Lang, string> = { en: 'en-US', es: 'es-ES', fr: 'fr-FR', pt: 'pt-BR' };
const NONE: Record<Lang, string> = { en: 'none', es: 'ninguna', fr: 'aucune', pt: 'nenhuma' };
const FORMATS = new Map<Lang, Intl.NumberFormat>();

function formatNumber(value: number, lang: Lang): string {
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
  const template = getRule(issue.code)?.messages[lang] ?? issue.code;
  const slots: Record<string, string | number | undefined> = {
    row: issue.row,
    column: issue.column,
    value: issue.value,
    ...issue.params,
  };
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const slot = slots[name];
    if (slot === undefined) return whole;
    if (name === 'suggestions')
      return formatSuggestions(String(slot), String(issue.params.dimension ?? ''), lang);
    // Row numbers are positions, not quantities: never "1,234" for a row.
    if (typeof slot === 'number' && name !== 'row' && !name.endsWith('Row')) return formatNumber(slot, lang);
    return String(slot);
  });
}
