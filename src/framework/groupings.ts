// Regional groupings of OAS member states; a country may belong to several (Belize is
// Central American, Caribbean, in CARICOM and in SICA). Membership of the economic blocs
// is that of full members, as of 2024.
import { labels } from './labels.js';
import type { Grouping } from './types.js';

export const GROUPINGS: readonly Grouping[] = [
  {
    id: 'NAM',
    names: labels('North America', 'América del Norte', 'Amérique du Nord', 'América do Norte'),
    members: ['CAN', 'MEX', 'USA'],
  },
  {
    id: 'CAM',
    names: labels('Central America', 'Centroamérica', 'Amérique centrale', 'América Central'),
    members: ['BLZ', 'CRI', 'SLV', 'GTM', 'HND', 'NIC', 'PAN'],
  },
  {
    id: 'CAR',
    names: labels('Caribbean', 'Caribe', 'Caraïbes', 'Caribe'),
    members: [
      'ATG',
      'BHS',
      'BRB',
      'BLZ',
      'CUB',
      'DMA',
      'DOM',
      'GRD',
      'GUY',
      'HTI',
      'JAM',
      'KNA',
      'LCA',
      'VCT',
      'SUR',
      'TTO',
    ],
  },
  {
    id: 'SAM',
    names: labels('South America', 'América del Sur', 'Amérique du Sud', 'América do Sul'),
    members: ['ARG', 'BOL', 'BRA', 'CHL', 'COL', 'ECU', 'GUY', 'PRY', 'PER', 'SUR', 'URY', 'VEN'],
  },
  {
    // Montserrat is a CARICOM member but not a state of the OAS.
    id: 'CARICOM',
    names: labels(
      'Caribbean Community (CARICOM)',
      'Comunidad del Caribe (CARICOM)',
      'Communauté des Caraïbes (CARICOM)',
      'Comunidade do Caribe (CARICOM)',
    ),
    members: [
      'ATG',
      'BHS',
      'BRB',
      'BLZ',
      'DMA',
      'GRD',
      'GUY',
      'HTI',
      'JAM',
      'KNA',
      'LCA',
      'VCT',
      'SUR',
      'TTO',
    ],
  },
  {
    // Bolivia became a full member in July 2024; Venezuela has been suspended since 2016 and is
    // left out. Associated states (CHL, COL, ECU, PER, ...) take part in the Residence Agreement
    // (free movement) but are not members.
    id: 'MERCOSUR',
    names: labels(
      'Southern Common Market (MERCOSUR)',
      'Mercado Común del Sur (MERCOSUR)',
      'Marché commun du Sud (MERCOSUR)',
      'Mercado Comum do Sul (MERCOSUL)',
    ),
    members: ['ARG', 'BRA', 'PRY', 'URY', 'BOL'],
  },
  {
    // Id ANDEAN, not CAN, which is Canada's ISO 3166 code.
    id: 'ANDEAN',
    names: labels(
      'Andean Community (CAN)',
      'Comunidad Andina (CAN)',
      'Communauté andine (CAN)',
      'Comunidade Andina (CAN)',
    ),
    members: ['BOL', 'COL', 'ECU', 'PER'],
  },
  {
    id: 'SICA',
    names: labels(
      'Central American Integration System (SICA)',
      'Sistema de la Integración Centroamericana (SICA)',
      "Système d'intégration centraméricain (SICA)",
      'Sistema da Integração Centro-Americana (SICA)',
    ),
    members: ['BLZ', 'CRI', 'SLV', 'GTM', 'HND', 'NIC', 'PAN', 'DOM'],
  },
  {
    id: 'OECD',
    names: labels('OECD members', 'Miembros de la OCDE', "Membres de l'OCDE", 'Membros da OCDE'),
    members: ['CAN', 'CHL', 'COL', 'CRI', 'MEX', 'USA'],
  },
];

export function listGroupingsOf(iso3: string): Grouping[] {
  return GROUPINGS.filter((g) => g.members.includes(iso3));
}
