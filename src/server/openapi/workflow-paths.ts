// The workflow routes (issue 4): accounts, sessions, tokens, submissions, rounds, coverage,
// phases, audit. Request schemas are the ones the routes parse with.
import { z } from 'zod';
import { SUBMISSION_STATUSES } from '../../workflow/submissions/submission-states.js';
import * as S from '../routes/workflow-schemas.js';
import { errors, jsonBody, ok, pathParameter, queryParameters } from './openapi-helpers.js';

const signedIn = [{ session: [], csrf: [] }, { bearer: [] }];
/** Token management and two-factor enrolment: a browser session only, never a bearer token. */
const sessionOnly = [{ session: [], csrf: [] }];
const id = pathParameter('id', 'submission id', 'integer');

function transition(action: string, who: string, from: string, to: string) {
  return {
    post: {
      tags: ['submissions'],
      summary: `${action}: ${from} → ${to} (${who})`,
      security: signedIn,
      parameters: [id],
      requestBody: { ...jsonBody(S.TransitionBody), required: false },
      responses: {
        '200': ok('New status (and, for publish, the release)'),
        ...errors(401, 403, 404, 409, 422),
      },
    },
  };
}

export const WORKFLOW_PATHS: Record<string, unknown> = {
  '/api/auth/login': {
    post: {
      tags: ['auth'],
      summary:
        'Sign in: sets the HttpOnly session cookie, answers {csrfToken, user, twoFactor}. Accounts with ' +
        'two-factor sign-in also send `code` (401 TWO_FACTOR_CODE_REQUIRED without it, ' +
        'TWO_FACTOR_CODE_INVALID when wrong or already used). A locked address answers 429 ACCOUNT_LOCKED, ' +
        'the same whether or not it has an account. With SICREMI_REQUIRE_2FA, a reviewer or admin not ' +
        'enrolled gets twoFactor.enrolmentRequired and a session that reaches only /api/me and enrolment',
      requestBody: jsonBody(S.LoginBody),
      responses: { '200': ok('Signed in'), ...errors(400, 401, 429) },
    },
  },
  '/api/auth/2fa/enrol': {
    post: {
      tags: ['auth'],
      summary:
        'Start two-factor enrolment: a new TOTP key (RFC 6238), its otpauth:// URI and an SVG QR code ' +
        '(409 TWO_FACTOR_ALREADY_ENABLED when enrolled)',
      security: sessionOnly,
      responses: { '200': ok('{secret, otpauthUri, qrSvg}'), ...errors(401, 403, 409) },
    },
  },
  '/api/auth/2fa/confirm': {
    post: {
      tags: ['auth'],
      summary:
        'Confirm enrolment with the first code of the app: two-factor sign-in is on, and the answer holds ' +
        'ten single-use recovery codes, shown this once (audited as auth.2fa_enrol)',
      security: sessionOnly,
      requestBody: jsonBody(S.TwoFactorConfirmBody),
      responses: { '200': ok('{recoveryCodes}'), ...errors(400, 401, 403, 409) },
    },
  },
  '/api/auth/logout': {
    post: {
      tags: ['auth'],
      summary: 'Sign out',
      security: signedIn,
      responses: { '204': { description: 'Done' } },
    },
  },
  '/api/auth/password-reset': {
    post: {
      tags: ['auth'],
      summary:
        'Mail a single-use reset link (same answer whether or not the account exists). Limited per ' +
        'address (further requests get the same answer, no mail) and per client (429 TOO_MANY_RESET_REQUESTS)',
      requestBody: jsonBody(S.ResetRequestBody),
      responses: { '202': { description: 'Accepted' }, ...errors(400, 429) },
    },
  },
  '/api/auth/password-reset/confirm': {
    post: {
      tags: ['auth'],
      summary: 'Set a new password with the mailed token',
      requestBody: jsonBody(S.ResetConfirmBody),
      responses: {
        '204': {
          description:
            "Password changed; the account's other reset tokens, sessions and API tokens ended, its lock lifted",
        },
        ...errors(400),
      },
    },
  },
  '/api/me': {
    get: {
      tags: ['auth'],
      summary: 'The caller: account, role, countries, two-factor state, and the session CSRF token',
      security: signedIn,
      responses: { '200': ok('The caller'), ...errors(401) },
    },
  },
  '/api/users': {
    get: {
      tags: ['users'],
      summary: 'List accounts (admin)',
      security: signedIn,
      responses: { '200': ok('Accounts'), ...errors(401, 403) },
    },
    post: {
      tags: ['users'],
      summary: 'Create an account (admin)',
      security: signedIn,
      requestBody: jsonBody(S.NewUserBody),
      responses: { '201': ok('Created'), ...errors(400, 401, 403, 409) },
    },
  },
  '/api/users/{id}': {
    patch: {
      tags: ['users'],
      summary:
        "Change an account's role, countries or disabled flag, or turn off its second factor " +
        "(resetTwoFactor, not for one's own account) (admin; audited). Disabling or a new role revokes the " +
        "account's API tokens",
      security: signedIn,
      parameters: [pathParameter('id', 'user id', 'integer')],
      requestBody: jsonBody(S.UserAccessBody),
      responses: { '200': ok('The account'), ...errors(400, 401, 403, 404) },
    },
  },
  '/api/tokens': {
    get: {
      tags: ['tokens'],
      summary:
        'Your API tokens (admins: all), with expiresAt, lastUsedAt and revokedAt; from a session only ' +
        '(403 TOKEN_SESSION_REQUIRED with a bearer token)',
      security: sessionOnly,
      responses: { '200': ok('Tokens'), ...errors(401, 403) },
    },
    post: {
      tags: ['tokens'],
      summary:
        'Create an API token (expiresInDays, default 90); the token is shown in this answer only. From a ' +
        'session only (403 TOKEN_SESSION_REQUIRED with a bearer token); audited',
      security: sessionOnly,
      requestBody: { ...jsonBody(S.NewTokenBody), required: false },
      responses: { '201': ok('The token'), ...errors(401, 403) },
    },
  },
  '/api/tokens/{id}': {
    delete: {
      tags: ['tokens'],
      summary: 'Revoke an API token (from a session only; audited)',
      security: sessionOnly,
      parameters: [pathParameter('id', 'token id', 'integer')],
      responses: { '204': { description: 'Revoked' }, ...errors(401, 403, 404) },
    },
  },
  '/api/submissions': {
    get: {
      tags: ['submissions'],
      summary: 'List submissions (correspondents: their countries only)',
      security: signedIn,
      parameters: queryParameters(S.SubmissionListQuery),
      responses: { '200': ok('Submissions'), ...errors(400, 401, 403) },
    },
    post: {
      tags: ['submissions'],
      summary: 'Upload a file: validated and staged as a draft → {id, status, report}',
      security: signedIn,
      requestBody: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: {
              type: 'object',
              required: ['file', 'table', 'country'],
              properties: {
                file: { type: 'string', format: 'binary', description: 'CSV, XLSX or SDMX-CSV' },
                table: { type: 'string', description: 'table id, e.g. MIG_STOCK_FB' },
                country: { type: 'string', description: 'ISO3 of the reporting country' },
              },
            },
          },
        },
      },
      responses: {
        '201': ok('The draft and its validation report'),
        ...errors(400, 401, 403, 413, 422, 501),
      },
    },
  },
  '/api/submissions/{id}': {
    get: {
      tags: ['submissions'],
      summary:
        'A submission with its report, warnings, warningGroups (by cause, with their justification) and justifications, revision diff, mirror checks, comments, events',
      security: signedIn,
      parameters: [id],
      responses: { '200': ok('The submission'), ...errors(401, 403, 404) },
    },
  },
  '/api/submissions/{id}/file': {
    get: {
      tags: ['submissions'],
      summary:
        'The original file as it was sent (from PostgreSQL or the shared files directory: any process)',
      security: signedIn,
      parameters: [id],
      responses: { '200': ok('The file, with its media type and name'), ...errors(401, 403, 404) },
    },
  },
  '/api/submissions/{id}/submit': transition('submit', 'correspondent, admin', 'draft|returned', 'submitted'),
  '/api/submissions/{id}/return': transition('return', 'reviewer, admin', 'submitted', 'returned'),
  '/api/submissions/{id}/accept': transition('accept', 'reviewer, admin', 'submitted', 'accepted'),
  '/api/submissions/{id}/publish': transition('publish', 'reviewer, admin', 'accepted', 'published'),
  '/api/submissions/{id}/withdraw': transition(
    'withdraw',
    'correspondent, admin',
    'draft|returned',
    'withdrawn',
  ),
  '/api/submissions/{id}/justifications': {
    post: {
      tags: ['submissions'],
      summary:
        "Justify a warning (by row or cell key) or a whole warning group ({group, text}); becomes the values' public footnote, or a release note for a group with no cell",
      security: signedIn,
      parameters: [id],
      requestBody: jsonBody(S.JustificationBody),
      responses: { '200': ok('The justification'), ...errors(400, 401, 403, 404, 409) },
    },
  },
  '/api/submissions/{id}/comments': {
    post: {
      tags: ['submissions'],
      summary: 'Comment on the submission, or on one cell (key)',
      security: signedIn,
      parameters: [id],
      requestBody: jsonBody(S.CommentBody),
      responses: { '200': ok('The comment'), ...errors(400, 401, 403, 404) },
    },
  },
  // Issue 17: versions, re-check in place, bulk withdrawal, the values as a pivot.
  '/api/submissions/{id}/versions': {
    post: {
      tags: ['submissions'],
      summary:
        'Upload a corrected file as the next version of a draft or returned submission; comments stay, justifications carry over',
      security: signedIn,
      parameters: [id],
      requestBody: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: {
              type: 'object',
              required: ['file'],
              properties: {
                file: { type: 'string', format: 'binary', description: 'CSV, XLSX or SDMX-CSV' },
              },
            },
          },
        },
      },
      responses: {
        '201': ok('{id, status, version, report, carriedJustifications}'),
        ...errors(400, 401, 403, 404, 409, 413, 422, 501),
      },
    },
  },
  '/api/submissions/{id}/versions/{n}/file': {
    get: {
      tags: ['submissions'],
      summary: "A version's original file, as uploaded",
      security: signedIn,
      parameters: [id, pathParameter('n', 'version number, from 1', 'integer')],
      responses: { '200': { description: 'The file' }, ...errors(401, 403, 404) },
    },
  },
  '/api/submissions/{id}/recheck': {
    post: {
      tags: ['submissions'],
      summary: "Read the current version's file again with the code mappings saved since (no new version)",
      security: signedIn,
      parameters: [id],
      responses: { '200': ok('{id, status, version, report}'), ...errors(401, 403, 404, 409, 422, 501) },
    },
  },
  '/api/submissions/{id}/pivot': {
    get: {
      tags: ['submissions'],
      summary:
        'The staged values laid out like /api/restricted/data/{table}/pivot, each cell with its change (new, changed old → new %, unchanged, removed), warnings and comments',
      security: signedIn,
      parameters: [id, ...queryParameters(S.SubmissionPivotQuery)],
      responses: { '200': ok('The pivot'), ...errors(400, 401, 403, 404) },
    },
  },
  '/api/submissions/withdraw': {
    post: {
      tags: ['submissions'],
      summary: 'Withdraw several drafts or returned submissions at once → {withdrawn, refused}',
      security: signedIn,
      requestBody: jsonBody(S.WithdrawBody),
      responses: { '200': ok('What was withdrawn, and what was refused with its code'), ...errors(400, 401) },
    },
  },
  '/api/rounds': {
    get: {
      tags: ['rounds'],
      summary: 'Reporting rounds',
      security: signedIn,
      responses: { '200': ok('Rounds'), ...errors(401) },
    },
    post: {
      tags: ['rounds'],
      summary: 'Open a round: tables requested per phase and a deadline (admin)',
      security: signedIn,
      requestBody: jsonBody(S.NewRoundBody),
      responses: { '201': ok('The round'), ...errors(400, 401, 403, 409) },
    },
  },
  '/api/coverage': {
    get: {
      tags: ['rounds'],
      summary: `Coverage matrix country × table: ${['not_started', ...SUBMISSION_STATUSES.filter((s) => s !== 'withdrawn')].join(', ')}; on time or late`,
      security: signedIn,
      parameters: queryParameters(S.CoverageQuery),
      responses: { '200': ok('The matrix'), ...errors(400, 401, 404) },
    },
  },
  '/api/phases': {
    get: {
      tags: ['rounds'],
      summary: "Each country's phase on a date (history=true: every assignment)",
      parameters: queryParameters(S.PhaseQuery),
      responses: { '200': ok('Phases') },
    },
  },
  '/api/phases/{country}': {
    put: {
      tags: ['rounds'],
      summary: 'Reassign a country to a phase from a date; history kept (admin)',
      security: signedIn,
      parameters: [pathParameter('country', 'ISO3')],
      requestBody: jsonBody(S.PhaseBody),
      responses: { '200': ok('The new assignment'), ...errors(400, 401, 403) },
    },
  },
  '/api/audit': {
    get: {
      tags: ['audit'],
      summary: 'The audit log, JSON or CSV (admin)',
      security: signedIn,
      parameters: queryParameters(S.AuditQuery),
      responses: {
        '200': { description: 'Entries', content: { 'application/json': {}, 'text/csv': {} } },
        ...errors(400, 401, 403),
      },
    },
  },
  '/api/outbox': {
    get: {
      tags: ['audit'],
      summary: 'Outgoing mail (admin)',
      security: signedIn,
      responses: { '200': ok('Messages'), ...errors(401, 403) },
    },
  },
  '/api/observations/history': {
    get: {
      tags: ['data'],
      summary:
        "A cell's revision history, disclosure control applied to every release: value, status, note, release, citation of a published source",
      parameters: queryParameters(S.HistoryQuery),
      responses: {
        '200': ok('History', z.toJSONSchema(z.object({ history: z.array(z.object({})) }))),
        ...errors(400, 404),
      },
    },
  },
  '/api/restricted/observations/history': {
    get: {
      tags: ['data'],
      summary:
        "A cell's revision history for authorised users: unsuppressed values of their countries, embargoed releases (OAS staff), submission, file hash and source row",
      security: signedIn,
      parameters: queryParameters(S.HistoryQuery),
      responses: {
        '200': ok('History', z.toJSONSchema(z.object({ history: z.array(z.object({})) }))),
        ...errors(400, 401, 404),
      },
    },
  },
};
