// The messages of the error codes of issue 13 (public reads, vintages, text hygiene, rate
// limit), in the four languages, in the shape of API_ERROR_MESSAGES (errors.ts), which spreads
// them in: `...SECURITY_ERROR_MESSAGES`.
import type { Labels } from '../framework/types.js';

export const SECURITY_ERROR_MESSAGES = {
  CELL_NOT_FOUND: {
    en: 'Table {table} has no published cell {key}.',
    es: 'La tabla {table} no tiene ninguna celda publicada {key}.',
    fr: "Le tableau {table} n'a pas de cellule publiée {key}.",
    pt: 'A tabela {table} não tem célula publicada {key}.',
  },
  PUBLISH_AT_IN_PAST: {
    en: 'The publication time {value} is in the past: a release is public from now or a later time (embargo), never earlier.',
    es: 'La hora de publicación {value} ya pasó: una publicación es pública desde ahora o una hora posterior (embargo), nunca antes.',
    fr: "L'heure de publication {value} est passée : une diffusion est publique à partir de maintenant ou d'une heure ultérieure (embargo), jamais avant.",
    pt: 'A hora de publicação {value} já passou: uma publicação é pública a partir de agora ou de uma hora posterior (embargo), nunca antes.',
  },
  INVALID_TEXT: {
    en: 'The field {field} holds a control character (code {char}); only tab, line feed and carriage return are allowed.',
    es: 'El campo {field} contiene un carácter de control (código {char}); solo se admiten tabulación, salto de línea y retorno de carro.',
    fr: 'Le champ {field} contient un caractère de contrôle (code {char}) ; seuls la tabulation, le saut de ligne et le retour chariot sont admis.',
    pt: 'O campo {field} contém um caractere de controle (código {char}); só são aceitos tabulação, quebra de linha e retorno de carro.',
  },
  MULTIPART_INVALID: {
    en: 'The uploaded form is not valid multipart/form-data: {detail}',
    es: 'El formulario enviado no es multipart/form-data válido: {detail}',
    fr: "Le formulaire envoyé n'est pas un multipart/form-data valide : {detail}",
    pt: 'O formulário enviado não é multipart/form-data válido: {detail}',
  },
  TOO_MANY_FILES: {
    en: 'Send exactly one file part named "file".',
    es: 'Envíe exactamente una parte de archivo llamada «file».',
    fr: 'Envoyez exactement une partie fichier nommée « file ».',
    pt: 'Envie exatamente uma parte de arquivo chamada "file".',
  },
  BACKUP_INVALID_TEXT: {
    en: 'This backup cannot be restored: {count} text values hold control characters (listed below); nothing was written.',
    es: 'Esta copia de seguridad no se puede restaurar: {count} textos contienen caracteres de control (enumerados abajo); no se escribió nada.',
    fr: 'Cette sauvegarde ne peut pas être restaurée : {count} textes contiennent des caractères de contrôle (listés ci-dessous) ; rien n’a été écrit.',
    pt: 'Este backup não pode ser restaurado: {count} textos contêm caracteres de controle (listados abaixo); nada foi gravado.',
  },
  RATE_LIMITED: {
    en: 'Too many uncached requests from your address; try again in {seconds} seconds.',
    es: 'Demasiadas solicitudes no almacenadas en caché desde su dirección; vuelva a intentarlo en {seconds} segundos.',
    fr: 'Trop de requêtes hors cache depuis votre adresse ; réessayez dans {seconds} secondes.',
    pt: 'Solicitações demais fora do cache a partir do seu endereço; tente novamente em {seconds} segundos.',
  },
} satisfies Record<string, Labels>;
