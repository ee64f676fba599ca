// A demo dataset is one table's figures from one published source, shipped as a CSV in data/
// and described in data/sources.json. The figures are copied from the publisher, never
// modelled: a remainder a source knows but does not itemise becomes an explicit residual (`OTH`),
// a cell it suppresses stays empty with the status that says why, and a sum with missing parts
// is `E` with a note giving the bound (FRAMEWORK §9).
import type { Observation } from '../framework/observation.js';
import type { TableDef } from '../framework/types.js';
import type { ReleaseSource, SourceEdition } from '../store/repositories/releases.js';

/** Where the figures come from, as a release records it. */
export interface DemoSource extends ReleaseSource {
  /** Stable id of the source series (FRAMEWORK §9): editions of one source share it. */
  id: string;
  publisher: string;
  /** Sortable edition within the source: a greater one revises the cells it covers. */
  edition: string;
  /** The edition as the publisher names it. */
  editionTitle: string;
  /** Date (YYYY-MM-DD) the edition was published; releases are dated by it, in that order. */
  published: string;
  /** The publisher's table or file the figures were copied from. */
  table: string;
  citation: string;
  url: string;
  licence: string;
  /** Date (YYYY-MM-DD) the source file was taken into the shared snapshot. */
  retrieved: string;
  /** The copy the extract read: shared file, repository and commit. */
  via: string;
  /** Rounding, suppression, coverage and mapping decisions a reader must know. */
  notes: string[];
}

/** A figure checked against the source when the extract was built. */
export interface DemoCheck {
  what: string;
  expected: number;
  /** null when the extract has no such figure (the check then fails). */
  found: number | null;
  /** Where the expected figure was read (workbook cell, reference file). */
  reference: string;
}

export interface DemoDatasetEntry {
  id: string;
  tableId: string;
  file: string;
  rows: number;
  source: DemoSource;
  /** Prefix → original file (and sheet) that each row's SOURCE_REF points into. */
  sourceFiles: Record<string, string>;
  checks: DemoCheck[];
}

/** The shape of data/sources.json; datasets are listed in load order. */
export interface DemoSources {
  generatedBy: string;
  datasets: DemoDatasetEntry[];
}

export interface DemoDataset {
  id: string;
  table: TableDef;
  source: ReleaseSource;
  observations: Observation[];
  /** Source series and edition the release belongs to (FRAMEWORK §9). */
  sourceEdition?: SourceEdition;
  /** Publication date (YYYY-MM-DD) of the edition: releases are dated by it. */
  published?: string;
  /** The shipped extract file (in data/) the figures come from. */
  file?: string;
  /** SHA-256 of that file; computed from it when omitted. */
  fileSha256?: string | null;
  /** Prefix → original file (and sheet) of the observations' `sourceRef`. */
  sourceFiles?: Record<string, string>;
}
