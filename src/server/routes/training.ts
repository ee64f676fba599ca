// Training (issue 8) and practice mode: exercises, attempts, progress.
import type { FastifyInstance } from 'fastify';
import type { WorkflowDeps } from './workflow-deps.js';

export function registerTrainingRoutes(_app: FastifyInstance, _deps: WorkflowDeps): void {}
