// A series named in words, not codes: "born in Canada (CAN), both sexes" rather than
// `COUNTRY_OF_BIRTH=CAN, SEX=_T, AGE=_T`. Issues keep the codes (`DIM=CODE, …`, lists joined by
// `; `), so the same issue reads in each language; this turns them into the reader's words.
// Totals other than sex go unsaid (a series "born in Canada" is all ages); a country keeps its
// code in parentheses, as national names vary.
import { DIMENSIONS } from '../../framework/dimensions.js';
import { getCodelist } from '../../framework/index.js';
import { label } from '../../framework/labels.js';
import type { Lang } from '../../framework/types.js';

type Phrase = Record<Lang, (name: string) => string>;

const AREA_PHRASES: Record<string, Phrase> = {
  COUNTRY_OF_BIRTH: {
    en: (n) => `born in ${n}`,
    es: (n) => `nacidos en ${n}`,
    fr: (n) => `nés en/au ${n}`,
    pt: (n) => `nascidos em ${n}`,
  },
  CITIZENSHIP: {
    en: (n) => `citizens of ${n}`,
    es: (n) => `nacionalidad ${n}`,
    fr: (n) => `nationalité ${n}`,
    pt: (n) => `nacionalidade ${n}`,
  },
  COUNTERPART_AREA: {
    en: (n) => `counterpart ${n}`,
    es: (n) => `contraparte ${n}`,
    fr: (n) => `partenaire ${n}`,
    pt: (n) => `contraparte ${n}`,
  },
};

const SEX_WORDS: Record<string, Record<Lang, string>> = {
  _T: { en: 'both sexes', es: 'ambos sexos', fr: 'les deux sexes', pt: 'ambos os sexos' },
  F: { en: 'women', es: 'mujeres', fr: 'femmes', pt: 'mulheres' },
  M: { en: 'men', es: 'hombres', fr: 'hommes', pt: 'homens' },
};

const TOTAL: Record<Lang, string> = { en: 'total', es: 'total', fr: 'total', pt: 'total' };

/** Whether `text` reads as `DIM=CODE` pairs, the form rules give series in. */
export function isKeyText(text: string): boolean {
  return /^[A-Z_]+=[^,;]*(?:[,;] ?[A-Z_]+=[^,;]*)*$/.test(text.trim()) && text.includes('=');
}

/** "COUNTRY_OF_BIRTH=CAN, SEX=_T; …" in words; text that is not a key is returned as is. */
export function describeKeyText(text: string, lang: Lang): string {
  if (!isKeyText(text)) return text;
  return text
    .split(';')
    .map((part) => describeOne(part, lang))
    .join('; ');
}

function describeOne(part: string, lang: Lang): string {
  const words: string[] = [];
  for (const pair of part.split(',')) {
    const [dimension = '', code = ''] = pair.trim().split('=');
    const word = describeCode(dimension, code, lang);
    if (word) words.push(word);
  }
  return words.length > 0 ? words.join(', ') : TOTAL[lang];
}

/** A code of a dimension in words; '' for a total other than sex (it goes unsaid). */
export function describeCode(dimension: string, code: string, lang: Lang): string {
  if (dimension === 'SEX') {
    const word = SEX_WORDS[code];
    if (word) return word[lang];
  }
  if (dimension === 'TIME_PERIOD') return code;
  if (code === '_T' || dimension === 'REF_AREA') return '';
  const name = labelOf(dimension, code, lang);
  const phrase = AREA_PHRASES[dimension];
  if (phrase) return phrase[lang](name === code ? code : `${name} (${code})`);
  const def = DIMENSIONS[dimension as keyof typeof DIMENSIONS];
  return def ? `${label(def.names, lang).toLowerCase()}: ${name}` : `${dimension}=${code}`;
}

/** A dimension's name in the reader's language, lower case as it sits mid-sentence. */
export function describeDimension(dimension: string, lang: Lang): string {
  const def = DIMENSIONS[dimension as keyof typeof DIMENSIONS];
  return def ? label(def.names, lang).toLowerCase() : dimension;
}

// By code list object: a list extended with added codes is a new object, so a new index.
const LABELS = new WeakMap<object, Map<string, Partial<Record<Lang, string>>>>();

function labelOf(dimension: string, code: string, lang: Lang): string {
  const def = DIMENSIONS[dimension as keyof typeof DIMENSIONS];
  const list = def?.codelist ? getCodelist(def.codelist) : undefined;
  if (!list) return code;
  let byCode = LABELS.get(list);
  if (!byCode) {
    byCode = new Map(list.codes.map((c) => [c.id, c.labels]));
    LABELS.set(list, byCode);
  }
  const labels = byCode.get(code);
  return labels ? label(labels, lang) : code;
}

/** The country named in words, for slots that hold an ISO3 code. */
export function describeCountry(code: string, lang: Lang): string {
  const name = labelOf('REF_AREA', code, lang);
  return name === code ? code : name;
}
