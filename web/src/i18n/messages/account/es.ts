import type { accountEn } from './en';

export const accountEs: typeof accountEn = {
  code: 'Código de su aplicación de autenticación (o un código de recuperación)',
  codeHint:
    'Esta cuenta inicia sesión con un segundo factor: introduzca el código de 6 cifras que muestra su aplicación de autenticación.',
  twoFactor: {
    title: 'Inicio de sesión con doble factor',
    required:
      'Los revisores y coordinadores publican cifras: configure el inicio de sesión con doble factor antes de continuar. Necesita una aplicación de autenticación (FreeOTP, Aegis, Google Authenticator, Microsoft Authenticator…).',
    intro:
      'Después de su contraseña, SICREMI le pedirá el código de 6 cifras que muestra su aplicación de autenticación. Los tokens de API no se ven afectados.',
    enabled: 'El inicio de sesión con doble factor está activado para esta cuenta.',
    start: 'Configurar el doble factor',
    scan: 'Escanee este código QR con su aplicación de autenticación, o introduzca en ella la clave siguiente.',
    qrAlt: 'Código QR de la clave de doble factor de {{email}}',
    key: 'Clave',
    confirmCode: 'El código de 6 cifras que muestra ahora la aplicación',
    confirm: 'Activar el doble factor',
    done: 'El inicio de sesión con doble factor está activado.',
    recoveryCodes:
      'Códigos de recuperación: cada uno sirve una vez, en lugar de un código, si pierde su teléfono. Guárdelos ahora en un lugar seguro: no se volverán a mostrar.',
    continue: 'Continuar',
  },
};
