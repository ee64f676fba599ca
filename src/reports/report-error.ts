// Report problems are values with a stable code and a message in the reader's language; the
// route and the CLI map them to an HTTP status or an exit code. Nothing else is thrown on purpose.
import type { Labels, Lang } from '../framework/types.js';

export const REPORT_ERROR_MESSAGES = {
  UNKNOWN_COUNTRY: {
    en: '"{iso3}" is not an OAS member state.',
    es: '«{iso3}» no es un Estado miembro de la OEA.',
    fr: '« {iso3} » n’est pas un État membre de l’OEA.',
    pt: '"{iso3}" não é um Estado membro da OEA.',
  },
  NO_PUBLISHED_DATA: {
    en: 'No figures have been published for {scope} as of {at}.',
    es: 'No se han publicado cifras para {scope} al {at}.',
    fr: 'Aucun chiffre n’a été publié pour {scope} au {at}.',
    pt: 'Nenhum número foi publicado para {scope} em {at}.',
  },
  RELEASE_NOT_FOUND: {
    en: 'Release {id} does not exist or is not public yet.',
    es: 'La publicación {id} no existe o todavía no es pública.',
    fr: 'La publication {id} n’existe pas ou n’est pas encore publique.',
    pt: 'A publicação {id} não existe ou ainda não é pública.',
  },
  INVALID_AS_OF: {
    en: '"{value}" is not a date: give YYYY-MM-DD or an ISO 8601 time.',
    es: '«{value}» no es una fecha: indique AAAA-MM-DD o una hora ISO 8601.',
    fr: '« {value} » n’est pas une date : indiquez AAAA-MM-JJ ou une heure ISO 8601.',
    pt: '"{value}" não é uma data: informe AAAA-MM-DD ou um horário ISO 8601.',
  },
  AS_OF_IN_FUTURE: {
    en: 'The date {value} is in the future: a report can only be pinned to releases already public.',
    es: 'La fecha {value} es futura: un informe solo puede fijarse en publicaciones ya públicas.',
    fr: 'La date {value} est dans le futur : un rapport ne peut être figé que sur des publications déjà publiques.',
    pt: 'A data {value} está no futuro: um relatório só pode ser fixado em publicações já públicas.',
  },
  CONFLICTING_PIN: {
    en: 'Give either a date (asOf) or named releases, not both.',
    es: 'Indique una fecha (asOf) o publicaciones concretas, no ambas.',
    fr: 'Indiquez une date (asOf) ou des publications nommées, pas les deux.',
    pt: 'Informe uma data (asOf) ou publicações específicas, não ambas.',
  },
  INVALID_RELEASES: {
    en: '"{value}" is not a list of release ids (e.g. 3,5,8).',
    es: '«{value}» no es una lista de identificadores de publicación (p. ej., 3,5,8).',
    fr: '« {value} » n’est pas une liste d’identifiants de publication (p. ex. 3,5,8).',
    pt: '"{value}" não é uma lista de identificadores de publicação (p. ex., 3,5,8).',
  },
} satisfies Record<string, Labels>;

export type ReportErrorCode = keyof typeof REPORT_ERROR_MESSAGES;

/** HTTP status of each code: the caller asked for something that is not there or not valid. */
export const REPORT_ERROR_STATUS: Readonly<Record<ReportErrorCode, number>> = {
  UNKNOWN_COUNTRY: 404,
  NO_PUBLISHED_DATA: 404,
  RELEASE_NOT_FOUND: 404,
  INVALID_AS_OF: 400,
  AS_OF_IN_FUTURE: 400,
  CONFLICTING_PIN: 400,
  INVALID_RELEASES: 400,
};

export class ReportError extends Error {
  constructor(
    readonly code: ReportErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(formatReportError(code, 'en', params));
  }
}

export function formatReportError(
  code: ReportErrorCode,
  lang: Lang,
  params: Record<string, string | number> = {},
): string {
  const template = REPORT_ERROR_MESSAGES[code][lang];
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));
}
