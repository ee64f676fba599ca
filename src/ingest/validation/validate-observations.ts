// Validation of observations already in memory — the data-entry grid's cells, a test's
// fixture — through exactly the rules a file goes through. Returns every issue found.
import type { Observation } from '../../framework/observation.js';
import type { TableDef } from '../../framework/types.js';
import type { Issue } from '../issues/issue.js';
import { createIssueLog } from '../issues/issue-log.js';
import { createObservationValidator } from './create-validator.js';
import type { ObservationLocation, ValidationContext } from './validation-context.js';

export interface LocatedObservation {
  observation: Observation;
  location: ObservationLocation;
}

export function validateObservations(
  table: TableDef,
  country: string,
  rows: Iterable<LocatedObservation>,
  context: ValidationContext = {},
): Issue[] {
  const log = createIssueLog();
  const validator = createObservationValidator(table, country, context, log);
  for (const { observation, location } of rows) validator.add(observation, location);
  validator.finish();
  return [...log.issues];
}
