// Build-time only: a dataset as an extractor hands it to the script, before it is written.
import { DEFAULT_CONF_STATUS, DEFAULT_OBS_STATUS, type Observation } from '../../framework/observation.js';
import type { TableDef } from '../../framework/types.js';
import type { DemoCheck, DemoSource } from '../demo-dataset.js';

export interface ExtractedDataset {
  id: string;
  table: TableDef;
  file: string;
  source: DemoSource;
  /** Prefix → source file (and sheet) of each observation's `sourceRef` ("T1:255"). */
  sourceFiles: Record<string, string>;
  checks: DemoCheck[];
  observations: Observation[];
}

export function makeObservation(
  table: TableDef,
  key: Record<string, string>,
  value: number | null,
  extra: { status?: string; note?: string; sourceRef?: string } = {},
): Observation {
  return {
    table: table.id,
    key,
    value,
    status: extra.status ?? DEFAULT_OBS_STATUS,
    conf: DEFAULT_CONF_STATUS,
    ...(extra.note ? { note: extra.note } : {}),
    ...(extra.sourceRef ? { sourceRef: extra.sourceRef } : {}),
  };
}

/** A figure of the extract next to the one the publisher shows; the script fails on a mismatch. */
export function checkFigure(
  what: string,
  expected: number,
  found: number | null,
  reference: string,
): DemoCheck {
  return { what, expected, found, reference };
}

/** The value of the observation whose key contains every pair of `key`, if exactly one does. */
export function findValue(observations: readonly Observation[], key: Record<string, string>): number | null {
  const matches = observations.filter((o) => Object.entries(key).every(([dim, code]) => o.key[dim] === code));
  return matches.length === 1 ? (matches[0]!.value ?? null) : null;
}
