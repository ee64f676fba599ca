// The whole document: the base plus every route group's paths. A route group adds its paths
// file to PATH_GROUPS.
import { buildBaseDocument } from './base-document.js';
import { DISSEMINATION_PATHS } from './dissemination-paths.js';
import { ENTRY_PATHS } from './entry-paths.js';
import { POLICY_PATHS } from './policy-paths.js';
import { REFERENCE_PATHS } from './reference-paths.js';
import { TRAINING_PATHS } from './training-paths.js';
import { TRAVEL_PATHS } from './travel-paths.js';
import { WORKFLOW_PATHS } from './workflow-paths.js';

const PATH_GROUPS: Record<string, unknown>[] = [
  WORKFLOW_PATHS,
  DISSEMINATION_PATHS,
  ENTRY_PATHS,
  TRAINING_PATHS,
  REFERENCE_PATHS,
  POLICY_PATHS,
  TRAVEL_PATHS,
];

let cached: ReturnType<typeof buildBaseDocument> | undefined;

export function buildOpenApiDocument() {
  if (cached) return cached;
  const document = buildBaseDocument();
  for (const group of PATH_GROUPS) Object.assign(document.paths, group);
  cached = document;
  return document;
}
