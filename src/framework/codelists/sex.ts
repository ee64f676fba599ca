// CL_SEX: female, male, their total and an unknown part that belongs to the total.
import { labels } from '../labels.js';
import { totalCode, unknownCode } from './common-codes.js';
import { code, defineCodelist } from './define.js';

export const CL_SEX = defineCodelist('CL_SEX', labels('Sex', 'Sexo', 'Sexe', 'Sexo'), [
  code('F', labels('Female', 'Mujeres', 'Femmes', 'Mulheres'), [
    'Mujer',
    'Femenino',
    'Feminino',
    'Mulher',
    'Femme',
    'Féminin',
    'Women',
    'Woman',
    'Females',
  ]),
  code('M', labels('Male', 'Hombres', 'Hommes', 'Homens'), [
    'Hombre',
    'Varones',
    'Varón',
    'Masculino',
    'Homem',
    'Homme',
    'Masculin',
    'Men',
    'Man',
    'Males',
    'H',
  ]),
  totalCode(['Both sexes', 'Les deux sexes', 'Ambos os sexos']),
  unknownCode(['Sexo no especificado', 'Sexe inconnu', 'Sexo ignorado']),
]);
