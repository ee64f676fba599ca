// The 'account' namespace (two-factor sign-in), English. The other languages have the same shape.
export const accountEn = {
  code: 'Code from your authenticator app (or a recovery code)',
  codeHint:
    'This account signs in with a second factor: enter the 6-digit code your authenticator app shows.',
  twoFactor: {
    title: 'Two-factor sign-in',
    required:
      'Reviewers and coordinators publish figures: set up two-factor sign-in before going on. You need an authenticator app (FreeOTP, Aegis, Google Authenticator, Microsoft Authenticator…).',
    intro:
      'After your password, SICREMI will ask for the 6-digit code your authenticator app shows. API tokens are not affected.',
    enabled: 'Two-factor sign-in is on for this account.',
    start: 'Set up two-factor sign-in',
    scan: 'Scan this QR code with your authenticator app, or type the key below into it.',
    qrAlt: 'QR code of the two-factor key for {{email}}',
    key: 'Key',
    confirmCode: 'The 6-digit code the app now shows',
    confirm: 'Turn on two-factor sign-in',
    done: 'Two-factor sign-in is on.',
    recoveryCodes:
      'Recovery codes: each signs in once, instead of a code, if you lose your phone. Keep them somewhere safe now: they are not shown again.',
    continue: 'Continue',
  },
};
