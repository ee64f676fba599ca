// The kinds of policy development a correspondent reports beside the figures (issue 21), on the
// SOPEMI model of "recent policy developments": each event has exactly one type.
import { labels } from '../labels.js';
import { code, defineCodelist } from './define.js';

export const CL_POLICY_TYPE = defineCodelist(
  'CL_POLICY_TYPE',
  labels(
    'Type of policy development',
    'Tipo de novedad normativa',
    'Type d’évolution des politiques',
    'Tipo de novidade normativa',
  ),
  [
    code(
      'REGULARISATION',
      labels(
        'Regularisation programme',
        'Programa de regularización',
        'Programme de régularisation',
        'Programa de regularização',
      ),
    ),
    code('VISA_REGIME', labels('Visa regime', 'Régimen de visados', 'Régime des visas', 'Regime de vistos')),
    code(
      'LABOUR_AGREEMENT',
      labels(
        'Labour-mobility agreement',
        'Acuerdo de movilidad laboral',
        'Accord de mobilité de la main-d’œuvre',
        'Acordo de mobilidade laboral',
      ),
    ),
    code(
      'ASYLUM_PROCEDURE',
      labels('Asylum procedure', 'Procedimiento de asilo', 'Procédure d’asile', 'Procedimento de asilo'),
    ),
    code(
      'NATURALISATION_RULES',
      labels(
        'Naturalisation rules',
        'Normas de naturalización',
        'Règles de naturalisation',
        'Regras de naturalização',
      ),
    ),
    code(
      'INTEGRATION',
      labels('Integration measure', 'Medida de integración', 'Mesure d’intégration', 'Medida de integração'),
    ),
    code(
      'BORDER_MEASURE',
      labels('Border measure', 'Medida fronteriza', 'Mesure aux frontières', 'Medida de fronteira'),
    ),
    code(
      'DATA_SYSTEM',
      labels(
        'Statistical or data system',
        'Sistema estadístico o de datos',
        'Système statistique ou de données',
        'Sistema estatístico ou de dados',
      ),
    ),
    code('OTHER', labels('Other', 'Otra', 'Autre', 'Outra')),
  ],
);
