// Passwords are hashed with argon2id (the library's default algorithm and OWASP parameters).
// A password policy kept short on purpose: length beats composition rules.
import { hash, verify } from '@node-rs/argon2';
import { WorkflowError } from './workflow-error.js';

export const MIN_PASSWORD_LENGTH = 10;

export function checkPasswordPolicy(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > 200) {
    throw new WorkflowError('WEAK_PASSWORD', 400, { min: MIN_PASSWORD_LENGTH });
  }
}

export async function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash that never verifies, so unknown accounts take as long to refuse as known ones. */
let decoyHash: Promise<string> | undefined;
export function getDecoyHash(): Promise<string> {
  decoyHash ??= hash('decoy password that matches nothing');
  return decoyHash;
}
