// Wires the workflow into the app: the deps its routes share (store, mailer, settings, the
// ingest pipeline's import function) and the routes themselves.
import type { FastifyInstance } from 'fastify';
import { type Config, readConfig } from '../../config.js';
import type { Store } from '../../store/store.js';
import { createMailer, type Mailer } from '../../workflow/mail/send-mail.js';
import { importWithIngest } from '../../workflow/submissions/ingest-importer.js';
import type { SubmissionImporter } from '../../workflow/submissions/upload-submission.js';
import { registerApiDocs } from '../openapi/register-api-docs.js';
import { registerWorkflowRoutes } from './workflow-routes.js';

export interface WorkflowOptions {
  mailer?: Mailer;
  importer?: SubmissionImporter;
}

export async function setupWorkflow(
  app: FastifyInstance,
  store: Store,
  config: Partial<Config>,
  options: WorkflowOptions = {},
): Promise<void> {
  const full = { ...readConfig(), ...config };
  const mailer = options.mailer ?? createMailer(full, (line) => app.log.info(line));
  await registerWorkflowRoutes(app, {
    store,
    mailer,
    config: full,
    importer: options.importer ?? importWithIngest,
  });
  registerApiDocs(app);
}
