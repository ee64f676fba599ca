// CL_ASYLUM_STAGE: the asylum procedure in UNHCR's terms. Decisions are counted in the year
// taken, applications in the year lodged, so stages are separate counts and have no total.
// RECOGNITION_RATE is DEC_CONV over all substantive decisions (CONV + COMPL + REJ).
import { labels } from '../labels.js';
import { code, defineCodelist } from './define.js';

export const CL_ASYLUM_STAGE = defineCodelist(
  'CL_ASYLUM_STAGE',
  labels(
    'Asylum procedure stage',
    'Etapa del procedimiento de asilo',
    "Étape de la procédure d'asile",
    'Etapa do procedimento de asilo',
  ),
  [
    code('NEW_APP', labels('New applications', 'Nuevas solicitudes', 'Nouvelles demandes', 'Novos pedidos'), [
      'Solicitudes',
      'Applications',
      'Demandes',
      'Solicitações de refúgio',
    ]),
    code(
      'DEC_CONV',
      labels(
        'Recognised as refugees (Convention)',
        'Reconocidos como refugiados (Convención)',
        'Reconnus réfugiés (Convention)',
        'Reconhecidos como refugiados (Convenção)',
      ),
      ['Reconocidos', 'Recognized', 'Reconnus', 'Reconhecidos', 'Refugee status granted'],
    ),
    code(
      'DEC_COMPL',
      labels(
        'Complementary protection',
        'Protección complementaria',
        'Protection complémentaire',
        'Proteção complementar',
      ),
      ['Protección humanitaria', 'Complementary', 'Protection subsidiaire'],
    ),
    code('DEC_REJ', labels('Rejected', 'Rechazadas', 'Rejetées', 'Indeferidos'), [
      'Denegadas',
      'Negativas',
      'Rejections',
      'Rejets',
    ]),
    code(
      'CLOSED',
      labels(
        'Otherwise closed',
        'Cerradas por otros motivos',
        'Clôturées pour d’autres motifs',
        'Encerrados por outros motivos',
      ),
      ['Archivadas', 'Desistimientos', 'Closed', 'Arquivados'],
    ),
    code(
      'PENDING',
      labels(
        'Pending at year end',
        'Pendientes al cierre del año',
        'En instance en fin d’année',
        'Pendentes no fim do ano',
      ),
      ['Pendientes', 'Pending', 'En instance', 'Pendentes'],
    ),
  ],
);
