// How a file's columns carry a table: which column holds each dimension, the value and each
// attribute (long layout), or which dimension runs across the value columns (wide layout);
// which dimensions the file lacks and are taken as their total `_T` (or, for REF_AREA, the
// submission's country); and which required columns are missing altogether.
import type { AttributeDef, DimensionDef } from '../../framework/types.js';

export interface BoundColumn {
  index: number;
  header: string;
}

export interface WideColumn extends BoundColumn {
  code: string;
}

export interface ColumnLayout {
  kind: 'long' | 'wide';
  /** Row number of the header (rows above it are titles). */
  headerRow: number;
  dimensions: { def: DimensionDef; column: BoundColumn }[];
  measure?: BoundColumn;
  attributes: { def: AttributeDef; column: BoundColumn }[];
  wide?: { def: DimensionDef; columns: WideColumn[] };
  /** Dimensions the file does not have, with the code every row takes. */
  defaults: { dimension: string; code: string }[];
  /** Required columns (dimension ids, OBS_VALUE) the file lacks and nothing can stand in for. */
  missing: string[];
  /** Header cells that name nothing in the table. */
  ignored: BoundColumn[];
  /** SDMX-CSV: the ACTION column, whose D (delete) rows a submission cannot carry. */
  actionColumn?: number;
}
