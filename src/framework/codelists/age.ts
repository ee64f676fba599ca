// CL_AGE: ten-year groups from 15 (0–14 and 65+ at the ends). The aggregates Y15T64 and Y_GE15
// are derived from the groups and never reported, so a reported aggregate is never double-counted.
import { labels } from '../labels.js';
import { totalCode, unknownCode } from './common-codes.js';
import { code, defineCodelist } from './define.js';

function band(id: string, from: number, to: number, extra: string[] = []) {
  const range = `${from}-${to}`;
  return code(
    id,
    labels(`${from} to ${to} years`, `${from} a ${to} años`, `${from} à ${to} ans`, `${from} a ${to} anos`),
    [
      range,
      `${from} a ${to}`,
      `${from} à ${to}`,
      `${from} to ${to}`,
      `${from}–${to}`,
      `Y${from}T${to}`,
      ...extra,
    ],
  );
}

export const CL_AGE = defineCodelist('CL_AGE', labels('Age', 'Edad', 'Âge', 'Idade'), [
  band('Y0T14', 0, 14, ['Menores de 15', 'Under 15', 'Moins de 15 ans', 'Menos de 15 anos']),
  band('Y15T24', 15, 24),
  band('Y25T34', 25, 34),
  band('Y35T44', 35, 44),
  band('Y45T54', 45, 54),
  band('Y55T64', 55, 64),
  code('Y_GE65', labels('65 years or over', '65 años y más', '65 ans ou plus', '65 anos ou mais'), [
    '65+',
    '65 y más',
    '65 y mas',
    '65 o más',
    '65 ou plus',
    '65 ans et plus',
    '65 e mais',
    '65 anos e mais',
    '65 and over',
    '65 or over',
  ]),
  totalCode(['Todas las edades', 'All ages', 'Tous âges', 'Todas as idades']),
  unknownCode(['Edad desconocida', 'Age unknown', 'Âge inconnu', 'Idade ignorada']),
  code('Y15T64', labels('15 to 64 years', '15 a 64 años', '15 à 64 ans', '15 a 64 anos'), ['15-64'], {
    derived: true,
  }),
  code('Y_GE15', labels('15 years or over', '15 años y más', '15 ans ou plus', '15 anos ou mais'), ['15+'], {
    derived: true,
  }),
]);
