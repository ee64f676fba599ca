import type { accountEn } from './en';

export const accountFr: typeof accountEn = {
  code: "Code de votre application d'authentification (ou un code de secours)",
  codeHint:
    "Ce compte se connecte avec un second facteur : saisissez le code à 6 chiffres qu'affiche votre application d'authentification.",
  twoFactor: {
    title: 'Connexion à deux facteurs',
    required:
      "Les réviseurs et les coordinateurs publient des chiffres : activez la connexion à deux facteurs avant de continuer. Il vous faut une application d'authentification (FreeOTP, Aegis, Google Authenticator, Microsoft Authenticator…).",
    intro:
      "Après votre mot de passe, SICREMI demandera le code à 6 chiffres qu'affiche votre application d'authentification. Les jetons d'API ne sont pas concernés.",
    enabled: 'La connexion à deux facteurs est activée pour ce compte.',
    start: 'Activer la connexion à deux facteurs',
    scan: "Scannez ce code QR avec votre application d'authentification, ou saisissez-y la clé ci-dessous.",
    qrAlt: 'Code QR de la clé du second facteur de {{email}}',
    key: 'Clé',
    confirmCode: "Le code à 6 chiffres qu'affiche maintenant l'application",
    confirm: 'Activer le second facteur',
    done: 'La connexion à deux facteurs est activée.',
    recoveryCodes:
      'Codes de secours : chacun sert une fois, à la place d’un code, si vous perdez votre téléphone. Rangez-les maintenant en lieu sûr : ils ne seront plus affichés.',
    continue: 'Continuer',
  },
};
