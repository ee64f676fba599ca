// Policy developments (issue 21): the public list and the review routes. Schemas are the ones
// the routes parse with (routes/policy-event-schemas.ts).
import * as S from '../routes/policy-event-schemas.js';
import { errors, jsonBody, ok, pathParameter, queryParameters } from './openapi-helpers.js';

const signedIn = [{ session: [], csrf: [] }, { bearer: [] }];
const id = pathParameter('id', 'policy event id', 'integer');

function transition(action: string, who: string, from: string, to: string) {
  return {
    post: {
      tags: ['policy'],
      summary: `${action}: ${from} → ${to} (${who})`,
      security: signedIn,
      parameters: [id],
      requestBody: { ...jsonBody(S.PolicyTransitionBody), required: false },
      responses: { '200': ok('{id, status, publishedAt?}'), ...errors(401, 403, 404, 409) },
    },
  };
}

export const POLICY_PATHS: Record<string, unknown> = {
  '/api/policy-events': {
    get: {
      tags: ['policy'],
      summary:
        'Published policy developments (public): by country, type, period, table; `asOf` shows those published by then; texts in `lang`, else the original with "original in …"',
      parameters: queryParameters(S.PolicyEventQuery),
      responses: { '200': ok('{asOf, lang, events}'), ...errors(400, 404) },
    },
    post: {
      tags: ['policy'],
      summary: 'Draft a policy development for one of the caller’s countries (correspondent or staff)',
      security: signedIn,
      requestBody: jsonBody(S.PolicyEventBody),
      responses: { '201': ok('{event}'), ...errors(400, 401, 403, 422) },
    },
  },
  '/api/policy-events/all': {
    get: {
      tags: ['policy'],
      summary: 'Every policy development the caller may read, in any state, with the actions allowed now',
      security: signedIn,
      parameters: queryParameters(S.PolicyWorkQuery),
      responses: { '200': ok('{events}'), ...errors(400, 401) },
    },
  },
  '/api/policy-events/{id}': {
    get: {
      tags: ['policy'],
      summary:
        'One policy development: its review detail for staff and its country’s correspondents; a published one for everyone else; otherwise 404',
      parameters: [id],
      responses: { '200': ok('{event}'), ...errors(400, 404) },
    },
    put: {
      tags: ['policy'],
      summary: 'Rewrite a draft or returned policy development (correspondent or admin)',
      security: signedIn,
      parameters: [id],
      requestBody: jsonBody(S.PolicyEventBody),
      responses: { '200': ok('{event}'), ...errors(400, 401, 403, 404, 409, 422) },
    },
  },
  '/api/policy-events/{id}/submit': transition(
    'submit',
    'correspondent, admin',
    'draft|returned',
    'submitted',
  ),
  '/api/policy-events/{id}/return': transition('return', 'reviewer, admin', 'submitted', 'returned'),
  '/api/policy-events/{id}/accept': transition('accept', 'reviewer, admin', 'submitted', 'accepted'),
  '/api/policy-events/{id}/publish': transition('publish', 'reviewer, admin', 'accepted', 'published'),
  '/api/policy-events/{id}/comments': {
    post: {
      tags: ['policy'],
      summary: 'Comment on a policy development (either side, any state)',
      security: signedIn,
      parameters: [id],
      requestBody: jsonBody(S.PolicyCommentBody),
      responses: { '200': ok('{comment}'), ...errors(400, 401, 404) },
    },
  },
  '/api/policy-events/{id}/translations': {
    post: {
      tags: ['policy'],
      summary: 'Add a reviewed translation (OAS staff); shown to readers from its time on',
      security: signedIn,
      parameters: [id],
      requestBody: jsonBody(S.PolicyTranslationBody),
      responses: { '200': ok('{translation}'), ...errors(400, 401, 403, 404, 422) },
    },
  },
};
