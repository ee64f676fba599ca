// Policy developments (issue 21). The public list (GET /api/policy-events) and a public event
// show published events only, through readPublishedPolicyEvents; the review routes (draft, edit,
// submit/return/accept/publish, comments, translations) are for accounts, per country as for
// submissions. An event the caller may not read is "not found": its existence does not leak.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { readPublishedPolicyEvents } from '../../dissemination/read-policy-events.js';
import { getCodelist, getTable, MEMBER_STATES } from '../../framework/index.js';
import { findPolicyEvent } from '../../store/repositories/policy-events.js';
import {
  addPolicyEventComment,
  addPolicyEventTranslation,
} from '../../workflow/policy-events/annotate-policy-event.js';
import { firstDayOf, isPolicyDate, lastDayOf } from '../../workflow/policy-events/policy-dates.js';
import {
  getPolicyEventDetail,
  listReadablePolicyEvents,
} from '../../workflow/policy-events/policy-event-detail.js';
import { isPolicyEventAction } from '../../workflow/policy-events/policy-event-states.js';
import { createPolicyEvent, updatePolicyEvent } from '../../workflow/policy-events/save-policy-event.js';
import { transitionPolicyEvent } from '../../workflow/policy-events/transition-policy-event.js';
import { canReadCountry } from '../../workflow/roles.js';
import { getRequestUser, requireRole } from '../auth/request-user.js';
import { ApiError } from '../errors.js';
import { requestLanguage } from '../request-language.js';
import { parseId, parseInput } from './parse-input.js';
import {
  PolicyCommentBody,
  PolicyEventBody,
  PolicyEventQuery,
  PolicyTransitionBody,
  PolicyTranslationBody,
  PolicyWorkQuery,
} from './policy-event-schemas.js';
import { actorContext, type WorkflowDeps } from './workflow-deps.js';

function invalid(name: string, value: string, hint: string): ApiError {
  return new ApiError('INVALID_PARAMETER', 400, { name, value, hint });
}

/** A past instant (a bare date: the end of that day, UTC), never later than now. */
function readAsOf(value: string | undefined, now: string): string {
  if (value === undefined) return now;
  const text = value.trim();
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(text);
  const time = Date.parse(dateOnly ? `${text}T23:59:59.999Z` : text);
  if (!/^\d{4}-\d{2}-\d{2}/.test(text) || Number.isNaN(time)) {
    throw invalid('asOf', value, 'Give a date (YYYY-MM-DD) or an ISO time.');
  }
  const at = new Date(time).toISOString();
  return at < now ? at : now;
}

function readCountries(value: string | undefined): string[] | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const codes = value.split(',').map((c) => c.trim().toUpperCase());
  for (const code of codes) {
    if (!MEMBER_STATES.includes(code)) throw new ApiError('UNKNOWN_COUNTRY', 400, { country: code });
  }
  return codes;
}

function readParam(request: FastifyRequest, name: string): string {
  return String((request.params as Record<string, unknown>)[name] ?? '');
}

export function registerPolicyEventRoutes(app: FastifyInstance, deps: WorkflowDeps): void {
  const { store } = deps;
  const signedIn = { preHandler: requireRole() };

  app.get('/api/policy-events', async (request) => {
    const query = parseInput(PolicyEventQuery, request.query);
    const now = new Date().toISOString();
    const countries = readCountries(query.country);
    const type = query.type?.trim().toUpperCase();
    if (type && !getCodelist('CL_POLICY_TYPE')?.codes.some((c) => c.id === type)) {
      throw invalid('type', query.type ?? '', 'Give a code of CL_POLICY_TYPE.');
    }
    const table = query.table?.trim().toUpperCase();
    if (table && !getTable(table)) throw new ApiError('TABLE_NOT_FOUND', 404, { id: query.table ?? '' });
    for (const [name, value] of [
      ['from', query.from],
      ['to', query.to],
    ] as const) {
      if (value !== undefined && !isPolicyDate(value.trim())) {
        throw invalid(name, value, 'Give YYYY, YYYY-MM or YYYY-MM-DD.');
      }
    }
    const at = readAsOf(query.asOf, now);
    const lang = requestLanguage(request);
    const events = await readPublishedPolicyEvents(store.db, {
      ...(countries ? { countries } : {}),
      ...(type ? { type } : {}),
      ...(table ? { table } : {}),
      ...(query.from ? { from: firstDayOf(query.from.trim()) } : {}),
      ...(query.to ? { to: lastDayOf(query.to.trim()) } : {}),
      at,
      lang,
    });
    return { asOf: at, lang, events };
  });

  app.get('/api/policy-events/all', signedIn, async (request) => {
    const query = parseInput(PolicyWorkQuery, request.query);
    const events = await listReadablePolicyEvents(store.db, actorContext(request).actor, {
      ...(query.country ? { country: query.country.toUpperCase() } : {}),
      ...(query.status ? { status: query.status } : {}),
    });
    return { events };
  });

  app.post('/api/policy-events', signedIn, async (request, reply) => {
    const body = parseInput(PolicyEventBody, request.body);
    const event = await createPolicyEvent(store, actorContext(request), body);
    return reply.code(201).send({ event });
  });

  app.get('/api/policy-events/:id', async (request) => {
    const id = parseId(readParam(request, 'id'));
    const user = getRequestUser(request);
    const stored = await findPolicyEvent(store.db, id);
    if (stored && user && canReadCountry(user, stored.country)) {
      return { event: await getPolicyEventDetail(store.db, actorContext(request).actor, id) };
    }
    // Everyone else sees a published event as the public list shows it, or nothing at all.
    const published =
      stored?.status === 'published'
        ? (
            await readPublishedPolicyEvents(store.db, {
              countries: [stored.country],
              at: new Date().toISOString(),
              lang: requestLanguage(request),
            })
          ).find((e) => e.id === id)
        : undefined;
    if (!published) throw new ApiError('POLICY_EVENT_NOT_FOUND', 404, { id });
    return { event: published };
  });

  app.put('/api/policy-events/:id', signedIn, async (request) => {
    const id = parseId(readParam(request, 'id'));
    const body = parseInput(PolicyEventBody, request.body);
    return { event: await updatePolicyEvent(store, actorContext(request), id, body) };
  });

  app.post('/api/policy-events/:id/:action', signedIn, async (request) => {
    const id = parseId(readParam(request, 'id'));
    const action = readParam(request, 'action');
    const context = actorContext(request);
    if (action === 'comments') {
      const body = parseInput(PolicyCommentBody, request.body);
      return { comment: await addPolicyEventComment(store, context, id, body) };
    }
    if (action === 'translations') {
      const body = parseInput(PolicyTranslationBody, request.body);
      return { translation: await addPolicyEventTranslation(store, context, id, body) };
    }
    if (!isPolicyEventAction(action)) throw new ApiError('NOT_FOUND', 404, { path: request.url });
    const body = parseInput(PolicyTransitionBody, request.body);
    return transitionPolicyEvent(store, context, id, action, body.message?.trim() || null);
  });
}
