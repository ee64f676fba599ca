// Code lists of a submission's metadata (FRAMEWORK §5): the kind of source, whether migrants
// are defined by country of birth or by citizenship, and the frequency (annual only).
import { labels } from '../labels.js';
import { code, defineCodelist } from './define.js';

export const CL_SOURCE_TYPE = defineCodelist(
  'CL_SOURCE_TYPE',
  labels('Source type', 'Tipo de fuente', 'Type de source', 'Tipo de fonte'),
  [
    code(
      'PERMIT',
      labels(
        'Residence-permit register',
        'Registro de permisos de residencia',
        'Registre des titres de séjour',
        'Registro de autorizações de residência',
      ),
    ),
    code(
      'VISA',
      labels('Visa statistics', 'Estadísticas de visas', 'Statistiques de visas', 'Estatísticas de vistos'),
    ),
    code(
      'POP_REGISTER',
      labels(
        'Population register',
        'Registro de población',
        'Registre de population',
        'Registro de população',
      ),
    ),
    code(
      'CENSUS',
      labels('Population census', 'Censo de población', 'Recensement de la population', 'Censo demográfico'),
    ),
    code(
      'LFS',
      labels(
        'Labour force or household survey',
        'Encuesta de fuerza de trabajo o de hogares',
        'Enquête sur la population active ou auprès des ménages',
        'Pesquisa de força de trabalho ou domiciliar',
      ),
    ),
    code(
      'BORDER',
      labels('Border records', 'Registros de frontera', 'Registres frontaliers', 'Registros de fronteira'),
    ),
    code(
      'MIRROR',
      labels(
        'Mirror data from another country',
        'Datos espejo de otro país',
        "Données miroir d'un autre pays",
        'Dados espelho de outro país',
      ),
    ),
    code('ESTIMATE', labels('Estimate', 'Estimación', 'Estimation', 'Estimativa')),
  ],
);

export const CL_MIGRANT_CRITERION = defineCodelist(
  'CL_MIGRANT_CRITERION',
  labels('Migrant criterion', 'Criterio de migrante', 'Critère de migrant', 'Critério de migrante'),
  [
    code(
      'BIRTH',
      labels('Country of birth', 'País de nacimiento', 'Pays de naissance', 'País de nascimento'),
    ),
    code('CITIZENSHIP', labels('Citizenship', 'Nacionalidad', 'Nationalité', 'Nacionalidade')),
  ],
);

export const CL_FREQ = defineCodelist(
  'CL_FREQ',
  labels('Frequency', 'Frecuencia', 'Fréquence', 'Frequência'),
  [code('A', labels('Annual', 'Anual', 'Annuelle', 'Anual'), ['Annual', 'Anual', 'Yearly'])],
  { agency: 'SDMX', version: '2.1' },
);
