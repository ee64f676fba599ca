// The workflow's tables (migration 0003) as Kysely sees them; merged into Database in schema.ts.
import type { Generated } from 'kysely';

export interface SessionTable {
  /** SHA-256 of the cookie value: a leaked table does not hand out live sessions. */
  id_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  ip: string | null;
}

export interface ApiTokenTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  token_hash: string;
  /** The first characters of the token, shown in lists so owners recognise it. */
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
  /** Every token expires (migration 0009 gave older tokens 90 days). */
  expires_at: string | null;
}

export interface LoginAttemptTable {
  id: Generated<number>;
  ip: string;
  email: string;
  at: string;
  success: number;
  /** Set on the failure that locks the address: sign-in is refused for it until then. */
  locks_until: string | null;
}

export interface RecoveryCodeTable {
  id: Generated<number>;
  user_id: number;
  code_hash: string;
  created_at: string;
  used_at: string | null;
}

export interface PasswordResetRequestTable {
  id: Generated<number>;
  email: string;
  ip: string;
  at: string;
}

export interface PasswordResetTable {
  token_hash: string;
  user_id: number;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface RoundTable {
  id: Generated<number>;
  name: string;
  opens_at: string;
  deadline: string;
  /** JSON: phase id → table ids requested from the countries of that phase. */
  tables: string;
  reminder_days: number;
  created_at: string;
  created_by: number | null;
  /** 1: the reviewer who accepts a submission may not publish it (migration 0016). */
  four_eyes: Generated<number>;
}

export interface SubmissionEventTable {
  id: Generated<number>;
  submission_id: number;
  action: string;
  from_status: string | null;
  to_status: string;
  actor_id: number | null;
  at: string;
  message: string | null;
}

export interface JustificationTable {
  id: Generated<number>;
  submission_id: number;
  source_row: number | null;
  cell_key: string | null;
  /** The warning group the justification covers (migration 0015), e.g. `SERIES_BREAK:start:SEX`. */
  warning_group: string | null;
  text: string;
  created_by: number | null;
  created_at: string;
  /** The submission version it justifies a warning of (migration 0016). */
  version: number | null;
}

export interface CommentTable {
  id: Generated<number>;
  submission_id: number;
  cell_key: string | null;
  text: string;
  author_id: number | null;
  created_at: string;
  /** The submission version current when it was written (migration 0016). */
  version: number | null;
}

/** One version of a submission: its file and summary; its staged values once superseded. */
export interface SubmissionVersionTable {
  id: Generated<number>;
  submission_id: number;
  n: number;
  file_sha256: string | null;
  file_name: string | null;
  created_at: string;
  created_by: number | null;
  /** JSON: observations, errors, warnings, carried justifications. */
  summary: string;
  /** JSON: the validation report, kept once the version is superseded. */
  report: string | null;
  /** JSON: cell key → {value, status}, kept once the version is superseded. */
  cells: string | null;
}

export interface MailOutboxTable {
  id: Generated<number>;
  to_address: string;
  subject: string;
  body: string;
  kind: string;
  /** Set for mail that must go out once only (reminders). */
  dedupe_key: string | null;
  created_at: string;
  sent_at: string | null;
  transport: string;
  error: string | null;
}

export interface WorkflowTables {
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  login_attempts: LoginAttemptTable;
  password_resets: PasswordResetTable;
  rounds: RoundTable;
  submission_events: SubmissionEventTable;
  justifications: JustificationTable;
  comments: CommentTable;
  mail_outbox: MailOutboxTable;
  recovery_codes: RecoveryCodeTable;
  password_reset_requests: PasswordResetRequestTable;
  submission_versions: SubmissionVersionTable;
}
