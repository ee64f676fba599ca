// TOTP (RFC 6238) through otplib: 6 digits, 30-second steps, SHA-1 — what every authenticator
// app reads from an otpauth:// URI. A code is accepted one step early or late (clock drift).
import { generate, generateSecret, generateURI, verify } from 'otplib';

export const TOTP_ISSUER = 'SICREMI';
const STEP_SECONDS = 30;

export function createTotpSecret(): string {
  return generateSecret();
}

export function describeTotpUri(email: string, secret: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: email, secret });
}

/** The time step the code belongs to, or undefined when it is not a code of this secret now. */
export async function matchTotpStep(
  secret: string,
  code: string,
  now = new Date(),
): Promise<number | undefined> {
  if (!/^\d{6}$/.test(code)) return undefined;
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: STEP_SECONDS,
  });
  return result.valid && 'timeStep' in result ? result.timeStep : undefined;
}

/** The code of `secret` at `now` (tests, and the browser test, compute codes with it). */
export async function computeTotpCode(secret: string, now = new Date()): Promise<string> {
  return generate({ secret, epoch: Math.floor(now.getTime() / 1000) });
}
