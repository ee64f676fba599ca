// GET /api/countries — the member states with names in the reader's language, membership
// status and phase today (as the store keeps them: coordinators reassign phases), groupings.
// GET /api/countries/:iso3 — a member state's key series for the country page, each with its
// change (and flags) or the change's absence and why, from the report figure engine.
import type { FastifyInstance } from 'fastify';
import { answerWithCache } from '../../dissemination/cache/cached-answer.js';
import { listCountries } from '../../dissemination/list-countries.js';
import { PUBLIC_VIEWER } from '../../dissemination/viewer.js';
import { GROUPINGS, getCountry, label, MEMBER_STATES } from '../../framework/index.js';
import { createStoreDataSource } from '../../reports/data/store-data-source.js';
import { resolvePin } from '../../reports/pin/report-pin.js';
import { buildCountryProfile } from '../../reports/profile/build-country-profile.js';
import { listMembershipPeriods, listPhaseAssignments } from '../../store/repositories/reference-queries.js';
import type { Store } from '../../store/store.js';
import { ApiError } from '../errors.js';
import { requestLanguage } from '../request-language.js';
import { JSON_TYPE, sendAnswer } from './data.js';

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

  app.get<{ Params: { iso3: string } }>('/api/countries/:iso3', async (request, reply) => {
    const iso3 = request.params.iso3.toUpperCase();
    if (!MEMBER_STATES.includes(iso3))
      throw new ApiError('UNKNOWN_COUNTRY', 404, { country: request.params.iso3 });
    const lang = requestLanguage(request);
    const answer = await answerWithCache(
      store.db,
      {
        key: `country-profile|${iso3}|${lang}`,
        viewer: PUBLIC_VIEWER,
        ifNoneMatch: request.headers['if-none-match'],
        acceptEncoding: request.headers['accept-encoding'],
        vary: 'Accept-Language',
      },
      async () => {
        const source = createStoreDataSource(store.db);
        const pin = await resolvePin(source, {});
        const profile = await buildCountryProfile(source, pin, iso3);
        const country = getCountry(iso3);
        const body = { lang, name: country ? label(country.names, lang) : iso3, ...profile };
        return {
          status: 200,
          contentType: JSON_TYPE,
          body: JSON.stringify(body),
          headers: { 'content-language': lang },
        };
      },
    );
    return sendAnswer(reply, answer);
  });
}
