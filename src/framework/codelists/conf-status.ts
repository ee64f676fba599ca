// CL_CONF_STATUS (SDMX): who may see a value. Only `F` values are published as they are; every
// other code keeps the value inside the system (shown to the public as OBS_STATUS Q).
import { labels } from '../labels.js';
import { code, defineCodelist } from './define.js';

export const CL_CONF_STATUS = defineCodelist(
  'CL_CONF_STATUS',
  labels(
    'Confidentiality status',
    'Estado de confidencialidad',
    'Statut de confidentialité',
    'Estado de confidencialidade',
  ),
  [
    code('F', labels('Free for publication', 'Publicable', 'Diffusion libre', 'Publicável'), [
      'Free',
      'Libre',
      'Público',
      'Public',
    ]),
    code(
      'N',
      labels(
        'Not for publication, internal use only',
        'No publicable, solo para uso interno',
        'Non publiable, usage interne uniquement',
        'Não publicável, apenas uso interno',
      ),
      ['Uso interno', 'Internal use', 'Usage interne'],
    ),
    code('C', labels('Confidential', 'Confidencial', 'Confidentiel', 'Confidencial'), [
      'Confidential statistical information',
    ]),
    code(
      'D',
      labels(
        'Secondary confidentiality set by the sender',
        'Confidencialidad secundaria fijada por el remitente',
        "Confidentialité secondaire fixée par l'expéditeur",
        'Confidencialidade secundária definida pelo remetente',
      ),
    ),
    code(
      'S',
      labels(
        'Secondary confidentiality set by the receiver',
        'Confidencialidad secundaria fijada por el receptor',
        'Confidentialité secondaire fixée par le destinataire',
        'Confidencialidade secundária definida pelo receptor',
      ),
    ),
    code(
      'A',
      labels(
        'Primary confidentiality: small counts',
        'Confidencialidad primaria: recuentos pequeños',
        'Confidentialité primaire : petits effectifs',
        'Confidencialidade primária: contagens pequenas',
      ),
    ),
    code(
      'O',
      labels(
        'Primary confidentiality: dominance by one unit',
        'Confidencialidad primaria: predominio de una unidad',
        "Confidentialité primaire : prédominance d'une unité",
        'Confidencialidade primária: predominância de uma unidade',
      ),
    ),
    code(
      'T',
      labels(
        'Primary confidentiality: dominance by two units',
        'Confidencialidad primaria: predominio de dos unidades',
        'Confidentialité primaire : prédominance de deux unités',
        'Confidencialidade primária: predominância de duas unidades',
      ),
    ),
    code(
      'G',
      labels(
        'Primary confidentiality: dominance by one or two units',
        'Confidencialidad primaria: predominio de una o dos unidades',
        "Confidentialité primaire : prédominance d'une ou deux unités",
        'Confidencialidade primária: predominância de uma ou duas unidades',
      ),
    ),
    code(
      'M',
      labels(
        'Primary confidentiality: other concentration measures',
        'Confidencialidad primaria: otras medidas de concentración',
        'Confidentialité primaire : autres mesures de concentration',
        'Confidencialidade primária: outras medidas de concentração',
      ),
    ),
    code(
      'E',
      labels(
        'Under embargo until release',
        'Bajo embargo hasta su publicación',
        "Sous embargo jusqu'à la diffusion",
        'Sob embargo até a divulgação',
      ),
      ['Embargo'],
    ),
  ],
  { agency: 'SDMX', version: '1.2' },
);
