// What the workflow routes need from the process: the store, the mailer and a few settings.
import type { FastifyRequest } from 'fastify';
import type { Config } from '../../config.js';
import type { Store } from '../../store/store.js';
import type { AuditContext } from '../../workflow/audit-actor.js';
import type { Mailer } from '../../workflow/mail/send-mail.js';
import type { Actor } from '../../workflow/roles.js';
import type { SubmissionImporter } from '../../workflow/submissions/upload-submission.js';
import { requireUser } from '../auth/request-user.js';

export type WorkflowConfig = Pick<
  Config,
  'dataDir' | 'maxUploadBytes' | 'cookieSecure' | 'publicUrl' | 'requireTwoFactor' | 'fourEyes'
> &
  Partial<Pick<Config, 'filesDir' | 'databaseUrl'>>;

export interface WorkflowDeps {
  store: Store;
  mailer: Mailer;
  config: WorkflowConfig;
  /** Stages an uploaded file as a draft submission (the ingest pipeline). */
  importer: SubmissionImporter | undefined;
}

/** The signed-in caller (401 otherwise) and where the request came from, for the audit log. */
export function actorContext(request: FastifyRequest): AuditContext & { actor: Actor } {
  const { via: _via, ...actor } = requireUser(request);
  return { actor, ip: request.ip };
}
