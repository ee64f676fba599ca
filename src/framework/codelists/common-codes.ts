// The two codes most lists share: `_T`, the total the other codes add up to, and `_U`, the
// part whose category is unknown — itself a part of the total, never left out of the sum.
import { labels } from '../labels.js';
import type { Code } from '../types.js';

const TOTAL_ALIASES = [
  'Total',
  'Totales',
  'Ambos sexos',
  'Todos',
  'Ensemble',
  'Total général',
  'Total geral',
];
const UNKNOWN_ALIASES = [
  'Ignorado',
  'Desconocido',
  'No sabe',
  'Sin dato',
  'Sin datos',
  'No especificado',
  'Não sabe',
  'Não especificado',
  'Sem informação',
  'Inconnu',
  'Non déclaré',
  'Unknown',
  'Not stated',
  'NS/NR',
];

export function totalCode(extraAliases: string[] = []): Code {
  return {
    id: '_T',
    labels: labels('Total', 'Total', 'Total', 'Total'),
    aliases: [...TOTAL_ALIASES, ...extraAliases],
  };
}

export function unknownCode(extraAliases: string[] = []): Code {
  return {
    id: '_U',
    labels: labels('Unknown', 'Desconocido', 'Inconnu', 'Desconhecido'),
    aliases: [...UNKNOWN_ALIASES, ...extraAliases],
  };
}
