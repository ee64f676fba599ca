// The few fixed phrases of the text report, in the four languages.
import type { Labels, Lang } from '../../framework/types.js';

const TEXTS = {
  read: {
    en: '{rows} data rows read, {observations} observations.',
    es: '{rows} filas de datos leídas, {observations} observaciones.',
    fr: '{rows} lignes de données lues, {observations} observations.',
    pt: '{rows} linhas de dados lidas, {observations} observações.',
  },
  understood: {
    en: 'Read as',
    es: 'Leído como',
    fr: 'Lu comme',
    pt: 'Lido como',
  },
  defaults: {
    en: 'Not in the file, taken as',
    es: 'Ausente del archivo, se tomó',
    fr: 'Absent du fichier, pris comme',
    pt: 'Ausente do arquivo, tomado como',
  },
  summary: {
    en: '{errors} errors, {warnings} warnings, {infos} notes.',
    es: '{errors} errores, {warnings} advertencias, {infos} notas.',
    fr: '{errors} erreurs, {warnings} avertissements, {infos} remarques.',
    pt: '{errors} erros, {warnings} avisos, {infos} notas.',
  },
  row: { en: 'row', es: 'fila', fr: 'ligne', pt: 'linha' },
  delimiter: { en: 'delimiter', es: 'separador', fr: 'séparateur', pt: 'separador' },
  decimal: { en: 'decimal mark', es: 'separador decimal', fr: 'séparateur décimal', pt: 'separador decimal' },
  sheet: { en: 'sheet', es: 'hoja', fr: 'feuille', pt: 'planilha' },
  header: {
    en: 'header on row',
    es: 'encabezado en la fila',
    fr: 'en-tête à la ligne',
    pt: 'cabeçalho na linha',
  },
  long: { en: 'long layout', es: 'formato largo', fr: 'format long', pt: 'formato longo' },
  wide: { en: 'wide layout by', es: 'formato ancho por', fr: 'format large par', pt: 'formato largo por' },
  groups: {
    en: 'Warnings to justify, by cause ({groups} groups; one justification covers a group):',
    es: 'Advertencias por justificar, por causa ({groups} grupos; una justificación cubre un grupo):',
    fr: 'Avertissements à justifier, par cause ({groups} groupes ; une justification couvre un groupe) :',
    pt: 'Avisos a justificar, por causa ({groups} grupos; uma justificativa cobre um grupo):',
  },
  clean: {
    en: 'No errors: the file can be imported.',
    es: 'Sin errores: el archivo puede importarse.',
    fr: 'Aucune erreur : le fichier peut être importé.',
    pt: 'Sem erros: o arquivo pode ser importado.',
  },
} satisfies Record<string, Labels>;

export function reportText(
  name: keyof typeof TEXTS,
  lang: Lang,
  values: Record<string, string | number> = {},
) {
  return TEXTS[name][lang].replace(/\{(\w+)\}/g, (whole, slot: string) => String(values[slot] ?? whole));
}
