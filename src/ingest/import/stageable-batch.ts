// A batch of accepted observations ready to become staged_observations rows once the draft
// submission exists (its id is part of every row). Batches come from the pipeline in this
// process or, decoded, from the ingest worker; staging does not care which.
import type { TableDef } from '../../framework/types.js';
import { breakdownDimensions } from '../../store/observation-row.js';
import { type StagedAttributes, stagedValues } from '../../store/repositories/submissions.js';
import type { LocatedObservation } from '../validation/validate-observations.js';

export interface StagedRows {
  attributes: StagedAttributes;
  rows: unknown[][];
}

export interface StageableBatch {
  size: number;
  /** Rows with the attribute columns given, or with those the batch needs. */
  toRows(table: TableDef, submissionId: number, attributes?: StagedAttributes): StagedRows;
}

export function fromObservations(batch: readonly LocatedObservation[]): StageableBatch {
  return {
    size: batch.length,
    toRows(table, submissionId, wanted) {
      const attributes = wanted ?? listAttributes(batch);
      const dimensions = breakdownDimensions(table);
      const rows = batch.map(({ observation, location }) =>
        stagedValues(table, dimensions, submissionId, observation, location.row, attributes),
      );
      return { attributes, rows };
    },
  };
}

/** The attribute columns a batch needs: SQLite's cost grows with each bound value, and most
 * batches have normal statuses and no notes, which the columns' defaults already say. */
function listAttributes(batch: readonly LocatedObservation[]): StagedAttributes {
  const attributes = { status: false, conf: false, note: false };
  for (const { observation } of batch) {
    if (observation.status !== 'A') attributes.status = true;
    if (observation.conf !== 'F') attributes.conf = true;
    if (observation.note) attributes.note = true;
  }
  return attributes;
}
