// A country's name inside a sentence takes the article and preposition of its language:
// "in the United States", "au Canada", "en Argentine", "aux États-Unis", "na Argentina",
// "no Brasil", "nos Estados Unidos". These forms are data, written out for each OAS member
// state in French and Portuguese (where they cannot be derived from the name), with a plain
// "in X"/"of X" fallback for any other country.
import { getCountry, label } from '../../framework/index.js';
import type { Lang } from '../../framework/types.js';

interface Forms {
  /** Locative: "in Argentina". */
  in: string;
  /** Genitive: "of Argentina". */
  of: string;
}

/** [in, of] in French and Portuguese for the member states. */
const FR_PT: Readonly<Record<string, { fr: [string, string]; pt: [string, string] }>> = {
  ATG: {
    fr: ['à Antigua-et-Barbuda', 'd’Antigua-et-Barbuda'],
    pt: ['em Antígua e Barbuda', 'de Antígua e Barbuda'],
  },
  ARG: { fr: ['en Argentine', 'de l’Argentine'], pt: ['na Argentina', 'da Argentina'] },
  BHS: { fr: ['aux Bahamas', 'des Bahamas'], pt: ['nas Bahamas', 'das Bahamas'] },
  BRB: { fr: ['à la Barbade', 'de la Barbade'], pt: ['em Barbados', 'de Barbados'] },
  BLZ: { fr: ['au Belize', 'du Belize'], pt: ['em Belize', 'de Belize'] },
  BOL: { fr: ['en Bolivie', 'de la Bolivie'], pt: ['na Bolívia', 'da Bolívia'] },
  BRA: { fr: ['au Brésil', 'du Brésil'], pt: ['no Brasil', 'do Brasil'] },
  CAN: { fr: ['au Canada', 'du Canada'], pt: ['no Canadá', 'do Canadá'] },
  CHL: { fr: ['au Chili', 'du Chili'], pt: ['no Chile', 'do Chile'] },
  COL: { fr: ['en Colombie', 'de la Colombie'], pt: ['na Colômbia', 'da Colômbia'] },
  CRI: { fr: ['au Costa Rica', 'du Costa Rica'], pt: ['na Costa Rica', 'da Costa Rica'] },
  CUB: { fr: ['à Cuba', 'de Cuba'], pt: ['em Cuba', 'de Cuba'] },
  DMA: { fr: ['à la Dominique', 'de la Dominique'], pt: ['na Dominica', 'da Dominica'] },
  DOM: {
    fr: ['en République dominicaine', 'de la République dominicaine'],
    pt: ['na República Dominicana', 'da República Dominicana'],
  },
  ECU: { fr: ['en Équateur', 'de l’Équateur'], pt: ['no Equador', 'do Equador'] },
  SLV: { fr: ['au Salvador', 'du Salvador'], pt: ['em El Salvador', 'de El Salvador'] },
  GRD: { fr: ['à la Grenade', 'de la Grenade'], pt: ['em Granada', 'de Granada'] },
  GTM: { fr: ['au Guatemala', 'du Guatemala'], pt: ['na Guatemala', 'da Guatemala'] },
  GUY: { fr: ['au Guyana', 'du Guyana'], pt: ['na Guiana', 'da Guiana'] },
  HTI: { fr: ['en Haïti', 'd’Haïti'], pt: ['no Haiti', 'do Haiti'] },
  HND: { fr: ['au Honduras', 'du Honduras'], pt: ['em Honduras', 'de Honduras'] },
  JAM: { fr: ['en Jamaïque', 'de la Jamaïque'], pt: ['na Jamaica', 'da Jamaica'] },
  MEX: { fr: ['au Mexique', 'du Mexique'], pt: ['no México', 'do México'] },
  NIC: { fr: ['au Nicaragua', 'du Nicaragua'], pt: ['na Nicarágua', 'da Nicarágua'] },
  PAN: { fr: ['au Panama', 'du Panama'], pt: ['no Panamá', 'do Panamá'] },
  PRY: { fr: ['au Paraguay', 'du Paraguay'], pt: ['no Paraguai', 'do Paraguai'] },
  PER: { fr: ['au Pérou', 'du Pérou'], pt: ['no Peru', 'do Peru'] },
  KNA: {
    fr: ['à Saint-Kitts-et-Nevis', 'de Saint-Kitts-et-Nevis'],
    pt: ['em São Cristóvão e Névis', 'de São Cristóvão e Névis'],
  },
  LCA: { fr: ['à Sainte-Lucie', 'de Sainte-Lucie'], pt: ['em Santa Lúcia', 'de Santa Lúcia'] },
  VCT: {
    fr: ['à Saint-Vincent-et-les-Grenadines', 'de Saint-Vincent-et-les-Grenadines'],
    pt: ['em São Vicente e Granadinas', 'de São Vicente e Granadinas'],
  },
  SUR: { fr: ['au Suriname', 'du Suriname'], pt: ['no Suriname', 'do Suriname'] },
  TTO: {
    fr: ['à Trinité-et-Tobago', 'de Trinité-et-Tobago'],
    pt: ['em Trinidad e Tobago', 'de Trinidad e Tobago'],
  },
  USA: { fr: ['aux États-Unis', 'des États-Unis'], pt: ['nos Estados Unidos', 'dos Estados Unidos'] },
  URY: { fr: ['en Uruguay', 'de l’Uruguay'], pt: ['no Uruguai', 'do Uruguai'] },
  VEN: { fr: ['au Venezuela', 'du Venezuela'], pt: ['na Venezuela', 'da Venezuela'] },
};

/** English names that take "the"; Spanish names that take an article in running text. */
const EN_THE = new Set(['BHS', 'DOM', 'USA']);
const ES_ARTICLE: Readonly<Record<string, string>> = { BHS: 'las', USA: 'los' };

export function countryName(iso3: string, lang: Lang): string {
  const country = getCountry(iso3);
  return country ? label(country.names, lang) : iso3;
}

export function countryForms(iso3: string, lang: Lang): Forms {
  const name = countryName(iso3, lang);
  const special = FR_PT[iso3.toUpperCase()];
  if (lang === 'fr' || lang === 'pt') {
    if (special) return { in: special[lang][0], of: special[lang][1] };
    return lang === 'fr'
      ? { in: `en ${name}`, of: /^[aeiouyéèêâîôûh]/i.test(name) ? `d’${name}` : `de ${name}` }
      : { in: `em ${name}`, of: `de ${name}` };
  }
  if (lang === 'en') {
    const article = EN_THE.has(iso3.toUpperCase()) ? 'the ' : '';
    return { in: `in ${article}${name}`, of: `of ${article}${name}` };
  }
  const article = ES_ARTICLE[iso3.toUpperCase()];
  const inner = article ? `${article} ${name}` : name;
  return { in: `en ${inner}`, of: `de ${inner}` };
}
