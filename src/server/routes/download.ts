// GET /api/download — any data query as a file that cites itself: CSV (UTF-8 with BOM, codes
// and names, flags, footnotes), XLSX (Data + About sheets) or SDMX-CSV. Streamed page by page,
// so size is no limit; nothing is cut unless `limit` asks, and then X-Total-Count says how
// much exists. Disclosure control applies; /api/restricted/download serves authorised users.
import { PassThrough, Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { computeValidators, matchesIfNoneMatch } from '../../dissemination/cache/validators.js';
import { MAX_LIMIT } from '../../dissemination/data-request.js';
import { buildCitation } from '../../dissemination/downloads/citation.js';
import { writeCsv } from '../../dissemination/downloads/write-csv.js';
import { writeSdmxCsv } from '../../dissemination/downloads/write-sdmx-csv.js';
import { writeXlsx } from '../../dissemination/downloads/write-xlsx.js';
import { presentData } from '../../dissemination/present-data.js';
import { presentJsonStat } from '../../dissemination/present-jsonstat.js';
import { readDisseminated, streamDisseminated } from '../../dissemination/read-disseminated.js';
import { resolveSelection } from '../../dissemination/resolve-selection.js';
import { PUBLIC_VIEWER, type Viewer } from '../../dissemination/viewer.js';
import { countPublished } from '../../store/repositories/observations.js';
import { getReleasesByIds } from '../../store/repositories/release-queries.js';
import type { Store } from '../../store/store.js';
import { ApiError } from '../errors.js';
import { spendPublicRead } from '../guards/rate-limit.js';
import { requestLanguage } from '../request-language.js';
import { findTableOr404, flattenQuery, parseDataRequestOr400, type ResolveViewer } from './data.js';

const FORMATS = {
  csv: { type: 'text/csv; charset=utf-8', extension: 'csv' },
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  'sdmx-csv': { type: 'application/vnd.sdmx.data+csv;version=2.0.0', extension: 'csv' },
  jsonstat: { type: 'application/json; charset=utf-8', extension: 'json' },
} as const;
type Format = keyof typeof FORMATS;

async function serveDownload(store: Store, request: FastifyRequest, reply: FastifyReply, viewer: Viewer) {
  const query = flattenQuery(request.query);
  if (!query.table) {
    throw new ApiError('INVALID_PARAMETER', 400, {
      name: 'table',
      value: '',
      hint: 'Name a table, e.g. table=MIG_STOCK_FB.',
    });
  }
  const table = findTableOr404(query.table);
  const format = (query.format ?? 'csv').toLowerCase() as Format;
  if (!(format in FORMATS)) {
    throw new ApiError('INVALID_PARAMETER', 400, {
      name: 'format',
      value: query.format ?? '',
      hint: 'Give csv, xlsx, sdmx-csv or jsonstat.',
    });
  }
  const labels = query.labels ?? 'id';
  if (!['id', 'both', 'name'].includes(labels)) {
    throw new ApiError('INVALID_PARAMETER', 400, {
      name: 'labels',
      value: labels,
      hint: 'Give id, both or name.',
    });
  }
  const dataRequest = parseDataRequestOr400(table, request);
  const lang = requestLanguage(request);
  const resolved = await resolveSelection(store.db, dataRequest, viewer);
  if (!resolved.ok) throw new ApiError(resolved.code, 404, resolved.params);
  const explicitLimit = query.limit !== undefined;
  const selection = { ...resolved.selection, ...(explicitLimit ? {} : { limit: undefined }) };

  const validators = await computeValidators(
    store.db,
    `download|${request.url}|${lang}`,
    viewer,
    'Accept-Language',
  );
  reply.headers(validators.headers);
  if (matchesIfNoneMatch(request.headers['if-none-match'], validators.etag)) return reply.code(304).send();
  // Downloads are streamed, never kept: every one is computed.
  spendPublicRead(request);

  if (explicitLimit) {
    const total = await countPublished(store.db, { ...selection, limit: undefined });
    reply
      .header('x-total-count', String(total))
      .header('x-truncated', String(total > (selection.limit ?? 0)));
  }
  const { type, extension } = FORMATS[format];
  const stamp = resolved.at.slice(0, 10);
  reply
    .header('content-type', type)
    .header('content-language', lang)
    .header('content-disposition', `attachment; filename="SICREMI_${table.id}_${stamp}.${extension}"`);
  if (format === 'jsonstat') {
    // JSON-stat is one object: the whole selection is read at once (up to MAX_LIMIT cells).
    const read = await readDisseminated(
      store.db,
      { ...selection, limit: selection.limit ?? MAX_LIMIT },
      viewer,
    );
    const releases = await getReleasesByIds(store.db, [
      ...new Set(read.observations.map((o) => o.releaseId)),
    ]);
    return reply.send(
      JSON.stringify(presentJsonStat(table, presentData(table, read, releases, lang, resolved.at))),
    );
  }
  const pages = streamDisseminated(store.db, selection, viewer);
  if (format === 'csv') return reply.send(Readable.from(writeCsv(table, lang, pages)));
  if (format === 'sdmx-csv')
    return reply.send(Readable.from(writeSdmxCsv(table, lang, labels as 'id', pages)));

  const out = new PassThrough();
  const origin = `${request.protocol}://${request.host}`;
  writeXlsx(out, table, lang, pages, async (ids) => {
    const releases = await getReleasesByIds(store.db, ids);
    const citation = buildCitation(
      table,
      releases,
      lang,
      `${origin}${request.url}`,
      viewer.kind !== 'public',
    );
    return { citation, releases };
  }).catch((error: unknown) => {
    request.log.error({ err: error }, 'XLSX download failed midway');
    out.destroy(error as Error);
  });
  return reply.send(out);
}

export function registerDownloadRoutes(
  app: FastifyInstance,
  store: Store,
  resolveViewer: ResolveViewer,
): void {
  app.get('/api/download', (request, reply) => serveDownload(store, request, reply, PUBLIC_VIEWER));
  app.get('/api/restricted/download', async (request, reply) => {
    const viewer = await resolveViewer(request);
    if (!viewer || viewer.kind === 'public') throw new ApiError('AUTHENTICATION_REQUIRED', 401);
    return serveDownload(store, request, reply, viewer);
  });
}
