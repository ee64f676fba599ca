// GET /feeds/releases.atom?lang=..&country=.. — the Atom feed of public releases (embargoed ones
// appear at their time), in the reader's language, optionally of one member state.
import type { FastifyInstance } from 'fastify';
import { writeReleasesAtom } from '../../dissemination/feeds/write-releases-atom.js';
import { MEMBER_STATES } from '../../framework/index.js';
import { listReleaseCountries } from '../../store/repositories/public-coverage.js';
import { listPublicReleases } from '../../store/repositories/release-queries.js';
import type { Store } from '../../store/store.js';
import { ApiError } from '../errors.js';
import { requestLanguage } from '../request-language.js';
import { flattenQuery } from './data.js';
import { requestOrigin, sendPublicText } from './send-public-text.js';

const ENTRIES = 100;

export function registerFeedRoutes(app: FastifyInstance, store: Store): void {
  app.get('/feeds/releases.atom', async (request, reply) => {
    const query = flattenQuery(request.query);
    const country = query.country?.toUpperCase();
    if (country !== undefined && !MEMBER_STATES.includes(country)) {
      throw new ApiError('UNKNOWN_COUNTRY', 404, { country: query.country ?? '' });
    }
    const lang = requestLanguage(request);
    const now = new Date().toISOString();
    // A country's feed reads further back: its releases are among everyone's.
    const recent = await listPublicReleases(store.db, { at: now, limit: country ? ENTRIES * 20 : ENTRIES });
    const countries = await listReleaseCountries(
      store.db,
      recent.map((r) => r.id),
    );
    const releases = (country ? recent.filter((r) => countries.get(r.id)?.includes(country)) : recent).slice(
      0,
      ENTRIES,
    );
    const origin = requestOrigin(request);
    const body = writeReleasesAtom(releases, countries, {
      origin,
      lang,
      ...(country ? { country } : {}),
      self: `${origin}${request.url}`,
      updated: releases[0]?.publishedAt ?? '1970-01-01T00:00:00.000Z',
    });
    return sendPublicText(request, reply, 'application/atom+xml; charset=utf-8', body);
  });
}
