// What the /api/reference and /api/mappings routes answer (src/server/routes/reference-data.ts).
import type { Lang } from '../../i18n/languages';

export type Labels = Record<Lang, string>;

export interface StoredCodelist {
  id: string;
  agency: string;
  version: string;
  names: Labels;
  extensible: boolean;
  codeCount: number;
  addedCount: number;
}

export interface StoredCode {
  codelist: string;
  id: string;
  labels: Labels;
  aliases: string[];
  parent: string | null;
  derived: boolean;
  addedBy: number | null;
  addedByEmail: string | null;
}

export interface MappingRecord {
  id: number;
  refArea: string;
  dimension: string;
  sourceValue: string;
  code: string;
  version: number;
  createdByEmail: string | null;
  createdAt: string;
}
