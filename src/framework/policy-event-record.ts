// A policy development is reported as a record, not as figures: one event of one country, at a
// date or over a period, of one CL_POLICY_TYPE, with the tables whose series it may move and the
// official source it comes from. A regularisation links to its rows of MIG_REGULARISATION through
// its CL_REG_PROGRAMME code. Written in the correspondent's language; translations are added apart.
import { labels } from './labels.js';
import type { RecordDef } from './types.js';

export const POLICY_EVENT_RECORD: RecordDef = {
  id: 'POLICY_EVENT',
  names: labels('Policy development', 'Novedad normativa', 'Évolution des politiques', 'Novidade normativa'),
  descriptions: labels(
    'A change in migration policy (law, programme, visa regime, agreement, procedure) that may explain a movement in the series.',
    'Un cambio en la política migratoria (ley, programa, régimen de visados, acuerdo, procedimiento) que puede explicar un movimiento de las series.',
    'Un changement de politique migratoire (loi, programme, régime de visas, accord, procédure) qui peut expliquer un mouvement des séries.',
    'Uma mudança na política migratória (lei, programa, regime de vistos, acordo, procedimento) que pode explicar um movimento das séries.',
  ),
  fields: [
    {
      id: 'COUNTRY',
      names: labels('Country', 'País', 'Pays', 'País'),
      type: 'code',
      codelist: 'CL_AREA',
      required: true,
    },
    {
      id: 'DATE',
      names: labels('Date', 'Fecha', 'Date', 'Data'),
      type: 'date',
      required: true,
      notes: labels(
        'YYYY, YYYY-MM or YYYY-MM-DD: when the measure took effect (or began).',
        'AAAA, AAAA-MM o AAAA-MM-DD: cuándo entró en vigor (o empezó) la medida.',
        'AAAA, AAAA-MM ou AAAA-MM-JJ : entrée en vigueur (ou début) de la mesure.',
        'AAAA, AAAA-MM ou AAAA-MM-DD: quando a medida entrou em vigor (ou começou).',
      ),
    },
    {
      id: 'END_DATE',
      names: labels('End date', 'Fecha de fin', 'Date de fin', 'Data de término'),
      type: 'date',
      required: false,
      notes: labels(
        'For a period (e.g. a regularisation window); not before DATE.',
        'Para un período (p. ej. un plazo de regularización); no anterior a la fecha.',
        'Pour une période (p. ex. une fenêtre de régularisation) ; pas avant la date.',
        'Para um período (p. ex. um prazo de regularização); não antes da data.',
      ),
    },
    {
      id: 'TYPE',
      names: labels('Type', 'Tipo', 'Type', 'Tipo'),
      type: 'code',
      codelist: 'CL_POLICY_TYPE',
      required: true,
    },
    {
      id: 'TITLE',
      names: labels('Title', 'Título', 'Titre', 'Título'),
      type: 'text',
      required: true,
      maxLength: 300,
    },
    {
      id: 'SUMMARY',
      names: labels('Summary', 'Resumen', 'Résumé', 'Resumo'),
      type: 'text',
      required: true,
      maxLength: 4000,
    },
    {
      id: 'TABLES',
      names: labels('Tables affected', 'Cuadros afectados', 'Tableaux concernés', 'Tabelas afetadas'),
      type: 'tables',
      required: false,
    },
    {
      id: 'PROGRAMME',
      names: labels(
        'Regularisation programme',
        'Programa de regularización',
        'Programme de régularisation',
        'Programa de regularização',
      ),
      type: 'code',
      codelist: 'CL_REG_PROGRAMME',
      required: false,
      notes: labels(
        'REGULARISATION only: links the event to its rows of MIG_REGULARISATION.',
        'Solo REGULARISATION: vincula la novedad con sus filas de MIG_REGULARISATION.',
        'REGULARISATION seulement : relie l’événement à ses lignes de MIG_REGULARISATION.',
        'Somente REGULARISATION: liga o evento às suas linhas de MIG_REGULARISATION.',
      ),
    },
    {
      id: 'SOURCE_PUBLISHER',
      names: labels('Source: publisher', 'Fuente: editor', 'Source : éditeur', 'Fonte: editor'),
      type: 'text',
      required: true,
      maxLength: 300,
    },
    {
      id: 'SOURCE_TITLE',
      names: labels('Source: title', 'Fuente: título', 'Source : titre', 'Fonte: título'),
      type: 'text',
      required: true,
      maxLength: 500,
    },
    {
      id: 'SOURCE_DATE',
      names: labels('Source: date', 'Fuente: fecha', 'Source : date', 'Fonte: data'),
      type: 'date',
      required: false,
    },
    {
      id: 'SOURCE_URL',
      names: labels('Source: address', 'Fuente: dirección', 'Source : adresse', 'Fonte: endereço'),
      type: 'url',
      required: false,
      maxLength: 1000,
    },
    {
      id: 'LANGUAGE',
      names: labels('Language of the text', 'Idioma del texto', 'Langue du texte', 'Idioma do texto'),
      type: 'lang',
      required: true,
    },
  ],
};
