// Code lists of the context tables. CL_FLOW: BPM6 personal transfers recorded as credits
// (received) and debits (sent), never netted. CL_COMPONENT: the demographic balance
// POP(t+1) ≈ POP(t) + BIRTHS − DEATHS + NET_MIG — its components do not add up to a total.
import { labels } from '../labels.js';
import { code, defineCodelist } from './define.js';

export const CL_FLOW = defineCodelist('CL_FLOW', labels('Flow', 'Flujo', 'Flux', 'Fluxo'), [
  code(
    'CREDIT',
    labels('Credit (received)', 'Crédito (recibidas)', 'Crédit (reçus)', 'Crédito (recebidas)'),
    ['Credits', 'Créditos', 'Crédits', 'Ingresos', 'Recibidas', 'Received', 'Inflows'],
  ),
  code('DEBIT', labels('Debit (sent)', 'Débito (enviadas)', 'Débit (envoyés)', 'Débito (enviadas)'), [
    'Debits',
    'Débitos',
    'Débits',
    'Egresos',
    'Enviadas',
    'Sent',
    'Outflows',
  ]),
]);

export const CL_COMPONENT = defineCodelist(
  'CL_COMPONENT',
  labels(
    'Demographic component',
    'Componente demográfico',
    'Composante démographique',
    'Componente demográfico',
  ),
  [
    code(
      'POP',
      labels(
        'Mid-year population',
        'Población a mitad de año',
        'Population en milieu d’année',
        'População no meio do ano',
      ),
      ['Población', 'Population', 'População'],
    ),
    code('BIRTHS', labels('Live births', 'Nacimientos', 'Naissances', 'Nascimentos'), [
      'Nacidos vivos',
      'Births',
      'Nascidos vivos',
    ]),
    code('DEATHS', labels('Deaths', 'Defunciones', 'Décès', 'Óbitos'), [
      'Muertes',
      'Fallecimientos',
      'Mortes',
    ]),
    code('NET_MIG', labels('Net migration', 'Migración neta', 'Solde migratoire', 'Migração líquida'), [
      'Saldo migratorio',
      'Saldo migratório',
      'Net migrants',
    ]),
  ],
);
