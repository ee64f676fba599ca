// The store's tables as Kysely sees them. One schema for SQLite and PostgreSQL: timestamps are
// ISO-8601 UTC text (they sort as time), booleans are 0/1 integers, structured fields are JSON text.
import type { Generated } from 'kysely';
import type { EntryTables } from './schema-entry.js';
import type { PolicyTables } from './schema-policy.js';
import type { TrainingTables } from './schema-training.js';
import type { TravelTables } from './schema-travel.js';
import type { WorkflowTables } from './schema-workflow.js';

/** Breakdown dimensions beyond REF_AREA and TIME_PERIOD sit in dim1…dim6, in the table's key order. */
export const DIM_SLOTS = ['dim1', 'dim2', 'dim3', 'dim4', 'dim5', 'dim6'] as const;
export type DimSlot = (typeof DIM_SLOTS)[number];

interface ObservationColumns {
  table_id: string;
  ref_area: string;
  time_period: string;
  dim1: string;
  dim2: string;
  dim3: string;
  dim4: string;
  dim5: string;
  dim6: string;
  obs_value: number | null;
  obs_status: string;
  conf_status: string;
  obs_note: string | null;
  cv: number | null;
  sample_n: number | null;
}

export interface FrameworkVersionTable {
  version: string;
  checksum: string;
  loaded_at: string;
  definition: string;
}

export interface CodelistTable {
  id: string;
  agency: string;
  version: string;
  names: string;
  extensible: number;
}

export interface CodeTable {
  codelist_id: string;
  code_id: string;
  labels: string;
  aliases: string;
  parent: string | null;
  sort_order: number;
  derived: number;
  added_by: number | null;
}

export interface DataflowTable {
  id: string;
  definition: string;
}

export interface CountryTable {
  iso3: string;
  iso2: string;
  m49: string;
  names: string;
  official_names: string;
  aliases: string;
  is_member: number;
}

export interface MembershipTable {
  id: Generated<number>;
  iso3: string;
  from_date: string;
  to_date: string | null;
  status: string;
  note: string | null;
}

export interface PhaseAssignmentTable {
  id: Generated<number>;
  iso3: string;
  phase: string;
  from_date: string;
  to_date: string | null;
  reason: string | null;
  assigned_by: number | null;
}

export interface GroupingTable {
  id: string;
  names: string;
}

export interface GroupingMemberTable {
  grouping_id: string;
  iso3: string;
}

export interface UserTable {
  id: Generated<number>;
  email: string;
  password_hash: string;
  role: string;
  name: string | null;
  lang: string;
  created_at: string;
  disabled: number;
  failed_logins: number;
  locked_until: string | null;
  /** Base32 TOTP secret (RFC 6238); set at enrolment, in force once totp_enabled is 1. */
  totp_secret: string | null;
  totp_enabled: Generated<number>;
  /** The last time step a code was accepted for, so one code cannot sign in twice. */
  totp_last_step: number | null;
}

export interface UserCountryTable {
  user_id: number;
  iso3: string;
}

export interface FileTable {
  sha256: string;
  size: number;
  original_name: string;
  media_type: string;
  storage_path: string;
  created_at: string;
  created_by: number | null;
}

export interface FileChunkTable {
  sha256: string;
  seq: number;
  bytes: Uint8Array;
}

export interface SubmissionTable {
  id: Generated<number>;
  table_id: string;
  ref_area: string;
  round_id: number | null;
  status: string;
  file_sha256: string | null;
  origin: string;
  metadata: string;
  report: string | null;
  observation_count: number;
  created_by: number | null;
  created_at: string;
  updated_at: string;
  /** The current version's number (migration 0016): a corrected file adds the next one. */
  version: Generated<number>;
}

export interface StagedObservationTable extends ObservationColumns {
  submission_id: number;
  source_row: number | null;
}

export interface ReleaseTable {
  id: Generated<number>;
  table_id: string;
  submission_id: number | null;
  created_at: string;
  created_by: number | null;
  /** Publication time; a future time is an embargo. */
  published_at: string;
  notes: string | null;
  /** JSON: publisher, edition, table, licence of the figures. */
  source: string;
  observation_count: number;
  /** Stable id of the source series (FRAMEWORK §9); null for releases of no named source. */
  source_id: string | null;
  /** Sortable edition within the source: a greater one revises the cells it covers. */
  source_edition: string | null;
  /** SHA-256 of the file the release came from, when it came from one. */
  file_sha256: string | null;
}

export interface PublishedObservationTable extends ObservationColumns {
  release_id: number;
  submission_id: number | null;
  file_sha256: string | null;
  source_row: number | null;
  /** Where the figure stands in its original source (file, sheet, row), when known. */
  source_ref: string | null;
  valid_from: string;
  valid_to: string | null;
  superseded_by: number | null;
}

export interface CodeMappingTable {
  id: Generated<number>;
  ref_area: string;
  dimension_id: string;
  source_key: string;
  source_value: string;
  code: string;
  version: number;
  active: number;
  created_by: number | null;
  created_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_id: number | null;
  actor: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  details: string | null;
  ip: string | null;
  /** The HTTP request that made the entry (X-Request-Id), as the access log names it. */
  request_id: Generated<string | null>;
}

export interface Database extends WorkflowTables, EntryTables, TrainingTables, PolicyTables, TravelTables {
  framework_versions: FrameworkVersionTable;
  codelists: CodelistTable;
  codes: CodeTable;
  dataflows: DataflowTable;
  countries: CountryTable;
  memberships: MembershipTable;
  phase_assignments: PhaseAssignmentTable;
  groupings: GroupingTable;
  grouping_members: GroupingMemberTable;
  users: UserTable;
  user_countries: UserCountryTable;
  files: FileTable;
  file_chunks: FileChunkTable;
  submissions: SubmissionTable;
  staged_observations: StagedObservationTable;
  releases: ReleaseTable;
  observations: PublishedObservationTable;
  code_mappings: CodeMappingTable;
  audit_log: AuditLogTable;
}
