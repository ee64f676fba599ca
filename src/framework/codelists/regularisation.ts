// Regularisation programmes are national and open-ended, so CL_REG_PROGRAMME is a list that
// coordinators extend (id: ISO3 of the country + programme name); CL_REG_STAGE counts each
// application when applied for and again when decided, so its stages do not add up.
import { labels } from '../labels.js';
import { totalCode } from './common-codes.js';
import { code, defineCodelist } from './define.js';

export const CL_REG_PROGRAMME = defineCodelist(
  'CL_REG_PROGRAMME',
  labels(
    'Regularisation programme',
    'Programa de regularización',
    'Programme de régularisation',
    'Programa de regularização',
  ),
  [
    code(
      'ARG_PATRIA_GRANDE',
      labels(
        'Argentina: Patria Grande programme (2006)',
        'Argentina: Programa Patria Grande (2006)',
        'Argentine : programme Patria Grande (2006)',
        'Argentina: Programa Pátria Grande (2006)',
      ),
      ['Patria Grande', 'Programa Nacional de Normalización Documentaria Migratoria'],
    ),
    code(
      'BRA_ANISTIA_2009',
      labels(
        'Brazil: 2009 amnesty (Law 11,961)',
        'Brasil: amnistía de 2009 (Ley 11.961)',
        'Brésil : amnistie de 2009 (loi 11.961)',
        'Brasil: anistia de 2009 (Lei 11.961)',
      ),
      ['Anistia 2009', 'Amnistía 2009'],
    ),
    code(
      'CHL_REGULARIZACION_2018',
      labels(
        'Chile: 2018 extraordinary regularisation',
        'Chile: regularización extraordinaria 2018',
        'Chili : régularisation extraordinaire de 2018',
        'Chile: regularização extraordinária de 2018',
      ),
      ['Regularización extraordinaria 2018', 'Proceso de regularización extraordinaria'],
    ),
    code(
      'COL_ETPV',
      labels(
        'Colombia: Temporary Protection Statute for Venezuelan Migrants (ETPV)',
        'Colombia: Estatuto Temporal de Protección para Migrantes Venezolanos (ETPV)',
        'Colombie : statut de protection temporaire des migrants vénézuéliens (ETPV)',
        'Colômbia: Estatuto Temporário de Proteção para Migrantes Venezuelanos (ETPV)',
      ),
      ['ETPV', 'Estatuto Temporal de Protección', 'PPT'],
    ),
    totalCode(['Todos los programas', 'All programmes', 'Tous les programmes', 'Todos os programas']),
  ],
  { extensible: true },
);

export const CL_REG_STAGE = defineCodelist(
  'CL_REG_STAGE',
  labels('Stage of the procedure', 'Etapa del trámite', 'Étape de la procédure', 'Etapa do processo'),
  [
    code('APPLIED', labels('Applications', 'Solicitudes', 'Demandes', 'Pedidos'), [
      'Solicitadas',
      'Solicitudes presentadas',
      'Requerimentos',
    ]),
    code('GRANTED', labels('Granted', 'Otorgadas', 'Accordées', 'Concedidas'), [
      'Aprobadas',
      'Concedidos',
      'Approved',
      'Resueltas favorablemente',
    ]),
    code('REJECTED', labels('Rejected', 'Rechazadas', 'Rejetées', 'Indeferidas'), [
      'Denegadas',
      'Negadas',
      'Refused',
      'Refusées',
    ]),
  ],
);
