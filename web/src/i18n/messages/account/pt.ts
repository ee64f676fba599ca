import type { accountEn } from './en';

export const accountPt: typeof accountEn = {
  code: 'Código do seu aplicativo autenticador (ou um código de recuperação)',
  codeHint:
    'Esta conta entra com um segundo fator: digite o código de 6 dígitos que o seu aplicativo autenticador mostra.',
  twoFactor: {
    title: 'Entrada com dois fatores',
    required:
      'Revisores e coordenadores publicam números: configure a entrada com dois fatores antes de continuar. Você precisa de um aplicativo autenticador (FreeOTP, Aegis, Google Authenticator, Microsoft Authenticator…).',
    intro:
      'Depois da senha, o SICREMI pedirá o código de 6 dígitos que o seu aplicativo autenticador mostra. Os tokens de API não são afetados.',
    enabled: 'A entrada com dois fatores está ativada para esta conta.',
    start: 'Configurar dois fatores',
    scan: 'Escaneie este código QR com o seu aplicativo autenticador, ou digite nele a chave abaixo.',
    qrAlt: 'Código QR da chave de dois fatores de {{email}}',
    key: 'Chave',
    confirmCode: 'O código de 6 dígitos que o aplicativo mostra agora',
    confirm: 'Ativar dois fatores',
    done: 'A entrada com dois fatores está ativada.',
    recoveryCodes:
      'Códigos de recuperação: cada um serve uma vez, no lugar de um código, se você perder o telefone. Guarde-os agora em lugar seguro: não serão mostrados de novo.',
    continue: 'Continuar',
  },
};
