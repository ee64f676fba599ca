// The request bodies and query strings of the policy-event routes (issue 21), as zod schemas:
// the routes parse with them and the OpenAPI document is generated from them.
import { z } from 'zod';
import { SUBMISSION_STATUSES } from '../../workflow/submissions/submission-states.js';

export const PolicyEventBody = z.object({
  country: z.string().describe('ISO3 of the member state'),
  type: z.string().describe('a CL_POLICY_TYPE code, e.g. REGULARISATION'),
  date: z.string().describe('YYYY, YYYY-MM or YYYY-MM-DD: when it took effect or began'),
  endDate: z.string().nullable().optional().describe('end of the period, if any'),
  title: z.string().max(300),
  summary: z.string().max(4000),
  lang: z.string().describe('language of title and summary: en, es, fr or pt'),
  tables: z.array(z.string()).max(30).optional().describe('table ids whose series it may move'),
  programme: z.string().nullable().optional().describe('REGULARISATION only: its CL_REG_PROGRAMME code'),
  source: z.object({
    publisher: z.string().max(300),
    title: z.string().max(500),
    date: z.string().nullable().optional(),
    url: z.string().max(1000).nullable().optional(),
  }),
});

export const PolicyTransitionBody = z.object({ message: z.string().max(10_000).optional() });

export const PolicyCommentBody = z.object({ text: z.string().min(1).max(10_000) });

export const PolicyTranslationBody = z.object({
  lang: z.string().describe('en, es, fr or pt; not the original language'),
  title: z.string().max(300),
  summary: z.string().max(4000),
});

export const PolicyEventQuery = z.object({
  country: z.string().optional().describe('ISO3 codes, comma-separated'),
  type: z.string().optional().describe('a CL_POLICY_TYPE code'),
  table: z.string().optional().describe('only events affecting this table'),
  from: z.string().optional().describe('YYYY, YYYY-MM or YYYY-MM-DD: events running on or after'),
  to: z.string().optional().describe('YYYY, YYYY-MM or YYYY-MM-DD: events begun on or before'),
  asOf: z.string().optional().describe('a past day or instant: the events published by then'),
  lang: z.string().optional().describe('en, es, fr or pt; else Accept-Language, else English'),
});

export const PolicyWorkQuery = z.object({
  country: z.string().optional(),
  status: z.enum(SUBMISSION_STATUSES).optional(),
});
