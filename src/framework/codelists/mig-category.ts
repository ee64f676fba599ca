// CL_MIG_CATEGORY: the reason for a permanent-type permit (OECD SOPEMI categories). Free
// movement counts entrants under the MERCOSUR, Andean Community and CARICOM agreements.
import { labels } from '../labels.js';
import { totalCode, unknownCode } from './common-codes.js';
import { code, defineCodelist } from './define.js';

export const CL_MIG_CATEGORY = defineCodelist(
  'CL_MIG_CATEGORY',
  labels('Category of entry', 'Categoría migratoria', "Catégorie d'admission", 'Categoria migratória'),
  [
    code('WORK', labels('Work', 'Trabajo', 'Travail', 'Trabalho'), [
      'Laboral',
      'Labor',
      'Employment',
      'Emploi',
    ]),
    code(
      'ACC_FAM_WORK',
      labels(
        'Accompanying family of workers',
        'Familiares acompañantes de trabajadores',
        'Famille accompagnant les travailleurs',
        'Familiares acompanhantes de trabalhadores',
      ),
      ['Accompanying family', 'Familia acompañante', 'Famille accompagnante', 'Família acompanhante'],
    ),
    code('FAMILY', labels('Family', 'Familia', 'Famille', 'Família'), [
      'Reunificación familiar',
      'Reagrupación familiar',
      'Family reunification',
      'Regroupement familial',
      'Reunião familiar',
    ]),
    code('HUMANITARIAN', labels('Humanitarian', 'Humanitaria', 'Humanitaire', 'Humanitária'), [
      'Refugiados',
      'Refugees',
      'Réfugiés',
      'Refugiados e asilados',
      'Razones humanitarias',
    ]),
    code('FREE_MOV', labels('Free movement', 'Libre circulación', 'Libre circulation', 'Livre circulação'), [
      'Acuerdo de Residencia MERCOSUR',
      'MERCOSUR',
      'Libre movilidad',
      'Free movement agreements',
    ]),
    code('REGULARISATION', labels('Regularisation', 'Regularización', 'Régularisation', 'Regularização'), [
      'Regularization',
      'Amnistía',
      'Anistia',
    ]),
    code('OTHER', labels('Other', 'Otros', 'Autres', 'Outros'), ['Otras', 'Otro', 'Outras', 'Autre']),
    unknownCode(),
    totalCode(),
  ],
);
