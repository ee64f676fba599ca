// The concepts a table is cut by, each bound to its code list, with the column headers
// correspondents use for it. A dimension `hasTotal` when its code list carries a `_T` that
// its other codes (including `_U`) add up to; stages, flows and components do not add up.
import { labels } from './labels.js';
import type { DimensionDef, Labels } from './types.js';

function dimension(
  id: string,
  codelist: string,
  names: Labels,
  hasTotal: boolean,
  aliases: string[],
): DimensionDef {
  return { id, codelist, names, aliases: [id, ...aliases], hasTotal };
}

const AREA_HEADERS = ['País', 'Pais', 'Country', 'Pays'];

export const DIMENSIONS = {
  REF_AREA: dimension(
    'REF_AREA',
    'CL_AREA',
    labels('Reporting country', 'País informante', 'Pays déclarant', 'País informante'),
    false,
    [...AREA_HEADERS, 'Reporting country', 'País declarante', 'Pays déclarant', 'País que informa'],
  ),
  TIME_PERIOD: {
    id: 'TIME_PERIOD',
    codelist: '',
    kind: 'time',
    format: 'YYYY',
    names: labels('Year', 'Año', 'Année', 'Ano'),
    aliases: [
      'TIME_PERIOD',
      'Año',
      'Ano',
      'Année',
      'Year',
      'Período',
      'Periodo',
      'Période',
      'Period',
      'Time',
      'TIME',
    ],
    hasTotal: false,
  } satisfies DimensionDef,
  SEX: dimension('SEX', 'CL_SEX', labels('Sex', 'Sexo', 'Sexe', 'Sexo'), true, [
    'Sexo',
    'Sexe',
    'Sex',
    'Género',
    'Gender',
    'Genre',
    'Gênero',
  ]),
  AGE: dimension(
    'AGE',
    'CL_AGE',
    labels('Age group', 'Grupo de edad', "Groupe d'âge", 'Faixa etária'),
    true,
    ['Edad', 'Idade', 'Âge', 'Age', 'Grupos de edad', 'Tranche d’âge', "Tranche d'âge", 'Grupo etário'],
  ),
  CITIZENSHIP: dimension(
    'CITIZENSHIP',
    'CL_AREA',
    labels('Citizenship', 'Nacionalidad', 'Nationalité', 'Nacionalidade'),
    true,
    [
      'Ciudadanía',
      'País de nacionalidad',
      'País de nacionalidade',
      'Pays de nationalité',
      'Country of citizenship',
      'Nationality',
      'Cidadania',
    ],
  ),
  COUNTRY_OF_BIRTH: dimension(
    'COUNTRY_OF_BIRTH',
    'CL_AREA',
    labels('Country of birth', 'País de nacimiento', 'Pays de naissance', 'País de nascimento'),
    true,
    ['País de origen', 'Country of origin', "Pays d'origine", 'País de origem', 'Nacidos en', 'Born in'],
  ),
  COUNTERPART_AREA: dimension(
    'COUNTERPART_AREA',
    'CL_AREA',
    labels('Counterpart country', 'País contraparte', 'Pays partenaire', 'País contraparte'),
    true,
    [
      'País de destino',
      'Country of destination',
      'Pays de destination',
      'Destino',
      'Destination',
      'País de residencia anterior',
      'Country of previous residence',
      'Pays de résidence antérieure',
      'País de residência anterior',
    ],
  ),
  BIRTHPLACE: dimension(
    'BIRTHPLACE',
    'CL_BIRTHPLACE',
    labels('Place of birth', 'Lugar de nacimiento', 'Lieu de naissance', 'Local de nascimento'),
    true,
    ['Condición migratoria', 'Migrant status', 'Nativo/extranjero', 'Origen'],
  ),
  EDUCATION: dimension(
    'EDUCATION',
    'CL_EDUCATION',
    labels('Educational attainment', 'Nivel educativo', "Niveau d'instruction", 'Nível de escolaridade'),
    true,
    [
      'Education',
      'Educación',
      'Éducation',
      'Educação',
      'Nivel de instrucción',
      'Escolaridad',
      'Escolaridade',
      'Nível de instrução',
    ],
  ),
  ECON_ACTIVITY: dimension(
    'ECON_ACTIVITY',
    'CL_ACTIVITY',
    labels('Economic activity', 'Actividad económica', 'Activité économique', 'Atividade econômica'),
    true,
    [
      'Rama de actividad',
      'Sector',
      'Industry',
      'Secteur',
      'Setor',
      'Ramo de atividade',
      'CIIU',
      'ISIC',
      'CITI',
      'CNAE',
    ],
  ),
  OCCUPATION: dimension(
    'OCCUPATION',
    'CL_OCCUPATION',
    labels('Occupation', 'Ocupación', 'Profession', 'Ocupação'),
    true,
    ['Grupo ocupacional', 'Oficio', 'Métier', 'CIUO', 'ISCO', 'CITP', 'CBO'],
  ),
  LF_STATUS: dimension(
    'LF_STATUS',
    'CL_LF_STATUS',
    labels('Labour-force status', 'Condición de actividad', "Statut d'activité", 'Condição de atividade'),
    true,
    [
      'Situación laboral',
      'Labour force status',
      'Labor force status',
      'Situação na força de trabalho',
      'Activity status',
    ],
  ),
  MIG_CATEGORY: dimension(
    'MIG_CATEGORY',
    'CL_MIG_CATEGORY',
    labels('Category', 'Categoría', 'Catégorie', 'Categoria'),
    true,
    ['Category of entry', 'Categoría migratoria', 'Motivo', 'Motif', 'Tipo de residencia'],
  ),
  TEMP_PROGRAMME: dimension(
    'TEMP_PROGRAMME',
    'CL_TEMP_PROGRAMME',
    labels('Temporary programme', 'Programa temporal', 'Programme temporaire', 'Programa temporário'),
    true,
    ['Programa', 'Programme', 'Program', 'Tipo de permiso', 'Type de permis', 'Tipo de autorização'],
  ),
  PROGRAMME: dimension(
    'PROGRAMME',
    'CL_REG_PROGRAMME',
    labels(
      'Regularisation programme',
      'Programa de regularización',
      'Programme de régularisation',
      'Programa de regularização',
    ),
    true,
    ['Programa', 'Programme', 'Program'],
  ),
  STAGE: dimension('STAGE', 'CL_REG_STAGE', labels('Stage', 'Etapa', 'Étape', 'Etapa'), false, [
    'Resultado',
    'Trámite',
    'Outcome',
  ]),
  ASYLUM_STAGE: dimension(
    'ASYLUM_STAGE',
    'CL_ASYLUM_STAGE',
    labels('Procedure stage', 'Etapa del procedimiento', 'Étape de la procédure', 'Etapa do procedimento'),
    false,
    ['Etapa', 'Étape', 'Stage', 'Decisión', 'Decision', 'Décision', 'Decisão'],
  ),
  FLOW: dimension('FLOW', 'CL_FLOW', labels('Flow', 'Flujo', 'Flux', 'Fluxo'), false, [
    'Sentido',
    'Direction',
    'Crédito/débito',
  ]),
  COMPONENT: dimension(
    'COMPONENT',
    'CL_COMPONENT',
    labels('Component', 'Componente', 'Composante', 'Componente'),
    false,
    ['Variable', 'Concepto'],
  ),
} as const satisfies Record<string, DimensionDef>;

export type DimensionId = keyof typeof DIMENSIONS;
