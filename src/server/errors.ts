// API errors are values with a stable code, an HTTP status and a message in the caller's language.
// The body is always {error: {code, message, details?}}; clients branch on `code`, people read `message`.
import type { Labels, Lang } from '../framework/types.js';
import { ACCOUNT_SECURITY_ERROR_MESSAGES } from './account-security-error-messages.js';
import { POLICY_ERROR_MESSAGES } from './policy-error-messages.js';
import { REFERENCE_ERROR_MESSAGES } from './reference-error-messages.js';
import { SECURITY_ERROR_MESSAGES } from './security-error-messages.js';
import { TRAVEL_ERROR_MESSAGES } from './travel-error-messages.js';

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
  // Workflow (issue 4): accounts, sessions, submissions, rounds.
  UNAUTHENTICATED: {
    en: 'Sign in first: this resource needs an account.',
    es: 'Inicie sesión primero: este recurso requiere una cuenta.',
    fr: "Connectez-vous d'abord : cette ressource exige un compte.",
    pt: 'Entre primeiro: este recurso exige uma conta.',
  },
  FORBIDDEN: {
    en: 'Your account is not allowed to do this.',
    es: 'Su cuenta no tiene permiso para hacer esto.',
    fr: "Votre compte n'est pas autorisé à faire ceci.",
    pt: 'Sua conta não tem permissão para fazer isto.',
  },
  INVALID_CREDENTIALS: {
    en: 'The email address or the password is not right.',
    es: 'El correo electrónico o la contraseña no son correctos.',
    fr: "L'adresse électronique ou le mot de passe est incorrect.",
    pt: 'O e-mail ou a senha não estão corretos.',
  },
  INVALID_TOKEN: {
    en: 'The API token is not valid, has expired or has been revoked.',
    es: 'El token de API no es válido, caducó o fue revocado.',
    fr: "Le jeton d'API n'est pas valide, a expiré ou a été révoqué.",
    pt: 'O token de API não é válido, expirou ou foi revogado.',
  },
  ACCOUNT_LOCKED: {
    en: 'Too many failed sign-ins: this account is locked for {minutes} more minutes.',
    es: 'Demasiados intentos fallidos: esta cuenta está bloqueada durante {minutes} minutos más.',
    fr: 'Trop de tentatives échouées : ce compte est verrouillé pendant encore {minutes} minutes.',
    pt: 'Tentativas falhas demais: esta conta está bloqueada por mais {minutes} minutos.',
  },
  TOO_MANY_ATTEMPTS: {
    en: 'Too many failed sign-ins from your address; try again in {minutes} minutes.',
    es: 'Demasiados intentos fallidos desde su dirección; vuelva a intentarlo en {minutes} minutos.',
    fr: 'Trop de tentatives échouées depuis votre adresse ; réessayez dans {minutes} minutes.',
    pt: 'Tentativas falhas demais a partir do seu endereço; tente novamente em {minutes} minutos.',
  },
  CSRF_TOKEN_INVALID: {
    en: 'Missing or wrong X-CSRF-Token header; reload the page and try again.',
    es: 'Falta el encabezado X-CSRF-Token o es incorrecto; recargue la página y vuelva a intentarlo.',
    fr: "L'en-tête X-CSRF-Token est absent ou erroné ; rechargez la page et réessayez.",
    pt: 'O cabeçalho X-CSRF-Token está ausente ou incorreto; recarregue a página e tente novamente.',
  },
  WEAK_PASSWORD: {
    en: 'A password needs at least {min} characters.',
    es: 'Una contraseña necesita al menos {min} caracteres.',
    fr: 'Un mot de passe doit compter au moins {min} caractères.',
    pt: 'Uma senha precisa de pelo menos {min} caracteres.',
  },
  RESET_TOKEN_INVALID: {
    en: 'This password reset link is unknown, already used or expired; ask for a new one.',
    es: 'Este enlace de restablecimiento no existe, ya se usó o venció; solicite uno nuevo.',
    fr: 'Ce lien de réinitialisation est inconnu, déjà utilisé ou expiré ; demandez-en un nouveau.',
    pt: 'Este link de redefinição é desconhecido, já foi usado ou expirou; peça um novo.',
  },
  INVALID_EMAIL: {
    en: '"{email}" is not an email address.',
    es: '«{email}» no es una dirección de correo electrónico.',
    fr: "« {email} » n'est pas une adresse électronique.",
    pt: '"{email}" não é um endereço de e-mail.',
  },
  INVALID_ROLE: {
    en: 'Unknown role "{role}": use admin, reviewer or correspondent.',
    es: 'Rol desconocido «{role}»: use admin, reviewer o correspondent.',
    fr: 'Rôle inconnu « {role} » : utilisez admin, reviewer ou correspondent.',
    pt: 'Papel desconhecido "{role}": use admin, reviewer ou correspondent.',
  },
  UNKNOWN_COUNTRY: {
    en: '"{country}" is not an OAS member state (ISO 3166-1 alpha-3).',
    es: '«{country}» no es un Estado miembro de la OEA (ISO 3166-1 alfa-3).',
    fr: "« {country} » n'est pas un État membre de l'OEA (ISO 3166-1 alpha-3).",
    pt: '"{country}" não é um Estado membro da OEA (ISO 3166-1 alfa-3).',
  },
  COUNTRY_REQUIRED: {
    en: 'A correspondent account needs at least one country.',
    es: 'Una cuenta de corresponsal necesita al menos un país.',
    fr: 'Un compte de correspondant doit avoir au moins un pays.',
    pt: 'Uma conta de correspondente precisa de pelo menos um país.',
  },
  USER_EXISTS: {
    en: 'An account for {email} already exists.',
    es: 'Ya existe una cuenta para {email}.',
    fr: 'Un compte existe déjà pour {email}.',
    pt: 'Já existe uma conta para {email}.',
  },
  USER_NOT_FOUND: {
    en: 'No account {id}.',
    es: 'No existe la cuenta {id}.',
    fr: 'Aucun compte {id}.',
    pt: 'Não existe a conta {id}.',
  },
  TOKEN_NOT_FOUND: {
    en: 'No API token {id} among yours.',
    es: 'No hay ningún token de API {id} entre los suyos.',
    fr: "Aucun jeton d'API {id} parmi les vôtres.",
    pt: 'Não há token de API {id} entre os seus.',
  },
  SUBMISSION_NOT_FOUND: {
    en: 'No submission {id}.',
    es: 'No existe el envío {id}.',
    fr: 'Aucune soumission {id}.',
    pt: 'Não existe o envio {id}.',
  },
  TRANSITION_NOT_ALLOWED: {
    en: 'The action "{action}" is not allowed on a submission that is {status}.',
    es: 'Un envío en estado {status} no admite la acción «{action}» ahora.',
    fr: "Une soumission à l'état {status} n'admet pas l'action « {action} » maintenant.",
    pt: 'Um envio no estado {status} não admite a ação "{action}" agora.',
  },
  SUBMISSION_HAS_ERRORS: {
    en: 'The submission has {count} error(s): correct the file and upload it again.',
    es: 'El envío tiene {count} error(es): corrija el archivo y vuelva a cargarlo.',
    fr: 'La soumission comporte {count} erreur(s) : corrigez le fichier et téléversez-le à nouveau.',
    pt: 'O envio tem {count} erro(s): corrija o arquivo e envie-o novamente.',
  },
  JUSTIFICATION_MISSING: {
    en: '{count} warning(s) still need a justification before the submission can be sent.',
    es: 'Falta justificar {count} advertencia(s) antes de poder enviar.',
    fr: "{count} avertissement(s) doivent encore être justifiés avant l'envoi.",
    pt: 'Ainda falta justificar {count} aviso(s) antes de enviar.',
  },
  INVALID_CELL_KEY: {
    en: 'The cell key {key} does not name a cell of this table (codes of every dimension, dot-separated).',
    es: 'La clave de celda {key} no designa una celda de esta tabla (códigos de cada dimensión, separados por puntos).',
    fr: 'La clé de cellule {key} ne désigne pas une cellule de ce tableau (codes de chaque dimension, séparés par des points).',
    pt: 'A chave de célula {key} não designa uma célula desta tabela (códigos de cada dimensão, separados por pontos).',
  },
  FILE_MISSING: {
    en: 'The upload has no file part named "file".',
    es: 'La carga no tiene ninguna parte de archivo llamada «file».',
    fr: 'Le téléversement ne contient aucune partie fichier nommée « file ».',
    pt: 'O envio não tem nenhuma parte de arquivo chamada "file".',
  },
  IMPORT_REJECTED: {
    en: 'The file could not be staged: see the report.',
    es: 'No se pudo preparar el archivo: vea el informe.',
    fr: "Le fichier n'a pas pu être préparé : voir le rapport.",
    pt: 'Não foi possível preparar o arquivo: veja o relatório.',
  },
  INGEST_UNAVAILABLE: {
    en: 'Uploads are not available yet on this server.',
    es: 'Las cargas aún no están disponibles en este servidor.',
    fr: 'Les téléversements ne sont pas encore disponibles sur ce serveur.',
    pt: 'Os envios ainda não estão disponíveis neste servidor.',
  },
  ROUND_EXISTS: {
    en: 'A round named "{name}" already exists.',
    es: 'Ya existe una ronda llamada «{name}».',
    fr: 'Un cycle nommé « {name} » existe déjà.',
    pt: 'Já existe uma rodada chamada "{name}".',
  },
  ROUND_NOT_FOUND: {
    en: 'No reporting round "{round}".',
    es: 'No existe la ronda de reporte «{round}».',
    fr: 'Aucun cycle de déclaration « {round} ».',
    pt: 'Não existe a rodada de relatório "{round}".',
  },
  INVALID_PHASE: {
    en: 'Unknown phase "{phase}": use I, II or III.',
    es: 'Fase desconocida «{phase}»: use I, II o III.',
    fr: 'Phase inconnue « {phase} » : utilisez I, II ou III.',
    pt: 'Fase desconhecida "{phase}": use I, II ou III.',
  },
  INVALID_DATE: {
    en: '"{value}" is not a date (YYYY-MM-DD) or an ISO 8601 time.',
    es: '«{value}» no es una fecha (AAAA-MM-DD) ni una hora ISO 8601.',
    fr: "« {value} » n'est ni une date (AAAA-MM-JJ) ni une heure ISO 8601.",
    pt: '"{value}" não é uma data (AAAA-MM-DD) nem uma hora ISO 8601.',
  },
  BACKUP_INVALID: {
    en: 'This backup cannot be restored: {reason}.',
    es: 'Esta copia de seguridad no se puede restaurar: {reason}.',
    fr: 'Cette sauvegarde ne peut pas être restaurée : {reason}.',
    pt: 'Este backup não pode ser restaurado: {reason}.',
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
  // Dissemination (public data, SDMX, downloads, indicators).
  INVALID_PARAMETER: {
    en: 'The parameter "{name}" has an invalid value: "{value}". {hint}',
    es: 'El parámetro «{name}» tiene un valor no válido: «{value}». {hint}',
    fr: 'Le paramètre « {name} » a une valeur non valide : « {value} ». {hint}',
    pt: 'O parâmetro "{name}" tem um valor inválido: "{value}". {hint}',
  },
  UNKNOWN_DIMENSION: {
    en: 'Table {table} has no dimension "{name}".',
    es: 'La tabla {table} no tiene la dimensión «{name}».',
    fr: "Le tableau {table} n'a pas de dimension « {name} ».",
    pt: 'A tabela {table} não tem a dimensão "{name}".',
  },
  CONFLICTING_PARAMETERS: {
    en: 'The parameters {first} and {second} cannot be used together.',
    es: 'Los parámetros {first} y {second} no pueden usarse juntos.',
    fr: 'Les paramètres {first} et {second} ne peuvent pas être utilisés ensemble.',
    pt: 'Os parâmetros {first} e {second} não podem ser usados juntos.',
  },
  RELEASE_NOT_FOUND: {
    en: 'No public release {id} of table {table}.',
    es: 'No hay ninguna publicación {id} de la tabla {table}.',
    fr: 'Aucune diffusion publique {id} du tableau {table}.',
    pt: 'Não há publicação {id} da tabela {table}.',
  },
  INDICATOR_NOT_FOUND: {
    en: 'No indicator "{id}" in the framework.',
    es: 'No hay ningún indicador «{id}» en el marco.',
    fr: 'Aucun indicateur « {id} » dans le cadre.',
    pt: 'Não há indicador "{id}" no quadro.',
  },
  AUTHENTICATION_REQUIRED: {
    en: 'Unsuppressed figures are for OAS staff and the correspondents of the country: sign in first.',
    es: 'Las cifras sin supresión son para el personal de la OEA y los corresponsales del país: inicie sesión.',
    fr: "Les chiffres non masqués sont réservés au personnel de l'OEA et aux correspondants du pays : connectez-vous.",
    pt: 'Os números sem supressão são para a equipe da OEA e os correspondentes do país: entre primeiro.',
  },
  // Submission versions and four eyes (issue 17).
  FOUR_EYES: {
    en: 'This round needs four eyes: you accepted this submission, so another reviewer must publish it.',
    es: 'Esta ronda exige cuatro ojos: usted aceptó este envío, así que otro revisor debe publicarlo.',
    fr: 'Ce cycle exige quatre yeux : vous avez accepté cette soumission, un autre réviseur doit donc la publier.',
    pt: 'Esta rodada exige quatro olhos: você aceitou este envio, então outro revisor deve publicá-lo.',
  },
  NO_FILE_TO_RECHECK: {
    en: 'This submission has no uploaded file to check again: upload a file first.',
    es: 'Este envío no tiene ningún archivo cargado que volver a revisar: cargue un archivo primero.',
    fr: "Cette soumission n'a aucun fichier téléversé à revérifier : téléversez d'abord un fichier.",
    pt: 'Este envio não tem arquivo enviado para verificar de novo: envie um arquivo primeiro.',
  },
  VERSION_NOT_FOUND: {
    en: 'Submission {id} has no version {n}.',
    es: 'El envío {id} no tiene versión {n}.',
    fr: "La soumission {id} n'a pas de version {n}.",
    pt: 'O envio {id} não tem versão {n}.',
  },
  VERSION_CONFLICT: {
    en: 'Another version of this submission was added meanwhile: reload the page and upload again.',
    es: 'Mientras tanto se agregó otra versión de este envío: recargue la página y vuelva a cargar el archivo.',
    fr: 'Une autre version de cette soumission a été ajoutée entre-temps : rechargez la page et téléversez de nouveau.',
    pt: 'Outra versão deste envio foi adicionada nesse meio tempo: recarregue a página e envie de novo.',
  },
  // Reference data (issue 6): code mappings, code lists.
  ...REFERENCE_ERROR_MESSAGES,
  // Security (issue 13): public reads, vintages, text hygiene, rate limit.
  ...SECURITY_ERROR_MESSAGES,
  // Account security (issue 13): tokens, reset requests, two-factor sign-in.
  ...ACCOUNT_SECURITY_ERROR_MESSAGES,
  // Policy developments (issue 21).
  ...POLICY_ERROR_MESSAGES,
  // Production (issue 22).
  METRICS_FORBIDDEN: {
    en: 'Metrics are open to this host only, or with the metrics token (Authorization: Bearer …).',
    es: 'Las métricas solo están abiertas a este equipo, o con el token de métricas (Authorization: Bearer …).',
    fr: "Les métriques ne sont ouvertes qu'à cet hôte, ou avec le jeton de métriques (Authorization: Bearer …).",
    pt: 'As métricas estão abertas apenas a este host, ou com o token de métricas (Authorization: Bearer …).',
  },
  // Warning groups (issue 16).
  UNKNOWN_WARNING_GROUP: {
    en: 'This submission has no warning group {group}; see warningGroups on the submission for its groups.',
    es: 'Esta entrega no tiene ningún grupo de advertencias {group}; vea warningGroups en la entrega para conocer sus grupos.',
    fr: 'Cette transmission n’a pas de groupe d’avertissements {group} ; voyez warningGroups sur la transmission pour ses groupes.',
    pt: 'Este envio não tem o grupo de avisos {group}; veja warningGroups no envio para conhecer os seus grupos.',
  },
  // Data that travels (issue 20): bulk files, feeds, embeds, reference metadata.
  ...TRAVEL_ERROR_MESSAGES,
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
