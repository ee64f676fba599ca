// The one interface reports read published figures through. Its store implementation goes
// through the dissemination gateway, so a report shows exactly what the public API shows:
// the same disclosure control, the same values. Tests may substitute a fake.
import type { PolicyEventRequest, PublicPolicyEvent } from '../../dissemination/read-policy-events.js';
import type { TableDef } from '../../framework/types.js';
import type { ReleaseOrigin } from '../../dissemination/release-origin.js';
import type { ReleaseInfo } from '../../store/repositories/release-queries.js';

/** A published cell after disclosure control: a suppressed cell has value null and status Q. */
export interface ReportCell {
  key: Readonly<Record<string, string>>;
  value: number | null;
  status: string;
  conf: string;
  note: string | null;
  releaseId: number;
  /** Source series and edition of the release (FRAMEWORK §9), once the report has read it. */
  origin?: ReleaseOrigin;
}

export interface CellRequest {
  table: TableDef;
  /** Visibility time: cells as they stood at this instant. */
  at: string;
  refAreas?: readonly string[];
  filters?: Readonly<Record<string, readonly string[]>>;
}

export interface ReportDataSource {
  /** Publication time of the newest release public at `now`, if any. */
  findLatestPublication(now: string): Promise<string | undefined>;
  /** The releases with these ids (any publication time); unknown ids are left out. */
  findReleases(ids: readonly number[]): Promise<ReleaseInfo[]>;
  /** Disclosure-controlled cells of one table, as the public saw them at `at`. */
  readCells(request: CellRequest): Promise<ReportCell[]>;
  /** Policy events published by `at` (issue 21); a source without them shows none. */
  readPolicyEvents?(request: PolicyEventRequest): Promise<PublicPolicyEvent[]>;
}
