import type { FastifyInstance } from 'fastify';
import { createAccount, listUsers } from '../../workflow/accounts.js';
import { changeAccess } from '../../workflow/change-access.js';
import { requireRole } from '../auth/request-user.js';
import { parseId, parseInput } from './parse-input.js';
import { actorContext, type WorkflowDeps } from './workflow-deps.js';
import { NewUserBody, UserAccessBody } from './workflow-schemas.js';

/** Accounts: admins create, list and change them (role, countries, disabled). */
export function registerUserRoutes(app: FastifyInstance, { store }: WorkflowDeps): void {
  app.post('/api/users', { preHandler: requireRole('admin') }, async (request, reply) => {
    const body = parseInput(NewUserBody, request.body);
    const user = await createAccount(store, actorContext(request), body);
    return reply.code(201).send({ user });
  });

  app.get('/api/users', { preHandler: requireRole('admin') }, async () => {
    const users = await listUsers(store.db);
    return { users: users.map(({ failedLogins: _f, ...u }) => u) };
  });

  app.patch('/api/users/:id', { preHandler: requireRole('admin') }, async (request) => {
    const body = parseInput(UserAccessBody, request.body);
    const id = parseId((request.params as { id: string }).id);
    const { failedLogins: _f, ...user } = await changeAccess(store, actorContext(request), id, body);
    return { user };
  });
}
