// The policy developments' tables (migration 0012) as Kysely sees them; merged into Database.
import type { Generated } from 'kysely';

export interface PolicyEventTable {
  id: Generated<number>;
  ref_area: string;
  /** A CL_POLICY_TYPE code. */
  type: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD, as reported. */
  date: string;
  end_date: string | null;
  /** `date` widened to its first day and `end_date ?? date` to its last: YYYY-MM-DD. */
  starts_on: string;
  ends_on: string;
  title: string;
  summary: string;
  /** Language the correspondent wrote in (en, es, fr, pt). */
  lang: string;
  /** JSON: table ids whose series the event may move. */
  tables: string;
  /** A CL_REG_PROGRAMME code (REGULARISATION only). */
  programme: string | null;
  /** JSON: {publisher, title, date, url} of the official text. */
  source: string;
  status: string;
  round_id: number | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
  /** Publication time: the public sees the event from then on. */
  published_at: string | null;
  /** Set on the demo's events, so loading the demo twice adds nothing. */
  demo_key: string | null;
}

export interface PolicyEventActionTable {
  id: Generated<number>;
  event_id: number;
  action: string;
  from_status: string | null;
  to_status: string;
  actor_id: number | null;
  at: string;
  message: string | null;
}

export interface PolicyEventCommentTable {
  id: Generated<number>;
  event_id: number;
  text: string;
  author_id: number | null;
  created_at: string;
}

export interface PolicyEventTranslationTable {
  id: Generated<number>;
  event_id: number;
  lang: string;
  title: string;
  summary: string;
  created_by: number | null;
  created_at: string;
}

export interface PolicyTables {
  policy_events: PolicyEventTable;
  policy_event_actions: PolicyEventActionTable;
  policy_event_comments: PolicyEventCommentTable;
  policy_event_translations: PolicyEventTranslationTable;
}
