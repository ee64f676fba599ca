// What validation knows beyond the submission itself, loaded beforehand by the caller (from the
// store for an upload, from memory for the data-entry grid): the country's current published
// figures of this table (for OUTLIER and SERIES_BREAK), of related tables (for CROSS_TABLE),
// and the rounding the submission's metadata declares (for the ADDITIVITY tolerance).
import type { Observation } from '../../framework/observation.js';

/** A published figure, with the source edition of its release when known (FRAMEWORK §9). */
export interface PublishedObservation extends Observation {
  edition?: string;
}

export interface ValidationContext {
  published?: readonly PublishedObservation[];
  /** Published observations of related tables, by table id. */
  related?: Readonly<Record<string, readonly Observation[]>>;
  /** Rounding base declared in the metadata (e.g. 5: values rounded to the nearest 5). */
  rounding?: number;
}

/** Where an observation came from; the status columns locate BAD_STATUS at their own header. */
export interface ObservationLocation {
  row: number;
  column?: string;
  sheet?: string;
  statusColumn?: string;
  confColumn?: string;
}
