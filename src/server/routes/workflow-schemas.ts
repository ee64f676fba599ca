// The request bodies and query strings of the workflow routes (issue 4), as zod schemas: the
// routes parse with them, and the OpenAPI document (src/server/openapi) is generated from them.
import { z } from 'zod';
import { MAX_TOKEN_DAYS, TOKEN_DAYS } from '../../workflow/api-tokens.js';
import { SUBMISSION_STATUSES } from '../../workflow/submissions/submission-states.js';

export const LoginBody = z.object({
  email: z.string(),
  password: z.string(),
  code: z
    .string()
    .max(40)
    .optional()
    .describe('TOTP code (6 digits) or a recovery code, for accounts enrolled in two-factor sign-in'),
});
export const TwoFactorConfirmBody = z.object({
  code: z.string().max(40).describe('the 6-digit code the authenticator app shows'),
});
export const ResetRequestBody = z.object({ email: z.string() });
export const ResetConfirmBody = z.object({ token: z.string(), password: z.string() });

export const NewUserBody = z.object({
  email: z.string(),
  password: z.string(),
  role: z.string().describe('admin, reviewer or correspondent'),
  countries: z.array(z.string()).optional().describe('ISO3 codes; required for correspondents'),
  name: z.string().optional(),
  lang: z.enum(['en', 'es', 'fr', 'pt']).optional(),
});

export const UserAccessBody = z.object({
  role: z.string().optional(),
  countries: z.array(z.string()).optional(),
  disabled: z.boolean().optional(),
  resetTwoFactor: z
    .literal(true)
    .optional()
    .describe("turn off the account's two-factor sign-in (lost phone and recovery codes); it enrols again"),
});

export const NewTokenBody = z.object({
  name: z.string().max(100).optional(),
  expiresInDays: z
    .number()
    .int()
    .min(1)
    .max(MAX_TOKEN_DAYS)
    .optional()
    .describe(`days until the token expires (default ${TOKEN_DAYS})`),
});

export const SubmissionListQuery = z.object({
  country: z.string().optional(),
  table: z.string().optional(),
  status: z.enum(SUBMISSION_STATUSES).optional(),
  round: z.string().optional().describe('round id'),
});

export const CellKey = z
  .union([z.string(), z.record(z.string(), z.string())])
  .describe('a cell: dimension codes in key order joined by dots (e.g. "CHL.VEN.F._T.2023"), or {DIM: code}');

export const TransitionBody = z.object({
  message: z.string().max(10_000).optional(),
  publishAt: z
    .string()
    .optional()
    .describe(
      'publish only: publication time (ISO), now or later; a future time is an embargo; more than 60 s in the past is refused (422 PUBLISH_AT_IN_PAST)',
    ),
  notes: z.string().max(10_000).optional().describe('publish only: release notes'),
});

export const JustificationBody = z.object({
  row: z.number().int().positive().optional().describe('source row of the warning'),
  key: CellKey.optional(),
  group: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe(
      'a warning group id of the submission (e.g. SERIES_BREAK:start:SEX): covers every warning of the group',
    ),
  text: z.string().min(1).max(2000),
});

export const CommentBody = z.object({ text: z.string().min(1).max(10_000), key: CellKey.optional() });

export const NewRoundBody = z.object({
  name: z.string().min(1).max(50).describe('e.g. "2026"'),
  deadline: z.string().describe('YYYY-MM-DD (end of that day, UTC) or ISO time'),
  opensAt: z.string().optional(),
  tables: z.record(z.string(), z.array(z.string())).describe('phase (I, II, III) → table ids requested'),
  reminderDays: z.number().int().min(0).max(365).optional(),
  fourEyes: z
    .boolean()
    .optional()
    .describe('default true: the reviewer who accepts a submission may not publish it'),
});

export const CoverageQuery = z.object({
  round: z.string().optional().describe('round id or name; default: the latest opened round'),
  phase: z.enum(['I', 'II', 'III']).optional(),
});

export const PhaseQuery = z.object({
  date: z.string().optional().describe('YYYY-MM-DD; default today'),
  history: z.enum(['true', 'false']).optional(),
});

export const PhaseBody = z.object({
  phase: z.enum(['I', 'II', 'III']),
  from: z.string().optional().describe('YYYY-MM-DD; default today'),
  reason: z.string().max(1000).optional(),
});

export const AuditQuery = z.object({
  from: z.string().optional(),
  to: z.string().optional(),
  format: z.enum(['json', 'csv']).optional(),
  limit: z.coerce.number().int().positive().max(100_000).optional(),
});

export const HistoryQuery = z.object({
  table: z.string(),
  key: z.string().describe('dimension codes in key order joined by dots'),
});

// Issue 17: bulk withdrawal and the submission's values as a pivot.
export const WithdrawBody = z.object({ ids: z.array(z.number().int().positive()).min(1).max(500) });

export const SubmissionPivotQuery = z.object({
  rows: z.string().optional().describe('dimension ids on rows, comma-separated'),
  cols: z.string().optional().describe('dimension ids on columns, comma-separated'),
  offset: z.coerce.number().int().min(0).optional(),
  rowLimit: z.coerce.number().int().min(1).max(500).optional(),
  compare: z.enum(['published', 'previous']).optional().describe('default: published'),
  only: z.enum(['all', 'changed', 'warnings']).optional().describe('default: all'),
});
