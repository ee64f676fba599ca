// Discussions of the knowledge space: anyone reads the threads; signed-in correspondents and
// OAS staff start threads and reply; admins moderate by hiding a post or a thread (hidden, not
// deleted, and audited). Thin: parse, call the repository, respond.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  findThread,
  hidePost,
  insertPost,
  insertThread,
  listThreads,
  setThreadHidden,
} from '../../store/repositories/knowledge.js';
import type { Store } from '../../store/store.js';
import { audit } from '../../workflow/audit-actor.js';
import { getRequestUser, requireRole, requireUser } from '../auth/request-user.js';
import { ApiError } from '../errors.js';
import { parseId, parseInput } from './parse-input.js';

const NewThreadBody = z.object({
  topic: z.string().trim().min(1).max(60),
  title: z.string().trim().min(3).max(200),
  text: z.string().trim().min(1).max(10_000),
});
const PostBody = z.object({ text: z.string().trim().min(1).max(10_000) });
const HideBody = z.object({ reason: z.string().max(500).optional(), hidden: z.boolean().optional() });
const ThreadQuery = z.object({ topic: z.string().max(60).optional() });

function isAdmin(request: FastifyRequest): boolean {
  return getRequestUser(request)?.role === 'admin';
}

function notFound(request: FastifyRequest): ApiError {
  return new ApiError('NOT_FOUND', 404, { path: request.url.split('?')[0] ?? '' });
}

export function registerKnowledgeRoutes(app: FastifyInstance, store: Store): void {
  app.get('/api/knowledge/threads', async (request) => {
    const query = parseInput(ThreadQuery, request.query);
    return {
      threads: await listThreads(store.db, {
        ...(query.topic ? { topic: query.topic } : {}),
        includeHidden: isAdmin(request),
      }),
    };
  });

  app.get('/api/knowledge/threads/:id', async (request) => {
    const id = parseId((request.params as { id: string }).id);
    const found = await findThread(store.db, id, isAdmin(request));
    if (!found) throw notFound(request);
    return found;
  });

  app.post('/api/knowledge/threads', { preHandler: requireRole() }, async (request, reply) => {
    const user = requireUser(request);
    const body = parseInput(NewThreadBody, request.body);
    const id = await store.transaction(async (tx) => {
      const threadId = await insertThread(tx.db, { ...body, authorId: user.id });
      await audit(
        tx.db,
        { actor: user, ip: request.ip },
        {
          action: 'knowledge.thread.create',
          entityType: 'knowledge_thread',
          entityId: threadId,
          details: { topic: body.topic, title: body.title },
        },
      );
      return threadId;
    });
    return reply.code(201).send(await findThread(store.db, id, false));
  });

  app.post('/api/knowledge/threads/:id/posts', { preHandler: requireRole() }, async (request, reply) => {
    const user = requireUser(request);
    const id = parseId((request.params as { id: string }).id);
    const body = parseInput(PostBody, request.body);
    if (!(await findThread(store.db, id, false))) throw notFound(request);
    const postId = await store.transaction(async (tx) => {
      const created = await insertPost(tx.db, { threadId: id, text: body.text, authorId: user.id });
      await audit(
        tx.db,
        { actor: user, ip: request.ip },
        {
          action: 'knowledge.post.create',
          entityType: 'knowledge_post',
          entityId: created,
          details: { thread: id },
        },
      );
      return created;
    });
    return reply.code(201).send({ id: postId });
  });

  app.post('/api/knowledge/posts/:id/hide', { preHandler: requireRole('admin') }, async (request) => {
    const user = requireUser(request);
    const id = parseId((request.params as { id: string }).id);
    const body = parseInput(HideBody, request.body);
    const threadId = await store.transaction(async (tx) => {
      const thread = await hidePost(tx.db, { postId: id, hiddenBy: user.id, reason: body.reason ?? null });
      if (thread !== undefined) {
        await audit(
          tx.db,
          { actor: user, ip: request.ip },
          {
            action: 'knowledge.post.hide',
            entityType: 'knowledge_post',
            entityId: id,
            details: { reason: body.reason ?? null },
          },
        );
      }
      return thread;
    });
    if (threadId === undefined) throw notFound(request);
    return { id, hidden: true };
  });

  app.post('/api/knowledge/threads/:id/hide', { preHandler: requireRole('admin') }, async (request) => {
    const user = requireUser(request);
    const id = parseId((request.params as { id: string }).id);
    const body = parseInput(HideBody, request.body);
    const hidden = body.hidden ?? true;
    const changed = await store.transaction(async (tx) => {
      const done = await setThreadHidden(tx.db, id, hidden);
      if (done) {
        await audit(
          tx.db,
          { actor: user, ip: request.ip },
          {
            action: hidden ? 'knowledge.thread.hide' : 'knowledge.thread.show',
            entityType: 'knowledge_thread',
            entityId: id,
            details: { reason: body.reason ?? null },
          },
        );
      }
      return done;
    });
    if (!changed) throw notFound(request);
    return { id, hidden };
  });
}
