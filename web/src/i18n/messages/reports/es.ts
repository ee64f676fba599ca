import type { reportsEn } from './en';

export const reportsEs: typeof reportsEn = {
  title: 'Informes',
  lead: '«Migración Internacional en las Américas», el informe periódico de la OEA con la OCDE: un panorama regional y una nota por Estado miembro, generados a partir de los datos publicados. Cada informe indica las publicaciones a las que está fijado y cómo citarlo.',
  regional: 'Migración Internacional en las Américas — informe regional',
  countryNotes: 'Notas de país',
  asOf: 'Cifras publicadas al',
  latest: 'Últimas publicaciones',
  pinNow: 'Fijar estas cifras (enlace permanente)',
  cite: 'Cómo citar:',
  pdf: 'Descargar (PDF)',
  html: 'Página independiente (HTML)',
  print: 'Imprimir',
  reproduce: 'Regenerar el mismo informe:',
  contents: 'Índice',
  generating: 'Generando el informe…',
};
