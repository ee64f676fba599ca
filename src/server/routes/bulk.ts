// GET /bulk/{TABLE}.csv.gz, /bulk/{TABLE}.sdmx.csv.gz, /bulk/sicremi-all.zip — files generated in
// the background after each publication (src/dissemination/bulk/), served as they were stored:
// a strong ETag (their SHA-256), Last-Modified (when they were generated), conditional 304s.
import type { FastifyInstance } from 'fastify';
import { ALL_TABLES_ZIP } from '../../dissemination/bulk/run-bulk-jobs.js';
import { getBulkFile, getBulkFileInfo } from '../../store/repositories/bulk-files.js';
import type { Store } from '../../store/store.js';
import { ApiError } from '../errors.js';
import { findTableOr404 } from './data.js';

const TABLE_FILE = /^([A-Za-z0-9_]+)\.(csv|sdmx\.csv)\.gz$/;

function isFresh(
  ifNoneMatch: string | undefined,
  ifModifiedSince: string | undefined,
  etag: string,
  at: string,
) {
  if (ifNoneMatch !== undefined)
    return ifNoneMatch.split(',').some((t) => t.trim() === etag || t.trim() === '*');
  if (ifModifiedSince === undefined) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && Math.floor(Date.parse(at) / 1000) * 1000 <= since;
}

export function registerBulkRoutes(app: FastifyInstance, store: Store): void {
  const serve = async (name: string, method: 'GET' | 'HEAD', headers: Record<string, unknown>) => {
    if (name !== ALL_TABLES_ZIP) {
      const match = TABLE_FILE.exec(name);
      if (!match) throw new ApiError('BULK_FILE_NOT_FOUND', 404, { name });
      const table = findTableOr404(match[1]!);
      name = `${table.id}.${match[2]}.gz`;
    }
    const info = await getBulkFileInfo(store.db, name);
    if (!info) throw new ApiError('BULK_FILE_NOT_FOUND', 404, { name });
    const etag = `"${info.sha256}"`;
    const common = {
      etag,
      'last-modified': new Date(info.generatedAt).toUTCString(),
      'cache-control': 'public, max-age=300',
      'x-content-sha256': info.sha256,
    };
    if (
      isFresh(
        headers['if-none-match'] as string,
        headers['if-modified-since'] as string,
        etag,
        info.generatedAt,
      )
    ) {
      return { status: 304, headers: common };
    }
    const file = method === 'GET' ? await getBulkFile(store.db, name) : undefined;
    return {
      status: 200,
      headers: {
        ...common,
        'content-type': info.mediaType,
        'content-length': String(info.size),
        'content-disposition': `attachment; filename="${name}"`,
      },
      body: file?.content,
    };
  };
  app.get('/bulk/:name', async (request, reply) => {
    const answer = await serve(
      (request.params as { name: string }).name,
      request.method === 'HEAD' ? 'HEAD' : 'GET',
      request.headers,
    );
    reply.code(answer.status).headers(answer.headers);
    return answer.body === undefined ? reply.send() : reply.send(answer.body);
  });
}
