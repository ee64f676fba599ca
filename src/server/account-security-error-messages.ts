// Messages of the account-security codes (#13): token management, reset requests, two-factor
// sign-in. Kept apart from errors.ts, which spreads them in, so each capability adds its own.
import type { Labels } from '../framework/types.js';

export const ACCOUNT_SECURITY_ERROR_MESSAGES = {
  TOKEN_SESSION_REQUIRED: {
    en: 'API tokens are created, listed and revoked from a signed-in session, not with an API token.',
    es: 'Los tokens de API se crean, listan y revocan desde una sesión iniciada, no con un token de API.',
    fr: "Les jetons d'API se créent, se listent et se révoquent depuis une session ouverte, pas avec un jeton d'API.",
    pt: 'Os tokens de API são criados, listados e revogados a partir de uma sessão iniciada, não com um token de API.',
  },
  TOO_MANY_RESET_REQUESTS: {
    en: 'Too many password reset requests from this client: try again in {minutes} minutes.',
    es: 'Demasiadas solicitudes de restablecimiento de contraseña desde este cliente: intente de nuevo en {minutes} minutos.',
    fr: 'Trop de demandes de réinitialisation du mot de passe depuis ce client : réessayez dans {minutes} minutes.',
    pt: 'Pedidos de redefinição de senha demais a partir deste cliente: tente de novo em {minutes} minutos.',
  },
  TWO_FACTOR_CODE_REQUIRED: {
    en: 'This account signs in with a second factor: enter the 6-digit code of your authenticator app (or a recovery code).',
    es: 'Esta cuenta inicia sesión con un segundo factor: introduzca el código de 6 cifras de su aplicación de autenticación (o un código de recuperación).',
    fr: "Ce compte se connecte avec un second facteur : saisissez le code à 6 chiffres de votre application d'authentification (ou un code de secours).",
    pt: 'Esta conta entra com um segundo fator: digite o código de 6 dígitos do seu aplicativo autenticador (ou um código de recuperação).',
  },
  TWO_FACTOR_CODE_INVALID: {
    en: 'The two-factor code is not right, has expired or was already used.',
    es: 'El código de doble factor no es correcto, caducó o ya se usó.',
    fr: 'Le code du second facteur est incorrect, a expiré ou a déjà servi.',
    pt: 'O código de dois fatores não está correto, expirou ou já foi usado.',
  },
  TWO_FACTOR_ENROLMENT_REQUIRED: {
    en: 'Reviewers and administrators must set up two-factor sign-in first (Account → Two-factor sign-in).',
    es: 'Los revisores y administradores deben configurar primero el inicio de sesión con doble factor (Cuenta → Doble factor).',
    fr: "Les réviseurs et les administrateurs doivent d'abord activer la connexion à deux facteurs (Compte → Double facteur).",
    pt: 'Revisores e administradores devem primeiro configurar a entrada com dois fatores (Conta → Dois fatores).',
  },
  TWO_FACTOR_NOT_STARTED: {
    en: 'Start the two-factor enrolment first (POST /api/auth/2fa/enrol).',
    es: 'Inicie primero la inscripción del doble factor (POST /api/auth/2fa/enrol).',
    fr: "Commencez d'abord l'inscription au double facteur (POST /api/auth/2fa/enrol).",
    pt: 'Inicie primeiro a inscrição de dois fatores (POST /api/auth/2fa/enrol).',
  },
  TWO_FACTOR_ALREADY_ENABLED: {
    en: 'Two-factor sign-in is already set up for this account.',
    es: 'El inicio de sesión con doble factor ya está configurado para esta cuenta.',
    fr: 'La connexion à deux facteurs est déjà activée pour ce compte.',
    pt: 'A entrada com dois fatores já está configurada para esta conta.',
  },
} satisfies Record<string, Labels>;
