// API errors are values with a stable code, an HTTP status and a message in the caller's language.
// The body is always {error: {code, message, details?}}; clients branch on `code`, people read `message`.
import type { Labels, Lang } from '../framework/types.js';

export const API_ERROR_MESSAGES = {
  NOT_FOUND: {
    en: 'No such resource: {path}.',
    es: 'No existe el recurso: {path}.',
    fr: 'Ressource introuvable : {path}.',
    pt: 'Recurso inexistente: {path}.',
  },
  TABLE_NOT_FOUND: {
    en: 'No table "{id}" in the framework.',
    es: 'No hay ninguna tabla «{id}» en el marco.',
    fr: 'Aucun tableau « {id} » dans le cadre.',
    pt: 'Não há tabela "{id}" no quadro.',
  },
  CODELIST_NOT_FOUND: {
    en: 'No code list "{id}" in the framework.',
    es: 'No hay ninguna lista de códigos «{id}» en el marco.',
    fr: 'Aucune liste de codes « {id} » dans le cadre.',
    pt: 'Não há lista de códigos "{id}" no quadro.',
  },
  BAD_REQUEST: {
    en: 'The request is not valid: {detail}',
    es: 'La solicitud no es válida: {detail}',
    fr: "La requête n'est pas valide : {detail}",
    pt: 'A solicitação não é válida: {detail}',
  },
  PAYLOAD_TOO_LARGE: {
    en: 'The request body is larger than allowed.',
    es: 'El cuerpo de la solicitud supera el tamaño permitido.',
    fr: 'Le corps de la requête dépasse la taille autorisée.',
    pt: 'O corpo da solicitação excede o tamanho permitido.',
  },
  STORE_UNAVAILABLE: {
    en: 'The database cannot be reached.',
    es: 'No se puede acceder a la base de datos.',
    fr: 'La base de données est inaccessible.',
    pt: 'Não é possível acessar o banco de dados.',
  },
  INTERNAL_ERROR: {
    en: 'An unexpected error occurred; it has been logged.',
    es: 'Se produjo un error inesperado; quedó registrado.',
    fr: "Une erreur inattendue s'est produite ; elle a été journalisée.",
    pt: 'Ocorreu um erro inesperado; ele foi registrado.',
  },
} satisfies Record<string, Labels>;

export type ApiErrorCode = keyof typeof API_ERROR_MESSAGES;

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode | (string & {}),
    readonly status: number,
    readonly params: Record<string, string | number> = {},
    readonly details?: unknown,
  ) {
    super(code);
  }
}

export function formatApiMessage(
  code: string,
  lang: Lang,
  params: Record<string, string | number> = {},
): string {
  const texts = (API_ERROR_MESSAGES as Record<string, Labels>)[code];
  const template = texts ? texts[lang] || texts.en : code;
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));
}

export function errorBody(
  code: string,
  lang: Lang,
  params?: Record<string, string | number>,
  details?: unknown,
) {
  return {
    error: {
      code,
      message: formatApiMessage(code, lang, params),
      ...(details === undefined ? {} : { details }),
    },
  };
}
