// CL_LF_STATUS: ICLS labour-force status. EMP + UNE is the labour force; with INAC it adds up
// to `_T`, the population of the age group.
import { labels } from '../labels.js';
import { code, defineCodelist } from './define.js';

export const CL_LF_STATUS = defineCodelist(
  'CL_LF_STATUS',
  labels('Labour-force status', 'Condición de actividad', "Statut d'activité", 'Condição de atividade'),
  [
    code('EMP', labels('Employed', 'Ocupados', 'En emploi', 'Ocupados'), [
      'Empleados',
      'Ocupado',
      'Employed persons',
      'Actifs occupés',
      'Pessoas ocupadas',
    ]),
    code('UNE', labels('Unemployed', 'Desocupados', 'Chômeurs', 'Desocupados'), [
      'Desempleados',
      'Parados',
      'Desocupado',
      'Unemployed persons',
      'Au chômage',
      'Desempregados',
    ]),
    code(
      'INAC',
      labels(
        'Outside the labour force',
        'Fuera de la fuerza de trabajo',
        'Hors de la main-d’œuvre',
        'Fora da força de trabalho',
      ),
      ['Inactivos', 'Inactive', 'Inactifs', 'Inativos', 'Población inactiva', 'Not in labour force'],
    ),
    code('_T', labels('Population', 'Población', 'Population', 'População'), [
      'Total',
      'Población total',
      'Todos',
    ]),
  ],
);
