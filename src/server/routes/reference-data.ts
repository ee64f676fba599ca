// Code mappings, code lists and templates (issue 6): read and edit, with audit.
import type { FastifyInstance } from 'fastify';
import type { WorkflowDeps } from './workflow-deps.js';

export function registerReferenceDataRoutes(_app: FastifyInstance, _deps: WorkflowDeps): void {}
