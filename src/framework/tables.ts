// The fifteen tables (dataflows) correspondents report, FRAMEWORK §3. Every key runs REF_AREA
// first and TIME_PERIOD last; counts are persons (USD millions for remittances), survey tables
// in thousands; a table's completeness requires, each year, the cells at `_T` of every
// `requiredTotals` dimension for each sex.
import { COMMON_ATTRIBUTES, SURVEY_ATTRIBUTES } from './attributes.js';
import { DIMENSIONS, type DimensionId } from './dimensions.js';
import { labels } from './labels.js';
import type { Labels, TableDef } from './types.js';

interface TableSpec {
  names: Labels;
  descriptions: Labels;
  /** Breakdown dimensions, between REF_AREA and TIME_PERIOD, in key order. */
  by: DimensionId[];
  kind: TableDef['kind'];
  sources: string[];
  survey?: boolean;
  unitMultiplier?: number;
  unit?: TableDef['unit'];
  wide?: DimensionId;
  requiredTotals?: DimensionId[];
}

function defineTable(id: string, spec: TableSpec): TableDef {
  const survey = spec.survey ?? false;
  const breakdowns = spec.by.map((d) => DIMENSIONS[d]);
  return {
    id,
    names: spec.names,
    descriptions: spec.descriptions,
    dimensions: [DIMENSIONS.REF_AREA, ...breakdowns, DIMENSIONS.TIME_PERIOD],
    attributes: survey ? SURVEY_ATTRIBUTES : COMMON_ATTRIBUTES,
    unit: spec.unit ?? 'PS',
    unitMultiplier: spec.unitMultiplier ?? 0,
    kind: spec.kind,
    survey,
    typicalSources: spec.sources,
    wideDimension: spec.wide ?? 'TIME_PERIOD',
    // By default every breakdown with a total except SEX, which completeness iterates over.
    requiredTotals:
      spec.requiredTotals ?? breakdowns.filter((d) => d.hasTotal && d.id !== 'SEX').map((d) => d.id),
  };
}

