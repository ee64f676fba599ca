// Units: a value is reported in UNIT_MEASURE × 10^UNIT_MULT — survey tables in thousands of
// persons (3), remittances in millions of US dollars (USD_M), everything else in persons (0).
import { labels } from '../labels.js';
import { code, defineCodelist } from './define.js';

export const CL_UNIT_MULT = defineCodelist(
  'CL_UNIT_MULT',
  labels('Unit multiplier', 'Multiplicador de unidad', "Multiplicateur d'unité", 'Multiplicador de unidade'),
  [
    code('0', labels('Units', 'Unidades', 'Unités', 'Unidades')),
    code('3', labels('Thousands', 'Miles', 'Milliers', 'Milhares'), [
      'Miles de personas',
      'En miles',
      'Thousand',
    ]),
    code('6', labels('Millions', 'Millones', 'Millions', 'Milhões'), ['Million', 'En millones']),
  ],
  { agency: 'SDMX', version: '1.1' },
);

export const CL_UNIT_MEASURE = defineCodelist(
  'CL_UNIT_MEASURE',
  labels('Unit of measure', 'Unidad de medida', 'Unité de mesure', 'Unidade de medida'),
  [
    code('PS', labels('Persons', 'Personas', 'Personnes', 'Pessoas'), ['Persons', 'Número de personas']),
    code(
      'USD_M',
      labels(
        'US dollars, millions',
        'Millones de dólares estadounidenses',
        'Millions de dollars des États-Unis',
        'Milhões de dólares americanos',
      ),
      ['USD millions', 'Millones de USD', 'Millions USD', 'US$ millones'],
    ),
  ],
);
