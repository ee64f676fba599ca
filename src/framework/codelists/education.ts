// CL_EDUCATION: ISCED 2011 levels in three groups — low (0–2), medium (3–4), high (5–8,
// tertiary). OVERQUALIFICATION uses ED5T8.
import { labels } from '../labels.js';
import { totalCode, unknownCode } from './common-codes.js';
import { code, defineCodelist } from './define.js';

export const CL_EDUCATION = defineCodelist(
  'CL_EDUCATION',
  labels('Educational attainment', 'Nivel educativo', "Niveau d'instruction", 'Nível de escolaridade'),
  [
    code('ED0T2', labels('Low (ISCED 0–2)', 'Bajo (CINE 0–2)', 'Faible (CITE 0–2)', 'Baixo (CITE 0–2)'), [
      'Bajo',
      'Low',
      'Faible',
      'Baixo',
      'Primaria',
      'Básica',
      'ISCED 0-2',
      'CINE 0-2',
    ]),
    code('ED3_4', labels('Medium (ISCED 3–4)', 'Medio (CINE 3–4)', 'Moyen (CITE 3–4)', 'Médio (CITE 3–4)'), [
      'Medio',
      'Medium',
      'Moyen',
      'Médio',
      'Secundaria',
      'Secundário',
      'ISCED 3-4',
      'CINE 3-4',
    ]),
    code('ED5T8', labels('High (ISCED 5–8)', 'Alto (CINE 5–8)', 'Élevé (CITE 5–8)', 'Alto (CITE 5–8)'), [
      'Alto',
      'High',
      'Élevé',
      'Superior',
      'Terciaria',
      'Tertiary',
      'Supérieur',
      'ISCED 5-8',
      'CINE 5-8',
    ]),
    unknownCode(),
    totalCode(),
  ],
);
