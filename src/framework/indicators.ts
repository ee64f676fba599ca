// The indicators of FRAMEWORK §7, computed from reported observations only. Rates compare
// foreign-born (FB) with native-born (NB) aged 15–64 unless stated; an indicator inherits the
// worst status of its inputs (E, P, B, U propagate) and is never computed from suppressed ones.
import { labels } from './labels.js';
import type { IndicatorDef, Labels } from './types.js';

function indicator(
  id: string,
  unit: IndicatorDef['unit'],
  inputs: string[],
  names: Labels,
  formula: Labels,
  notes?: Labels,
): IndicatorDef {
  return { id, names, formula, unit, inputs, ...(notes ? { notes } : {}) };
}

const FB_NB = labels(
  'Foreign-born and native-born, aged 15–64.',
  'Nacidos en el extranjero y en el país, de 15 a 64 años.',
  "Nés à l'étranger et nés dans le pays, de 15 à 64 ans.",
  'Nascidos no exterior e no país, de 15 a 64 anos.',
);
const GAP = labels(
  'Percentage points, by sex and education.',
  'Puntos porcentuales, por sexo y nivel educativo.',
  "Points de pourcentage, par sexe et niveau d'instruction.",
  'Pontos percentuais, por sexo e escolaridade.',
);

export const INDICATORS: readonly IndicatorDef[] = [
  indicator(
    'INFLOW_RATE',
    'per_1000',
    ['MIG_INFLOW_PERM', 'POP_CONTEXT'],
    labels(
      'Permanent-type inflow rate',
      'Tasa de entradas de tipo permanente',
      "Taux d'entrées à caractère permanent",
      'Taxa de entradas de tipo permanente',
    ),
    labels(
      'Permanent-type inflows (_T) ÷ mid-year population × 1,000',
      'Entradas de tipo permanente (_T) ÷ población a mitad de año × 1.000',
      "Entrées à caractère permanent (_T) ÷ population en milieu d'année × 1 000",
      'Entradas de tipo permanente (_T) ÷ população no meio do ano × 1.000',
    ),
    labels(
      'Temporary inflows are reported separately.',
      'Las entradas temporales se informan por separado.',
      'Les entrées temporaires sont présentées séparément.',
      'As entradas temporárias são informadas separadamente.',
    ),
  ),
  indicator(
    'CATEGORY_SHARE',
    'percent',
    ['MIG_INFLOW_PERM'],
    labels(
      'Share of inflows by category',
      'Proporción de entradas por categoría',
      'Part des entrées par catégorie',
      'Proporção de entradas por categoria',
    ),
    labels(
      'Inflows in the category ÷ inflows (_T) × 100',
      'Entradas en la categoría ÷ entradas (_T) × 100',
      'Entrées de la catégorie ÷ entrées (_T) × 100',
      'Entradas na categoria ÷ entradas (_T) × 100',
    ),
  ),
  indicator(
    'CHANGE_PCT',
    'percent',
    [],
    labels(
      'Change on previous year',
      'Variación respecto del año anterior',
      "Variation par rapport à l'année précédente",
      'Variação em relação ao ano anterior',
    ),
    labels(
      '(Xₜ − Xₜ₋₁) ÷ Xₜ₋₁ × 100',
      '(Xₜ − Xₜ₋₁) ÷ Xₜ₋₁ × 100',
      '(Xₜ − Xₜ₋₁) ÷ Xₜ₋₁ × 100',
      '(Xₜ − Xₜ₋₁) ÷ Xₜ₋₁ × 100',
    ),
    labels(
      'Applies to any series.',
      'Se aplica a cualquier serie.',
      "S'applique à toute série.",
      'Aplica-se a qualquer série.',
    ),
  ),
  indicator(
    'FB_SHARE',
    'percent',
    ['MIG_STOCK_FB', 'POP_CONTEXT'],
    labels(
      'Foreign-born share of the population',
      'Proporción de nacidos en el extranjero',
      "Part des personnes nées à l'étranger",
      'Proporção de nascidos no exterior',
    ),
    labels(
      'Foreign-born stock ÷ mid-year population × 100',
      'Población nacida en el extranjero ÷ población a mitad de año × 100',
      "Population née à l'étranger ÷ population en milieu d'année × 100",
      'População nascida no exterior ÷ população no meio do ano × 100',
    ),
  ),
  indicator(
    'NATURALISATION_RATE',
    'percent',
    ['MIG_NATURALISATION', 'MIG_STOCK_FN'],
    labels(
      'Naturalisation rate',
      'Tasa de naturalización',
      'Taux de naturalisation',
      'Taxa de naturalização',
    ),
    labels(
      'Acquisitions in t ÷ foreign nationals at end of t−1 × 100',
      'Adquisiciones en t ÷ extranjeros al final de t−1 × 100',
      'Acquisitions en t ÷ étrangers à la fin de t−1 × 100',
      'Aquisições em t ÷ estrangeiros no fim de t−1 × 100',
    ),
  ),
  indicator(
    'RECOGNITION_RATE',
    'percent',
    ['MIG_ASYLUM'],
    labels(
      'Refugee recognition rate',
      'Tasa de reconocimiento de refugiados',
      'Taux de reconnaissance du statut de réfugié',
      'Taxa de reconhecimento de refugiados',
    ),
    labels(
      'DEC_CONV ÷ (DEC_CONV + DEC_COMPL + DEC_REJ) × 100',
      'DEC_CONV ÷ (DEC_CONV + DEC_COMPL + DEC_REJ) × 100',
      'DEC_CONV ÷ (DEC_CONV + DEC_COMPL + DEC_REJ) × 100',
      'DEC_CONV ÷ (DEC_CONV + DEC_COMPL + DEC_REJ) × 100',
    ),
    labels(
      'Total protection rate: (DEC_CONV + DEC_COMPL) over the same denominator.',
      'Tasa total de protección: (DEC_CONV + DEC_COMPL) sobre el mismo denominador.',
      'Taux total de protection : (DEC_CONV + DEC_COMPL) sur le même dénominateur.',
      'Taxa total de proteção: (DEC_CONV + DEC_COMPL) sobre o mesmo denominador.',
    ),
  ),
  indicator(
    'PARTICIPATION_RATE',
    'percent',
    ['LAB_STATUS'],
    labels(
      'Labour-force participation rate',
      'Tasa de participación',
      "Taux d'activité",
      'Taxa de participação',
    ),
    labels(
      '(EMP + UNE) ÷ POP × 100',
      '(EMP + UNE) ÷ POB × 100',
      '(EMP + UNE) ÷ POP × 100',
      '(EMP + UNE) ÷ POP × 100',
    ),
    FB_NB,
  ),
  indicator(
    'EMPLOYMENT_RATE',
    'percent',
    ['LAB_STATUS'],
    labels('Employment rate', 'Tasa de ocupación', "Taux d'emploi", 'Taxa de ocupação'),
    labels('EMP ÷ POP × 100', 'EMP ÷ POB × 100', 'EMP ÷ POP × 100', 'EMP ÷ POP × 100'),
    FB_NB,
  ),
  indicator(
    'UNEMPLOYMENT_RATE',
    'percent',
    ['LAB_STATUS'],
    labels('Unemployment rate', 'Tasa de desocupación', 'Taux de chômage', 'Taxa de desocupação'),
    labels(
      'UNE ÷ (EMP + UNE) × 100',
      'UNE ÷ (EMP + UNE) × 100',
      'UNE ÷ (EMP + UNE) × 100',
      'UNE ÷ (EMP + UNE) × 100',
    ),
    FB_NB,
  ),
  indicator(
    'GAP_PARTICIPATION_RATE',
    'pp',
    ['LAB_STATUS'],
    labels(
      'Participation gap, foreign-born minus native-born',
      'Brecha de participación, nacidos en el extranjero menos nativos',
      "Écart de taux d'activité, nés à l'étranger moins natifs",
      'Diferença de participação, nascidos no exterior menos nativos',
    ),
    labels(
      'PARTICIPATION_RATE(FB) − PARTICIPATION_RATE(NB)',
      'PARTICIPATION_RATE(FB) − PARTICIPATION_RATE(NB)',
      'PARTICIPATION_RATE(FB) − PARTICIPATION_RATE(NB)',
      'PARTICIPATION_RATE(FB) − PARTICIPATION_RATE(NB)',
    ),
    GAP,
  ),
  indicator(
    'GAP_EMPLOYMENT_RATE',
    'pp',
    ['LAB_STATUS'],
    labels(
      'Employment gap, foreign-born minus native-born',
      'Brecha de ocupación, nacidos en el extranjero menos nativos',
      "Écart de taux d'emploi, nés à l'étranger moins natifs",
      'Diferença de ocupação, nascidos no exterior menos nativos',
    ),
    labels(
      'EMPLOYMENT_RATE(FB) − EMPLOYMENT_RATE(NB)',
      'EMPLOYMENT_RATE(FB) − EMPLOYMENT_RATE(NB)',
      'EMPLOYMENT_RATE(FB) − EMPLOYMENT_RATE(NB)',
      'EMPLOYMENT_RATE(FB) − EMPLOYMENT_RATE(NB)',
    ),
    GAP,
  ),
  indicator(
    'GAP_UNEMPLOYMENT_RATE',
    'pp',
    ['LAB_STATUS'],
    labels(
      'Unemployment gap, foreign-born minus native-born',
      'Brecha de desocupación, nacidos en el extranjero menos nativos',
      'Écart de taux de chômage, nés à l’étranger moins natifs',
      'Diferença de desocupação, nascidos no exterior menos nativos',
    ),
    labels(
      'UNEMPLOYMENT_RATE(FB) − UNEMPLOYMENT_RATE(NB)',
      'UNEMPLOYMENT_RATE(FB) − UNEMPLOYMENT_RATE(NB)',
      'UNEMPLOYMENT_RATE(FB) − UNEMPLOYMENT_RATE(NB)',
      'UNEMPLOYMENT_RATE(FB) − UNEMPLOYMENT_RATE(NB)',
    ),
    GAP,
  ),
  indicator(
    'MIGRANT_SHARE_EMP',
    'percent',
    ['LAB_STATUS'],
    labels(
      'Foreign-born share of employment',
      'Proporción de nacidos en el extranjero entre los ocupados',
      "Part des personnes nées à l'étranger dans l'emploi",
      'Proporção de nascidos no exterior entre os ocupados',
    ),
    labels(
      'FB employed ÷ total employed × 100',
      'Ocupados FB ÷ total de ocupados × 100',
      'Personnes en emploi FB ÷ total en emploi × 100',
      'Ocupados FB ÷ total de ocupados × 100',
    ),
  ),
  indicator(
    'SECTOR_REPRESENTATION',
    'ratio',
    ['LAB_ACTIVITY'],
    labels(
      'Sector representation of the foreign-born',
      'Representación sectorial de los nacidos en el extranjero',
      "Représentation sectorielle des personnes nées à l'étranger",
      'Representação setorial dos nascidos no exterior',
    ),
    labels(
      '(FB in section ÷ FB employed) ÷ (NB in section ÷ NB employed)',
      '(FB en la sección ÷ FB ocupados) ÷ (NB en la sección ÷ NB ocupados)',
      '(FB dans la section ÷ FB en emploi) ÷ (NB dans la section ÷ NB en emploi)',
      '(FB na seção ÷ FB ocupados) ÷ (NB na seção ÷ NB ocupados)',
    ),
    labels(
      'Above 1: the foreign-born are over-represented in the section.',
      'Mayor que 1: los nacidos en el extranjero están sobrerrepresentados en la sección.',
      "Supérieur à 1 : les personnes nées à l'étranger sont surreprésentées dans la section.",
      'Acima de 1: os nascidos no exterior estão sobrerrepresentados na seção.',
    ),
  ),
  indicator(
    'OVERQUALIFICATION',
    'percent',
    ['LAB_STATUS', 'LAB_OCCUPATION'],
    labels(
      'Over-qualification rate of the foreign-born',
      'Tasa de sobrecalificación de los nacidos en el extranjero',
      "Taux de surqualification des personnes nées à l'étranger",
      'Taxa de sobrequalificação dos nascidos no exterior',
    ),
    labels(
      'Tertiary-educated FB employed in OC4–OC9 ÷ tertiary-educated FB employed × 100',
      'FB ocupados con educación terciaria en OC4–OC9 ÷ FB ocupados con educación terciaria × 100',
      'FB en emploi diplômés du supérieur en OC4–OC9 ÷ FB en emploi diplômés du supérieur × 100',
      'FB ocupados com ensino superior em OC4–OC9 ÷ FB ocupados com ensino superior × 100',
    ),
    labels(
      'Needs education by occupation; omitted where not reported.',
      'Requiere el cruce de educación por ocupación; se omite si no se informa.',
      "Nécessite le croisement instruction × profession ; omis s'il n'est pas déclaré.",
      'Requer o cruzamento escolaridade × ocupação; omitido se não for informado.',
    ),
  ),
  indicator(
    'EMIGRATION_RATE',
    'percent',
    ['MIG_EMIGRATION', 'LAB_STATUS'],
    labels('Emigration rate', 'Tasa de emigración', "Taux d'émigration", 'Taxa de emigração'),
    labels(
      'Emigrants ÷ (emigrants + resident native-born) × 100, both 15+',
      'Emigrantes ÷ (emigrantes + nativos residentes) × 100, ambos de 15+',
      'Émigrés ÷ (émigrés + natifs résidents) × 100, tous deux 15+',
      'Emigrantes ÷ (emigrantes + nativos residentes) × 100, ambos 15+',
    ),
    labels(
      'Ages 15 and over.',
      'Personas de 15 años y más.',
      'Personnes de 15 ans ou plus.',
      'Pessoas de 15 anos ou mais.',
    ),
  ),
  indicator(
    'REMITTANCES_GDP',
    'percent',
    ['ECO_REMITTANCES'],
    labels(
      'Remittances received as share of GDP',
      'Remesas recibidas en proporción del PIB',
      'Envois de fonds reçus en part du PIB',
      'Remessas recebidas em proporção do PIB',
    ),
    labels('Credits ÷ GDP × 100', 'Créditos ÷ PIB × 100', 'Crédits ÷ PIB × 100', 'Créditos ÷ PIB × 100'),
    labels(
      'GDP from context data.',
      'PIB tomado de los datos de contexto.',
      'PIB issu des données de contexte.',
      'PIB obtido dos dados de contexto.',
    ),
  ),
];
