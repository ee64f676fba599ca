// The demo's policy developments: real, documented measures of pilot countries, each citing the
// official text it comes from (publisher, title, date, address), summarised in SICREMI's own
// words, in the original language with a reviewed English translation. The address of Chile's
// 2018 regularisation is left empty: no official page for it could be checked when this was written.
import type { PolicyEventInput } from '../../workflow/policy-events/policy-event-input.js';

export interface DemoPolicyEvent {
  /** Stable key: loading the demo twice adds nothing. */
  key: string;
  event: PolicyEventInput;
  translations: { lang: string; title: string; summary: string }[];
}

export const DEMO_POLICY_EVENTS: readonly DemoPolicyEvent[] = [
  {
    key: 'COL-ETPV-2021',
    event: {
      country: 'COL',
      type: 'REGULARISATION',
      date: '2021-03-01',
      title: 'Estatuto Temporal de Protección para Migrantes Venezolanos (Decreto 216 de 2021)',
      summary:
        'Colombia crea un régimen de protección temporal de diez años para la población venezolana: quienes se inscriben en el Registro Único de Migrantes Venezolanos pueden obtener el Permiso por Protección Temporal (PPT), que permite residir y trabajar legalmente mientras se accede a una visa de residente.',
      lang: 'es',
      tables: ['MIG_STOCK_FB', 'MIG_INFLOW_PERM'],
      programme: 'COL_ETPV',
      source: {
        publisher:
          'Presidencia de la República de Colombia (texto en el Gestor Normativo de Función Pública)',
        title:
          'Decreto 216 de 2021, por medio del cual se adopta el Estatuto Temporal de Protección para Migrantes Venezolanos Bajo Régimen de Protección Temporal',
        date: '2021-03-01',
        url: 'https://www1.funcionpublica.gov.co/eva/gestornormativo/norma.php?i=159606',
      },
    },
    translations: [
      {
        lang: 'en',
        title: 'Temporary Protection Statute for Venezuelan Migrants (Decree 216 of 2021)',
        summary:
          'Colombia sets up a ten-year temporary protection regime for Venezuelans: those who enrol in the Single Registry of Venezuelan Migrants can obtain the Temporary Protection Permit (PPT), which lets them live and work legally while they move on to a resident visa.',
      },
    ],
  },
  {
    key: 'CHL-REGULARIZACION-2018',
    event: {
      country: 'CHL',
      type: 'REGULARISATION',
      date: '2018-04-23',
      endDate: '2018-07-22',
      title: 'Proceso de regularización extraordinaria de extranjeros',
      summary:
        'Chile abre un plazo para que las personas extranjeras en situación irregular que entraron al país hasta el 8 de abril de 2018 se inscriban y obtengan una visa temporaria de un año; quienes entraron por pasos no habilitados tuvieron 30 días, los demás 90 días.',
      lang: 'es',
      tables: ['MIG_STOCK_FB', 'MIG_INFLOW_PERM'],
      programme: 'CHL_REGULARIZACION_2018',
      source: {
        publisher:
          'Ministerio del Interior y Seguridad Pública de Chile, Departamento de Extranjería y Migración',
        title: 'Proceso de Regularización Extraordinaria 2018',
        date: '2018-04-09',
        url: null,
      },
    },
    translations: [
      {
        lang: 'en',
        title: 'Extraordinary regularisation of foreign nationals',
        summary:
          'Chile opens a window in which foreign nationals in an irregular situation who entered the country by 8 April 2018 can register and obtain a one-year temporary visa; those who entered through unauthorised crossings had 30 days, everyone else 90 days.',
      },
    ],
  },
  {
    key: 'BRA-LEI-13445-2017',
    event: {
      country: 'BRA',
      type: 'OTHER',
      date: '2017-05-24',
      title: 'Lei de Migração (Lei nº 13.445)',
      summary:
        'O Brasil substitui o Estatuto do Estrangeiro de 1980 por uma lei que trata o migrante como sujeito de direitos: define novos vistos e autorizações de residência, entre eles o visto temporário para acolhida humanitária, e regras de naturalização. A lei entrou em vigor em novembro de 2017.',
      lang: 'pt',
      tables: ['MIG_INFLOW_PERM', 'MIG_INFLOW_TEMP', 'MIG_NATURALISATION'],
      source: {
        publisher: 'Presidência da República do Brasil',
        title: 'Lei nº 13.445, de 24 de maio de 2017. Institui a Lei de Migração',
        date: '2017-05-24',
        url: 'https://www.planalto.gov.br/ccivil_03/_ato2015-2018/2017/lei/l13445.htm',
      },
    },
    translations: [
      {
        lang: 'en',
        title: 'Migration Law (Law 13,445)',
        summary:
          'Brazil replaces the 1980 Foreigners Statute with a law that treats migrants as holders of rights: it defines new visas and residence permits, among them a temporary visa for humanitarian reception, and rules for naturalisation. The law took effect in November 2017.',
      },
    ],
  },
  {
    key: 'CAN-LEVELS-2023-2025',
    event: {
      country: 'CAN',
      type: 'OTHER',
      date: '2022-11-01',
      title: '2023-2025 Immigration Levels Plan',
      summary:
        'Canada raises its permanent resident admission targets to 465,000 in 2023, 485,000 in 2024 and 500,000 in 2025, with more than half of planned admissions in the economic class to address labour shortages.',
      lang: 'en',
      tables: ['MIG_INFLOW_PERM'],
      source: {
        publisher: 'Immigration, Refugees and Citizenship Canada (IRCC)',
        title: 'CIMM – 2023-2025 Multi-Year Levels Plan – November 29, 2022',
        date: '2022-11-29',
        url: 'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/transparency/committees/cimm-nov-29-2022/2023-2025-multi-year-levels-plan.html',
      },
    },
    translations: [
      {
        lang: 'fr',
        title: 'Plan des niveaux d’immigration 2023-2025',
        summary:
          'Le Canada porte ses cibles d’admission de résidents permanents à 465 000 en 2023, 485 000 en 2024 et 500 000 en 2025, plus de la moitié des admissions prévues relevant de la catégorie économique pour répondre aux pénuries de main-d’œuvre.',
      },
    ],
  },
  {
    key: 'MEX-TVRH-2011',
    event: {
      country: 'MEX',
      type: 'VISA_REGIME',
      date: '2011-05-25',
      title: 'Ley de Migración: condición de estancia de visitante por razones humanitarias',
      summary:
        'La nueva Ley de Migración de México crea la condición de visitante por razones humanitarias (artículo 52, fracción V) para víctimas o testigos de delitos, niñas, niños y adolescentes no acompañados y solicitantes de refugio; su tarjeta permite permanecer en el país y trabajar de forma remunerada.',
      lang: 'es',
      tables: ['MIG_INFLOW_TEMP', 'MIG_ASYLUM'],
      source: {
        publisher: 'Diario Oficial de la Federación, Secretaría de Gobernación (México)',
        title: 'Decreto por el que se expide la Ley de Migración',
        date: '2011-05-25',
        url: 'https://www.dof.gob.mx/avisos/2028/SG250511/SG250511.htm',
      },
    },
    translations: [
      {
        lang: 'en',
        title: 'Migration Law: visitor status for humanitarian reasons',
        summary:
          "Mexico's new Migration Law creates the status of visitor for humanitarian reasons (article 52, section V) for victims or witnesses of crimes, unaccompanied children and asylum seekers; its card allows holders to stay in the country and work for pay.",
      },
    ],
  },
];
