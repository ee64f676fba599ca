// GET /api/countries — the member states with names in the reader's language, membership
// status and phase today (as the store keeps them: coordinators reassign phases), groupings.
import type { FastifyInstance } from 'fastify';
import { listCountries } from '../../dissemination/list-countries.js';
import { GROUPINGS, label } from '../../framework/index.js';
import { listMembershipPeriods, listPhaseAssignments } from '../../store/repositories/reference-queries.js';
import type { Store } from '../../store/store.js';
import { requestLanguage } from '../request-language.js';
import { JSON_TYPE } from './data.js';

export function registerCountryRoutes(app: FastifyInstance, store: Store): void {
  app.get('/api/countries', async (request, reply) => {
    const lang = requestLanguage(request);
    const date = new Date().toISOString().slice(0, 10);
    const [memberships, phases] = await Promise.all([
      listMembershipPeriods(store.db),
      listPhaseAssignments(store.db),
    ]);
    reply
      .header('content-type', JSON_TYPE)
      .header('cache-control', 'public, max-age=300')
      .header('vary', 'Accept-Language')
      .header('content-language', lang);
    return {
      lang,
      date,
      countries: listCountries(lang, date, memberships, phases),
      groupings: GROUPINGS.map((g) => ({ id: g.id, name: label(g.names, lang), members: [...g.members] })),
    };
  });
}
