// Curated on top of the generated ISO/UN names (data/countries.json): the OAS's own short
// forms for its member states, Portuguese long forms, and the spellings correspondents really
// use. A name replaced here stays findable: the ISO form becomes an alias.
import type { Labels } from '../types.js';

export interface CountryOverride {
  names?: Partial<Labels>;
  officialNames?: Partial<Labels>;
  aliases?: string[];
  /** The replaced source names are wrong (not just another form): do not keep them as aliases. */
  correctsSource?: boolean;
}

export const AREA_OVERRIDES: Record<string, CountryOverride> = {
  ARG: { aliases: ['República Argentina', 'Argentine Republic'] },
  BHS: { aliases: ['The Bahamas', 'Bahamas, The', 'Commonwealth of The Bahamas', 'Las Bahamas'] },
  BOL: {
    officialNames: { pt: 'Bolívia (Estado Plurinacional da)' },
    aliases: [
      'Bolivia, Plurinational State of',
      'Estado Plurinacional de Bolivia',
      'Bolivia (Plurinational State)',
    ],
  },
  BRA: { aliases: ['Brasil', 'Brésil', 'República Federativa do Brasil', 'Federative Republic of Brazil'] },
  CHL: { aliases: ['República de Chile'] },
  // The shared source swaps the Portuguese names of the two Congos.
  COD: {
    correctsSource: true,
    names: { pt: 'República Democrática do Congo' },
    aliases: ['Congo, Democratic Republic of the', 'RD Congo', 'RDC'],
  },
  COG: { correctsSource: true, names: { pt: 'República do Congo' }, aliases: ['Congo-Brazzaville'] },
  CIV: { names: { en: "Côte d'Ivoire" }, aliases: ["Cote d'Ivoire"] },
  DOM: {
    names: { fr: 'République dominicaine' },
    aliases: ['República Dominicana', 'Rep. Dominicana', 'R. Dominicana', 'Dominican Rep.'],
  },
  GBR: { aliases: ['Reino Unido', 'UK', 'Great Britain', 'Gran Bretaña', 'Grande-Bretagne'] },
  HTI: { aliases: ['Haití', 'Haïti', 'Republic of Haiti'] },
  KNA: {
    names: { es: 'San Cristóbal y Nieves', fr: 'Saint-Kitts-et-Nevis', pt: 'São Cristóvão e Névis' },
    aliases: ['St. Kitts and Nevis', 'St Kitts and Nevis', 'Saint Kitts', 'San Cristóbal y Nevis'],
  },
  KOR: { aliases: ['South Korea', 'Corea del Sur', 'Corée du Sud', 'Coreia do Sul'] },
  LCA: { aliases: ['St. Lucia', 'St Lucia'] },
  MAF: { correctsSource: true, names: { pt: 'São Martinho (parte francesa)' } },
  MEX: { aliases: ['Méjico', 'Estados Unidos Mexicanos', 'United Mexican States'] },
  NLD: { aliases: ['Holanda', 'Holland', 'Hollande'] },
  PER: { aliases: ['Perú', 'República del Perú'] },
  SXM: { correctsSource: true, names: { pt: 'São Martinho (parte neerlandesa)' } },
  TTO: { names: { pt: 'Trinidad e Tobago' }, aliases: ['Trinidad & Tobago', 'Trinidad'] },
  USA: {
    names: { en: 'United States', fr: 'États-Unis' },
    officialNames: { en: 'United States of America', pt: 'Estados Unidos da América' },
    aliases: [
      'Estados Unidos de América',
      'EE.UU.',
      'EEUU',
      'EE. UU.',
      'EUA',
      'E.U.A.',
      'USA',
      'U.S.A.',
      'U.S.',
    ],
  },
  VCT: { aliases: ['St. Vincent and the Grenadines', 'St Vincent', 'San Vicente y Granadinas'] },
  VEN: {
    officialNames: { pt: 'Venezuela (República Bolivariana da)' },
    aliases: [
      'VENEZUELA (REP. BOLIVARIANA DE)',
      'Venezuela, RB',
      'Venezuela, Bolivarian Republic of',
      'República Bolivariana de Venezuela',
      'Rep. Bolivariana de Venezuela',
    ],
  },
};
