// The review-side shapes of a policy event (GET /api/policy-events/all and /:id when signed in).
import type { PolicySource } from '../../api/policy-events';

export interface PolicyEventRecord {
  id: number;
  country: string;
  type: string;
  date: string;
  endDate: string | null;
  title: string;
  summary: string;
  lang: string;
  tables: string[];
  programme: string | null;
  source: PolicySource;
  status: string;
  publishedAt: string | null;
  allowedActions: string[];
}

export interface PolicyEventDetail extends PolicyEventRecord {
  history: {
    action: string;
    from: string | null;
    to: string;
    actor: string | null;
    at: string;
    message: string | null;
  }[];
  comments: { id: number; text: string; author: string | null; createdAt: string }[];
  translations: { lang: string; title: string; summary: string; createdAt: string }[];
  canEdit: boolean;
  canTranslate: boolean;
}