export const TABLES: readonly TableDef[] = [
  defineTable('MIG_INFLOW_PERM', {
    names: labels(
      'Permanent-type inflows',
      'Entradas de tipo permanente',
      'Entrées à caractère permanent',
      'Entradas de tipo permanente',
    ),
    descriptions: labels(
      'Foreign nationals granted a first permanent or indefinitely renewable permit in the year, including in-country changes of status.',
      'Extranjeros que obtuvieron en el año un primer permiso permanente o renovable indefinidamente, incluidos los cambios de condición dentro del país.',
      "Étrangers ayant obtenu dans l'année un premier titre permanent ou indéfiniment renouvelable, y compris les changements de statut dans le pays.",
      'Estrangeiros que obtiveram no ano uma primeira autorização permanente ou renovável indefinidamente, incluídas as mudanças de condição no país.',
    ),
    by: ['CITIZENSHIP', 'SEX', 'MIG_CATEGORY'],
    kind: 'flow',
    sources: ['PERMIT', 'VISA'],
  }),
  defineTable('MIG_INFLOW_TEMP', {
    names: labels('Temporary inflows', 'Entradas temporales', 'Entrées temporaires', 'Entradas temporárias'),
    descriptions: labels(
      'Foreign nationals granted a non-renewable or limited-renewable permit in the year, by programme.',
      'Extranjeros que obtuvieron en el año un permiso no renovable o de renovación limitada, por programa.',
      "Étrangers ayant obtenu dans l'année un titre non renouvelable ou à renouvellement limité, par programme.",
      'Estrangeiros que obtiveram no ano uma autorização não renovável ou de renovação limitada, por programa.',
    ),
    by: ['CITIZENSHIP', 'SEX', 'TEMP_PROGRAMME'],
    kind: 'flow',
    sources: ['VISA', 'PERMIT'],
  }),
  defineTable('MIG_REGULARISATION', {
    names: labels(
      'Regularisation programmes',
      'Programas de regularización',
      'Programmes de régularisation',
      'Programas de regularização',
    ),
    descriptions: labels(
      'Applications lodged, granted and rejected in the year under each regularisation programme.',
      'Solicitudes presentadas, otorgadas y rechazadas en el año en cada programa de regularización.',
      "Demandes déposées, accordées et rejetées dans l'année au titre de chaque programme de régularisation.",
      'Pedidos apresentados, concedidos e indeferidos no ano em cada programa de regularização.',
    ),
    by: ['CITIZENSHIP', 'SEX', 'PROGRAMME', 'STAGE'],
    kind: 'flow',
    sources: ['PERMIT'],
  }),
  defineTable('MIG_ASYLUM', {
    names: labels('Asylum', 'Asilo', 'Asile', 'Asilo'),
    descriptions: labels(
      'Asylum applications lodged, decisions taken in the year and cases pending at year end.',
      'Solicitudes de asilo presentadas, decisiones adoptadas en el año y casos pendientes al cierre del año.',
      "Demandes d'asile déposées, décisions prises dans l'année et dossiers en instance en fin d'année.",
      'Pedidos de asilo apresentados, decisões tomadas no ano e casos pendentes no fim do ano.',
    ),
    by: ['CITIZENSHIP', 'SEX', 'ASYLUM_STAGE'],
    kind: 'flow',
    sources: ['PERMIT'],
  }),
  defineTable('MIG_STOCK_FB', {
    names: labels(
      'Foreign-born population',
      'Población nacida en el extranjero',
      "Population née à l'étranger",
      'População nascida no exterior',
    ),
    descriptions: labels(
      'Residents born abroad at the reference date, by country of birth, sex and age.',
      'Residentes nacidos en el extranjero en la fecha de referencia, por país de nacimiento, sexo y edad.',
      "Résidents nés à l'étranger à la date de référence, par pays de naissance, sexe et âge.",
      'Residentes nascidos no exterior na data de referência, por país de nascimento, sexo e idade.',
    ),
    by: ['COUNTRY_OF_BIRTH', 'SEX', 'AGE'],
    kind: 'stock',
    sources: ['CENSUS', 'POP_REGISTER', 'LFS'],
    wide: 'SEX',
  }),
  defineTable('MIG_STOCK_FN', {
    names: labels(
      'Foreign nationals',
      'Población extranjera',
      'Population étrangère',
      'População estrangeira',
    ),
    descriptions: labels(
      'Residents who are not citizens of the country at the reference date, by citizenship, sex and age.',
      'Residentes que no son nacionales del país en la fecha de referencia, por nacionalidad, sexo y edad.',
      'Résidents qui ne sont pas citoyens du pays à la date de référence, par nationalité, sexe et âge.',
      'Residentes que não são nacionais do país na data de referência, por nacionalidade, sexo e idade.',
    ),
    by: ['CITIZENSHIP', 'SEX', 'AGE'],
    kind: 'stock',
    sources: ['CENSUS', 'PERMIT'],
    wide: 'SEX',
  }),
  defineTable('MIG_NATURALISATION', {
    names: labels(
      'Acquisitions of nationality',
      'Adquisiciones de nacionalidad',
      'Acquisitions de nationalité',
      'Aquisições de nacionalidade',
    ),
    descriptions: labels(
      'Foreign nationals who acquired the nationality of the country in the year, by former citizenship.',
      'Extranjeros que adquirieron la nacionalidad del país en el año, por nacionalidad anterior.',
      "Étrangers ayant acquis la nationalité du pays dans l'année, par nationalité antérieure.",
      'Estrangeiros que adquiriram a nacionalidade do país no ano, por nacionalidade anterior.',
    ),
    by: ['CITIZENSHIP', 'SEX'],
    kind: 'flow',
    sources: ['POP_REGISTER'],
  }),
  defineTable('MIG_EMIGRATION', {
    names: labels(
      'Emigration of nationals',
      'Emigración de nacionales',
      'Émigration des nationaux',
      'Emigração de nacionais',
    ),
    descriptions: labels(
      'Nationals who left to live abroad in the year, by country of destination.',
      'Nacionales que salieron a residir en el extranjero en el año, por país de destino.',
      "Nationaux partis s'établir à l'étranger dans l'année, par pays de destination.",
      'Nacionais que saíram para residir no exterior no ano, por país de destino.',
    ),
    by: ['COUNTERPART_AREA', 'SEX'],
    kind: 'flow',
    sources: ['BORDER', 'MIRROR'],
  }),
  defineTable('LAB_STATUS', {
    names: labels(
      'Labour-force status',
      'Condición de actividad',
      "Statut d'activité",
      'Condição de atividade',
    ),
    descriptions: labels(
      'Population aged 15 and over by place of birth, sex, age, education and labour-force status (thousands).',
      'Población de 15 años y más por lugar de nacimiento, sexo, edad, nivel educativo y condición de actividad (miles).',
      "Population de 15 ans ou plus par lieu de naissance, sexe, âge, niveau d'instruction et statut d'activité (milliers).",
      'População de 15 anos ou mais por local de nascimento, sexo, idade, escolaridade e condição de atividade (milhares).',
    ),
    by: ['BIRTHPLACE', 'SEX', 'AGE', 'EDUCATION', 'LF_STATUS'],
    kind: 'stock',
    sources: ['LFS'],
    survey: true,
    unitMultiplier: 3,
    wide: 'SEX',
  }),
  defineTable('LAB_ACTIVITY', {
    names: labels(
      'Employment by economic activity',
      'Ocupados por actividad económica',
      'Emploi par activité économique',
      'Ocupados por atividade econômica',
    ),
    descriptions: labels(
      'Employed persons by place of birth, sex and ISIC Rev.4 section (thousands).',
      'Personas ocupadas por lugar de nacimiento, sexo y sección de la CIIU Rev.4 (miles).',
      'Personnes en emploi par lieu de naissance, sexe et section de la CITI rév.4 (milliers).',
      'Pessoas ocupadas por local de nascimento, sexo e seção da CIIU Rev.4 (milhares).',
    ),
    by: ['BIRTHPLACE', 'SEX', 'ECON_ACTIVITY'],
    kind: 'stock',
    sources: ['LFS'],
    survey: true,
    unitMultiplier: 3,
    wide: 'SEX',
  }),
  defineTable('LAB_OCCUPATION', {
    names: labels(
      'Employment by occupation',
      'Ocupados por ocupación',
      'Emploi par profession',
      'Ocupados por ocupação',
    ),
    descriptions: labels(
      'Employed persons by place of birth, sex and ISCO-08 major group (thousands).',
      'Personas ocupadas por lugar de nacimiento, sexo y gran grupo de la CIUO-08 (miles).',
      'Personnes en emploi par lieu de naissance, sexe et grand groupe de la CITP-08 (milliers).',
      'Pessoas ocupadas por local de nascimento, sexo e grande grupo da CIUO-08 (milhares).',
    ),
    by: ['BIRTHPLACE', 'SEX', 'OCCUPATION'],
    kind: 'stock',
    sources: ['LFS'],
    survey: true,
    unitMultiplier: 3,
    wide: 'SEX',
  }),
  defineTable('LAB_WORK_PERMITS', {
    names: labels(
      'Work permits issued',
      'Permisos de trabajo otorgados',
      'Permis de travail délivrés',
      'Autorizações de trabalho concedidas',
    ),
    descriptions: labels(
      'Work permits issued to foreign nationals in the year, by citizenship, sex, occupation and economic activity.',
      'Permisos de trabajo otorgados a extranjeros en el año, por nacionalidad, sexo, ocupación y actividad económica.',
      "Permis de travail délivrés à des étrangers dans l'année, par nationalité, sexe, profession et activité économique.",
      'Autorizações de trabalho concedidas a estrangeiros no ano, por nacionalidade, sexo, ocupação e atividade econômica.',
    ),
    by: ['CITIZENSHIP', 'SEX', 'OCCUPATION', 'ECON_ACTIVITY'],
    kind: 'flow',
    sources: ['PERMIT'],
  }),
  defineTable('MIG_RETURN', {
    names: labels('Return migration', 'Migración de retorno', 'Migration de retour', 'Migração de retorno'),
    descriptions: labels(
      'Nationals who returned to live in the country, by country of previous residence.',
      'Nacionales que regresaron a residir en el país, por país de residencia anterior.',
      'Nationaux revenus résider dans le pays, par pays de résidence antérieure.',
      'Nacionais que retornaram para residir no país, por país de residência anterior.',
    ),
    by: ['COUNTERPART_AREA', 'SEX'],
    kind: 'flow',
    sources: ['CENSUS', 'LFS'],
  }),
  defineTable('ECO_REMITTANCES', {
    names: labels(
      'Personal remittances',
      'Remesas personales',
      'Envois de fonds personnels',
      'Remessas pessoais',
    ),
    descriptions: labels(
      'Personal transfers (BPM6) received and sent, in millions of US dollars.',
      'Transferencias personales (MBP6) recibidas y enviadas, en millones de dólares estadounidenses.',
      'Transferts personnels (MBP6) reçus et envoyés, en millions de dollars des États-Unis.',
      'Transferências pessoais (BPM6) recebidas e enviadas, em milhões de dólares americanos.',
    ),
    by: ['FLOW'],
    kind: 'flow',
    sources: ['ESTIMATE'],
    unit: 'USD_M',
    unitMultiplier: 6,
  }),
  defineTable('POP_CONTEXT', {
    names: labels(
      'Population and components of change',
      'Población y componentes del cambio',
      'Population et composantes de son évolution',
      'População e componentes da variação',
    ),
    descriptions: labels(
      'Mid-year population, and births, deaths and net migration in the year.',
      'Población a mitad de año, y nacimientos, defunciones y migración neta del año.',
      "Population en milieu d'année, et naissances, décès et solde migratoire de l'année.",
      'População no meio do ano, e nascimentos, óbitos e migração líquida do ano.',
    ),
    by: ['COMPONENT'],
    kind: 'stock',
    sources: ['CENSUS', 'POP_REGISTER', 'ESTIMATE'],
  }),
];
