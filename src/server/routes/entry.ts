// Web data entry (issue 8): the grid's layout, its draft and its live validation.
import type { FastifyInstance } from 'fastify';
import type { WorkflowDeps } from './workflow-deps.js';

export function registerEntryRoutes(_app: FastifyInstance, _deps: WorkflowDeps): void {}
