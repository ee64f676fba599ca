// GET /api/releases — the latest public releases (embargoed ones do not exist yet for the public).
// GET /api/releases/:id/revisions — what a public release revised, old → new per cell (FRAMEWORK §9).
import type { FastifyInstance } from 'fastify';
import { answerWithCache } from '../../dissemination/cache/cached-answer.js';
import { listRevisions } from '../../dissemination/revisions/list-revisions.js';
import { PUBLIC_VIEWER } from '../../dissemination/viewer.js';
import { getRelease, listPublicReleases } from '../../store/repositories/release-queries.js';
import type { Store } from '../../store/store.js';
import { ApiError } from '../errors.js';
import { spendPublicRead } from '../guards/rate-limit.js';
import { findTableOr404, flattenQuery, JSON_TYPE, sendAnswer } from './data.js';
import { parseId } from './parse-input.js';

const MAX_RELEASES = 500;

export function registerReleaseRoutes(app: FastifyInstance, store: Store): void {
  app.get('/api/releases', async (request, reply) => {
    const query = flattenQuery(request.query);
    const table = query.table ? findTableOr404(query.table) : undefined;
    const limit = query.limit === undefined ? 20 : Number(query.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_RELEASES) {
      throw new ApiError('INVALID_PARAMETER', 400, {
        name: 'limit',
        value: query.limit ?? '',
        hint: `Give a whole number from 1 to ${MAX_RELEASES}.`,
      });
    }
    const answer = await answerWithCache(
      store.db,
      {
        key: `releases|${table?.id ?? ''}|${limit}`,
        viewer: PUBLIC_VIEWER,
        ifNoneMatch: request.headers['if-none-match'],
        acceptEncoding: request.headers['accept-encoding'],
        onMiss: () => spendPublicRead(request),
        vary: 'Accept',
      },
      async () => {
        const releases = await listPublicReleases(store.db, {
          at: new Date().toISOString(),
          limit,
          ...(table ? { tableId: table.id } : {}),
        });
        return { status: 200, contentType: JSON_TYPE, body: JSON.stringify({ releases }) };
      },
    );
    return sendAnswer(reply, answer);
  });

  app.get<{ Params: { id: string } }>('/api/releases/:id/revisions', async (request, reply) => {
    const raw = request.params.id;
    const id = /^\d{1,12}$/.test(raw) ? Number(raw) : Number.NaN;
    if (!Number.isSafeInteger(id)) {
      throw new ApiError('INVALID_PARAMETER', 400, {
        name: 'id',
        value: raw,
        hint: 'Give a release number.',
      });
    }
    const release = await getRelease(store.db, id);
    if (!release || release.publishedAt > new Date().toISOString()) {
      throw new ApiError('RELEASE_NOT_FOUND', 404, { id: raw, table: release?.table ?? '—' });
    }
    const answer = await answerWithCache(
      store.db,
      {
        key: `release-revisions|${id}`,
        viewer: PUBLIC_VIEWER,
        ifNoneMatch: request.headers['if-none-match'],
        acceptEncoding: request.headers['accept-encoding'],
        vary: 'Accept',
      },
      async () => {
        const revisions = await listRevisions(store.db, release, PUBLIC_VIEWER);
        const body = {
          release: {
            id: release.id,
            table: release.table,
            publishedAt: release.publishedAt,
            sourceId: release.sourceId,
            sourceEdition: release.sourceEdition,
          },
          count: revisions.length,
          revisions,
        };
        return { status: 200, contentType: JSON_TYPE, body: JSON.stringify(body) };
      },
    );
    return sendAnswer(reply, answer);
  });
}
