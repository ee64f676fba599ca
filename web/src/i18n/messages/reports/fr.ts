import type { reportsEn } from './en';

export const reportsFr: typeof reportsEn = {
  title: 'Rapports',
  lead: '« Migrations internationales dans les Amériques », le rapport périodique de l’OEA avec l’OCDE : une vue d’ensemble régionale et une note par État membre, produites à partir des données publiées. Chaque rapport indique les publications auxquelles il est rattaché et comment le citer.',
  regional: 'Migrations internationales dans les Amériques — rapport régional',
  countryNotes: 'Notes par pays',
  asOf: 'Chiffres publiés au',
  latest: 'Dernières publications',
  pinNow: 'Figer ces chiffres (lien permanent)',
  cite: 'Comment citer :',
  pdf: 'Télécharger (PDF)',
  html: 'Page autonome (HTML)',
  print: 'Imprimer',
  reproduce: 'Produire à nouveau le même rapport :',
  contents: 'Table des matières',
  generating: 'Production du rapport…',
};
