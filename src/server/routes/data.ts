// GET /api/data/:table — published figures as JSON for the web app, disclosure control applied
// (protected cells keep their key, lose their value: OBS_STATUS Q); GET /api/data/:table/pivot —
// the same figures laid out as a pivot table on the server, one window of rows at a time. The
// same reads, unsuppressed, are served to OAS staff and the country's correspondents under
// /api/restricted/data/:table only.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type Answer, answerWithCache } from '../../dissemination/cache/cached-answer.js';
import { computeValidators } from '../../dissemination/cache/validators.js';
import { type DataRequest, type Problem, parseDataRequest } from '../../dissemination/data-request.js';
import { presentPivot } from '../../dissemination/pivot/present-pivot.js';
import { readPivot } from '../../dissemination/pivot/read-pivot.js';
import { presentData } from '../../dissemination/present-data.js';
import { presentJsonStat } from '../../dissemination/present-jsonstat.js';
import { readDisseminated } from '../../dissemination/read-disseminated.js';
import { resolveSelection } from '../../dissemination/resolve-selection.js';
import { PUBLIC_VIEWER, type Viewer } from '../../dissemination/viewer.js';
import { getTable } from '../../framework/index.js';
import type { TableDef } from '../../framework/types.js';
import { getReleasesByIds } from '../../store/repositories/release-queries.js';
import type { Store } from '../../store/store.js';
import { ApiError, formatApiMessage } from '../errors.js';
import { spendPublicRead } from '../guards/rate-limit.js';
import { requestLanguage } from '../request-language.js';

/** Who is signed in, as a dissemination viewer; null when nobody is. */
export type ResolveViewer = (request: FastifyRequest) => Promise<Viewer | null>;

export const JSON_TYPE = 'application/json; charset=utf-8';

/** Bodies go out as bytes: Fastify would otherwise rewrite an SDMX media type (adding a charset). */
export function sendAnswer(reply: FastifyReply, answer: Answer): FastifyReply {
  reply.code(answer.status).headers(answer.headers);
  if (answer.body === undefined) return reply.send();
  return reply.send(typeof answer.body === 'string' ? Buffer.from(answer.body) : answer.body);
}

/** Query parameters as single strings (a repeated parameter joins its values with commas). */
export function flattenQuery(query: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries((query ?? {}) as Record<string, unknown>)) {
    if (typeof value === 'string') out[name] = value;
    else if (Array.isArray(value)) out[name] = value.map(String).join(',');
  }
  return out;
}

export function findTableOr404(id: string): TableDef {
  const table = getTable(id.toUpperCase());
  if (!table) throw new ApiError('TABLE_NOT_FOUND', 404, { id });
  return table;
}

/** Problems found in a request, as one 400 naming the first and listing them all. */
export function problemsError(problems: readonly Problem[], request: FastifyRequest): ApiError {
  const lang = requestLanguage(request);
  const first = problems[0]!;
  return new ApiError(first.code, 400, first.params, {
    problems: problems.map((p) => ({ code: p.code, message: formatApiMessage(p.code, lang, p.params) })),
  });
}

export function parseDataRequestOr400(table: TableDef, request: FastifyRequest): DataRequest {
  const parsed = parseDataRequest(table, flattenQuery(request.query));
  if (!parsed.request) throw problemsError(parsed.problems, request);
  return parsed.request;
}

/** `format`: the web app's JSON (json, the default) or a JSON-stat 2.0 dataset (jsonstat). */
function parseDataFormat(request: FastifyRequest): 'json' | 'jsonstat' {
  const format = flattenQuery(request.query).format ?? 'json';
  if (format === 'json' || format === 'jsonstat') return format;
  throw new ApiError('INVALID_PARAMETER', 400, {
    name: 'format',
    value: format,
    hint: 'Give json or jsonstat.',
  });
}

async function serveData(store: Store, request: FastifyRequest, reply: FastifyReply, viewer: Viewer) {
  const table = findTableOr404((request.params as { table: string }).table);
  const dataRequest = parseDataRequestOr400(table, request);
  const lang = requestLanguage(request);
  const format = parseDataFormat(request);
  const answer = await answerWithCache(
    store.db,
    {
      key: `data|${request.url}|${lang}`,
      viewer,
      ifNoneMatch: request.headers['if-none-match'],
      acceptEncoding: request.headers['accept-encoding'],
      onMiss: () => spendPublicRead(request),
      vary: 'Accept-Language',
    },
    async () => {
      const resolved = await resolveSelection(store.db, dataRequest, viewer);
      if (!resolved.ok) throw new ApiError(resolved.code, 404, resolved.params);
      const read = await readDisseminated(store.db, resolved.selection, viewer);
      const releases = await getReleasesByIds(store.db, [
        ...new Set(read.observations.map((o) => o.releaseId)),
      ]);
      const data = presentData(table, read, releases, lang, resolved.at);
      const body = JSON.stringify(format === 'jsonstat' ? presentJsonStat(table, data) : data);
      return { status: 200, contentType: JSON_TYPE, body, headers: { 'content-language': lang } };
    },
  );
  return sendAnswer(reply, answer);
}

