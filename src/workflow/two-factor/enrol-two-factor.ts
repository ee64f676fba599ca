// Enrolling in two-factor sign-in: a new secret is kept pending and shown (QR code and text);
// the first right code from the authenticator app turns it on and hands out recovery codes,
// once. Enrolment is audited. An account already enrolled cannot be re-enrolled by its session
// alone (that would let a stolen session replace the phone).
import QRCode from 'qrcode';
import {
  enableTotp,
  readTotpState,
  replaceRecoveryCodes,
  setPendingTotpSecret,
} from '../../store/repositories/two-factor.js';
import type { Store } from '../../store/store.js';
import { type AuditContext, audit } from '../audit-actor.js';
import type { Actor } from '../roles.js';
import { WorkflowError } from '../workflow-error.js';
import { createRecoveryCodes, hashRecoveryCode } from './recovery-codes.js';
import { createTotpSecret, describeTotpUri, matchTotpStep } from './totp.js';

export interface PendingEnrolment {
  secret: string;
  otpauthUri: string;
  /** The URI as an SVG QR code, to scan with the authenticator app. */
  qrSvg: string;
}

export async function startTwoFactorEnrolment(
  store: Store,
  context: AuditContext & { actor: Actor },
): Promise<PendingEnrolment> {
  const state = await readTotpState(store.db, context.actor.id);
  if (state?.enabled) throw new WorkflowError('TWO_FACTOR_ALREADY_ENABLED', 409);
  const secret = createTotpSecret();
  await setPendingTotpSecret(store.db, context.actor.id, secret);
  const otpauthUri = describeTotpUri(context.actor.email, secret);
  const qrSvg = await QRCode.toString(otpauthUri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret, otpauthUri, qrSvg };
}

export async function confirmTwoFactorEnrolment(
  store: Store,
  context: AuditContext & { actor: Actor },
  code: string,
  now = new Date(),
): Promise<{ recoveryCodes: string[] }> {
  const state = await readTotpState(store.db, context.actor.id);
  if (state?.enabled) throw new WorkflowError('TWO_FACTOR_ALREADY_ENABLED', 409);
  if (!state?.secret) throw new WorkflowError('TWO_FACTOR_NOT_STARTED', 409);
  const step = await matchTotpStep(state.secret, code.trim(), now);
  if (step === undefined) throw new WorkflowError('TWO_FACTOR_CODE_INVALID', 400);
  const recoveryCodes = createRecoveryCodes();
  await store.transaction(async (tx) => {
    await enableTotp(tx.db, context.actor.id, step);
    await replaceRecoveryCodes(
      tx.db,
      context.actor.id,
      recoveryCodes.map(hashRecoveryCode),
      now.toISOString(),
    );
    await audit(tx.db, context, {
      action: 'auth.2fa_enrol',
      entityType: 'user',
      entityId: context.actor.id,
      details: { method: 'totp', recoveryCodes: recoveryCodes.length },
    });
  });
  return { recoveryCodes };
}
