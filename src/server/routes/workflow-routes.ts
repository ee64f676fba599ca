// The workflow's route groups (issue 4), registered together by buildApp. Multipart parsing is
// registered here because only submissions take uploads; its file size limit is the configured one.
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { registerAuditRoutes } from './audit.js';
import { registerAuthRoutes } from './auth.js';
import { registerCoverageRoutes } from './coverage.js';
import { registerEntryRoutes } from './entry.js';
import { registerMeRoutes } from './me.js';
import { registerObservationHistoryRoutes } from './observation-history.js';
import { registerPhaseRoutes } from './phases.js';
import { registerPolicyEventRoutes } from './policy-events.js';
import { registerReferenceDataRoutes } from './reference-data.js';
import { registerRoundRoutes } from './rounds.js';
import { registerSourceMetadataRoutes } from './source-metadata.js';
import { registerSubmissionRoutes } from './submissions.js';
import { registerTokenRoutes } from './tokens.js';
import { registerTrainingRoutes } from './training.js';
import { registerUserRoutes } from './users.js';
import type { WorkflowDeps } from './workflow-deps.js';

export async function registerWorkflowRoutes(app: FastifyInstance, deps: WorkflowDeps): Promise<void> {
  await app.register(multipart, {
    limits: { fileSize: deps.config.maxUploadBytes, files: 1, fields: 20, fieldSize: 10_000 },
  });
  registerAuthRoutes(app, deps);
  registerMeRoutes(app);
  registerUserRoutes(app, deps);
  registerTokenRoutes(app, deps);
  registerSubmissionRoutes(app, deps);
  registerRoundRoutes(app, deps);
  registerCoverageRoutes(app, deps);
  registerPhaseRoutes(app, deps);
  registerAuditRoutes(app, deps);
  registerObservationHistoryRoutes(app, deps);
  registerEntryRoutes(app, deps);
  registerTrainingRoutes(app, deps);
  registerReferenceDataRoutes(app, deps);
  registerPolicyEventRoutes(app, deps);
  registerSourceMetadataRoutes(app, deps.store);
}
