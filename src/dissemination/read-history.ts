// The revision history of one cell, through the same disclosure control as every public read:
// each version is protected by its own release's slice (primary, secondary and CV rules), so a
// value hidden in /api/data stays hidden in every release of its history and no partner of a
// confidential cell can be read from an older version. Where a value came from is told in two
// ways: the citation of a third-party published source (publisher, edition, table, row) is
// public; the submission, file hash and national file row are for viewers who may see the
// country's unsuppressed figures only.
import type { Kysely } from 'kysely';
import type { TableDef } from '../framework/types.js';
import { type CellVersion, selectCellHistory } from '../store/repositories/cell-history.js';
import type { Database } from '../store/schema.js';
import { type DisclosedObservation, discloseObservation } from './disclosure/disclose-observation.js';
import { protectRows } from './disclosure/protect-rows.js';
import { canSeeUnsuppressed, type Viewer } from './viewer.js';

export interface PublicSourceCitation {
  publisher?: string;
  edition?: string;
  table?: string;
  citation?: string;
  licence?: string;
  /** The row of the published workbook or file the value was read from. */
  row?: number;
  /** The publisher's own file, sheet and row of the value ("….xlsx, sheet "Table 1", row 255"). */
  sourceRef?: string;
}

export interface CellHistoryEntry {
  releaseId: number;
  publishedAt: string;
  validFrom: string;
  validTo: string | null;
  value: number | null;
  status: string;
  conf: string;
  note: string | null;
  cv: number | null;
  sampleN: number | null;
  /** Set for authorised viewers only: how the public sees this version. */
  protection?: DisclosedObservation['protection'];
  /** Set for a third-party published source only. */
  source?: PublicSourceCitation;
  /** Set for authorised viewers only. */
  provenance?: { submissionId: number | null; fileSha256: string | null; sourceRow: number | null };
}

const CITATION_FIELDS = ['publisher', 'edition', 'table', 'citation', 'licence'] as const;

function citationOf(version: CellVersion, disclosed: DisclosedObservation): PublicSourceCitation | undefined {
  if (version.submissionId !== null) return undefined;
  const out: PublicSourceCitation = {};
  for (const field of CITATION_FIELDS) {
    const value = version.source[field];
    if (typeof value === 'string') out[field] = value;
  }
  // The row points at the figure itself: not for a version whose value is withheld.
  if (version.sourceRow !== null && disclosed.value !== null) out.row = version.sourceRow;
  if (version.sourceRef !== null && disclosed.value !== null) out.sourceRef = version.sourceRef;
  return out;
}

/**
 * The versions of one cell `viewer` may see, oldest first; embargoed releases only when
 * `includeEmbargoed` (OAS staff). Empty when the cell was never published for this viewer.
 */
export async function readDisseminatedHistory(
  db: Kysely<Database>,
  table: TableDef,
  key: Record<string, string>,
  viewer: Viewer,
  options: { includeEmbargoed?: boolean; now?: string } = {},
): Promise<CellHistoryEntry[]> {
  const versions = await selectCellHistory(db, table, key, {
    includeEmbargoed: options.includeEmbargoed ?? false,
    ...(options.now ? { now: options.now } : {}),
  });
  const protections = await protectRows(db, table, versions);
  const authorised = canSeeUnsuppressed(viewer, key.REF_AREA ?? '');
  return versions.map((version, i) => {
    const disclosed = discloseObservation(version, protections[i], viewer, table);
    const entry: CellHistoryEntry = {
      releaseId: version.releaseId,
      publishedAt: version.publishedAt,
      validFrom: version.validFrom,
      validTo: version.validTo,
      value: disclosed.value,
      status: disclosed.status,
      conf: disclosed.conf,
      note: disclosed.note ?? null,
      cv: disclosed.cv ?? null,
      sampleN: disclosed.sampleN ?? null,
    };
    if (disclosed.protection) entry.protection = disclosed.protection;
    const source = citationOf(version, disclosed);
    if (source) entry.source = source;
    if (authorised) {
      entry.provenance = {
        submissionId: version.submissionId,
        fileSha256: version.fileSha256,
        sourceRow: version.sourceRow,
      };
    }
    return entry;
  });
}
