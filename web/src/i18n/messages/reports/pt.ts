import type { reportsEn } from './en';

export const reportsPt: typeof reportsEn = {
  title: 'Relatórios',
  lead: '“Migração Internacional nas Américas”, o relatório periódico da OEA com a OCDE: um panorama regional e uma nota por Estado membro, gerados a partir dos dados publicados. Cada relatório indica as publicações às quais está fixado e como citá-lo.',
  regional: 'Migração Internacional nas Américas — relatório regional',
  countryNotes: 'Notas de país',
  asOf: 'Números publicados em',
  latest: 'Últimas publicações',
  pinNow: 'Fixar estes números (link permanente)',
  cite: 'Como citar:',
  pdf: 'Baixar (PDF)',
  html: 'Página independente (HTML)',
  print: 'Imprimir',
  reproduce: 'Gerar novamente o mesmo relatório:',
  contents: 'Sumário',
  generating: 'Gerando o relatório…',
};
