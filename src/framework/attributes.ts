// What is said about a value besides the value: its status (an empty value must say why it is
// empty), its confidentiality, a footnote, its unit and, for survey cells, CV and sample size.
import { labels } from './labels.js';
import type { AttributeDef, MeasureDef } from './types.js';

export const OBS_VALUE: MeasureDef = {
  id: 'OBS_VALUE',
  names: labels('Value', 'Valor', 'Valeur', 'Valor'),
  aliases: [
    'OBS_VALUE',
    'Valor',
    'Valeur',
    'Value',
    'Cantidad',
    'Cifra',
    'Número',
    'Nombre',
    'Number',
    'Quantidade',
  ],
};

export const ATTRIBUTES: readonly AttributeDef[] = [
  {
    id: 'OBS_STATUS',
    codelist: 'CL_OBS_STATUS',
    names: labels(
      'Observation status',
      'Estado de la observación',
      "Statut de l'observation",
      'Estado da observação',
    ),
    aliases: [
      'OBS_STATUS',
      'Estado',
      'Status',
      'Statut',
      'Flag',
      'Bandera',
      'Marca',
      'Indicador de calidad',
      'Situação',
    ],
    attachment: 'observation',
  },
  {
    id: 'CONF_STATUS',
    codelist: 'CL_CONF_STATUS',
    names: labels(
      'Confidentiality status',
      'Estado de confidencialidad',
      'Statut de confidentialité',
      'Estado de confidencialidade',
    ),
    aliases: ['CONF_STATUS', 'Confidencialidad', 'Confidentiality', 'Confidentialité', 'Confidencialidade'],
    attachment: 'observation',
  },
  {
    id: 'OBS_NOTE',
    names: labels('Note', 'Nota', 'Note', 'Nota'),
    aliases: [
      'OBS_NOTE',
      'Nota',
      'Notas',
      'Note',
      'Notes',
      'Observaciones',
      'Observações',
      'Comentario',
      'Comment',
      'Footnote',
      'Remarque',
    ],
    attachment: 'observation',
  },
  {
    id: 'UNIT_MULT',
    codelist: 'CL_UNIT_MULT',
    names: labels(
      'Unit multiplier',
      'Multiplicador de unidad',
      "Multiplicateur d'unité",
      'Multiplicador de unidade',
    ),
    aliases: ['UNIT_MULT', 'Multiplicador', 'Multiplier', 'Multiplicateur'],
    attachment: 'dataset',
  },
  {
    id: 'UNIT_MEASURE',
    codelist: 'CL_UNIT_MEASURE',
    names: labels('Unit of measure', 'Unidad de medida', 'Unité de mesure', 'Unidade de medida'),
    aliases: ['UNIT_MEASURE', 'Unidad', 'Unidade', 'Unité', 'Unit'],
    attachment: 'dataset',
  },
  {
    id: 'CV',
    names: labels(
      'Coefficient of variation (%)',
      'Coeficiente de variación (%)',
      'Coefficient de variation (%)',
      'Coeficiente de variação (%)',
    ),
    aliases: [
      'CV',
      'CV %',
      'Coeficiente de variación',
      'Coefficient of variation',
      'Coefficient de variation',
      'Coeficiente de variação',
    ],
    attachment: 'observation',
  },
  {
    id: 'SAMPLE_N',
    names: labels(
      'Unweighted sample size',
      'Tamaño de muestra sin ponderar',
      "Taille de l'échantillon non pondérée",
      'Tamanho da amostra não ponderada',
    ),
    aliases: [
      'SAMPLE_N',
      'n',
      'Tamaño de muestra',
      'Muestra',
      'Casos',
      'Sample size',
      "Taille de l'échantillon",
      'Tamanho da amostra',
      'Casos amostrais',
    ],
    attachment: 'observation',
  },
];

/** Attributes of every table; survey tables add CV and SAMPLE_N. */
export const COMMON_ATTRIBUTES = ['OBS_STATUS', 'CONF_STATUS', 'OBS_NOTE', 'UNIT_MULT', 'UNIT_MEASURE'];
export const SURVEY_ATTRIBUTES = [...COMMON_ATTRIBUTES, 'CV', 'SAMPLE_N'];