const PIVOT_WINDOW = new Set(['offset', 'rowLimit']);
const DEFAULT_PIVOT_ROWS = 100;

function parsePivotLayout(table: TableDef, request: FastifyRequest) {
  const query = flattenQuery(request.query);
  const dimensions = new Set(table.dimensions.map((d) => d.id));
  const problems: Problem[] = [];
  const layout = (name: 'rows' | 'cols') => {
    const ids = (query[name] ?? '').split(',').filter(Boolean);
    for (const id of ids) {
      if (!dimensions.has(id))
        problems.push({ code: 'UNKNOWN_DIMENSION', params: { table: table.id, name: id } });
    }
    return ids;
  };
  const count = (name: string, fallback: number) => {
    const raw = query[name];
    if (raw === undefined) return fallback;
    if (!/^\d{1,9}$/.test(raw)) {
      problems.push({
        code: 'INVALID_PARAMETER',
        params: { name, value: raw, hint: 'Give a whole number ≥ 0.' },
      });
    }
    return Number(raw);
  };
  const regions = query.regions ?? '0';
  if (regions !== '0' && regions !== '1') {
    problems.push({
      code: 'INVALID_PARAMETER',
      params: { name: 'regions', value: regions, hint: 'Give 1 or 0.' },
    });
  }
  const parsed = {
    rows: layout('rows'),
    cols: layout('cols'),
    regions: regions === '1',
    offset: count('offset', 0),
    rowLimit: count('rowLimit', DEFAULT_PIVOT_ROWS),
  };
  if (problems.length > 0) throw problemsError(problems, request);
  return parsed;
}

/** The request's address without its window: every window of a pivot shares one layout. */
function layoutAddress(url: string): string {
  const [path = '', search = ''] = url.split('?');
  const params = new URLSearchParams(search);
  for (const name of PIVOT_WINDOW) params.delete(name);
  return `${path}?${params.toString()}`;
}

async function servePivot(store: Store, request: FastifyRequest, reply: FastifyReply, viewer: Viewer) {
  const table = findTableOr404((request.params as { table: string }).table);
  const data = parseDataRequestOr400(table, request);
  const layout = parsePivotLayout(table, request);
  const lang = requestLanguage(request);
  const vary = 'Accept-Language';
  const answer = await answerWithCache(
    store.db,
    {
      key: `pivot|${request.url}|${lang}`,
      viewer,
      ifNoneMatch: request.headers['if-none-match'],
      acceptEncoding: request.headers['accept-encoding'],
      onMiss: () => spendPublicRead(request),
      vary,
    },
    async () => {
      const layoutKey = `pivot-layout|${layoutAddress(request.url)}|${lang}`;
      // Public layouts are shared under their ETag, which changes with the release set.
      const { etag } = await computeValidators(store.db, layoutKey, viewer, vary);
      const read = await readPivot(
        store.db,
        { data, rows: layout.rows, cols: layout.cols, regions: layout.regions },
        viewer,
        lang,
        etag,
      );
      if (!read.ok) throw new ApiError(read.code, 404, read.params);
      const body = JSON.stringify(
        presentPivot(read.source, { offset: layout.offset, rows: layout.rowLimit }, lang),
      );
      return { status: 200, contentType: JSON_TYPE, body, headers: { 'content-language': lang } };
    },
  );
  return sendAnswer(reply, answer);
}

export function registerDataRoutes(app: FastifyInstance, store: Store, resolveViewer: ResolveViewer): void {
  const restricted = async (request: FastifyRequest): Promise<Viewer> => {
    const viewer = await resolveViewer(request);
    if (!viewer || viewer.kind === 'public') throw new ApiError('AUTHENTICATION_REQUIRED', 401);
    return viewer;
  };
  app.get('/api/data/:table', (request, reply) => serveData(store, request, reply, PUBLIC_VIEWER));
  app.get('/api/data/:table/pivot', (request, reply) => servePivot(store, request, reply, PUBLIC_VIEWER));
  app.get('/api/restricted/data/:table', async (request, reply) =>
    serveData(store, request, reply, await restricted(request)),
  );
  app.get('/api/restricted/data/:table/pivot', async (request, reply) =>
    servePivot(store, request, reply, await restricted(request)),
  );
}
