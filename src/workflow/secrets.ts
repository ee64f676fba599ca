// Secrets handed to clients (session ids, API tokens, reset tokens) are random and only their
// SHA-256 is stored: reading the database does not give anyone a usable credential.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export function createSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function isSameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
