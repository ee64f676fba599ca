// Report routes: a country note or the regional report as a standalone HTML page, a PDF or the
// document the portal's report page draws (JSON), in the caller's language, pinned by ?asOf= or
// ?releases=. Generated output is cached per pin, language and format; a pinned report never
// changes, so it is cacheable for a day by any proxy.
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { publicCacheControl } from '../../dissemination/cache/validators.js';
import type { ReportScope } from '../../reports/build-report.js';
import { checkMemberState } from '../../reports/build-report.js';
import { createStoreDataSource } from '../../reports/data/store-data-source.js';
import { generateReport, type OutputFormat } from '../../reports/generate-report.js';
import { parsePinRequest, resolvePin } from '../../reports/pin/report-pin.js';
import { ReportCache, reportCacheKey } from '../../reports/report-cache.js';
import { formatReportError, REPORT_ERROR_STATUS, ReportError } from '../../reports/report-error.js';
import type { Store } from '../../store/store.js';
import { spendPublicRead } from '../guards/rate-limit.js';
import { requestLanguage } from '../request-language.js';

const ReportQuery = z.object({
  lang: z.string().max(40).optional(),
  asOf: z.string().max(40).optional(),
  releases: z.string().max(400).optional(),
});

async function sendReport(
  request: FastifyRequest,
  reply: FastifyReply,
  context: { store: Store; cache: ReportCache },
  scope: ReportScope,
  format: OutputFormat,
) {
  const lang = requestLanguage(request);
  try {
    const query = ReportQuery.parse(request.query ?? {});
    if (scope.kind === 'country') checkMemberState(scope.iso3);
    const source = createStoreDataSource(context.store.db);
    const pin = await resolvePin(source, parsePinRequest(query));
    const key = reportCacheKey(scope, lang, format, pin);
    const etag = `"${createHash('sha256').update(key).digest('hex').slice(0, 32)}"`;
    reply.header('etag', etag);
    reply.header('vary', 'Accept-Language');
    reply.header(
      'cache-control',
      pin.kind === 'latest' ? publicCacheControl() : 'public, max-age=86400, immutable',
    );
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    if (!context.cache.has(key)) spendPublicRead(request);
    const report = await context.cache.get(key, () => generateReport(source, { scope, lang, format, pin }));
    reply.header('content-type', report.contentType);
    reply.header('content-disposition', `inline; filename="${report.filename}"`);
    reply.header('content-language', lang);
    return reply.send(report.body);
  } catch (error) {
    if (error instanceof ReportError) {
      return reply
        .code(REPORT_ERROR_STATUS[error.code])
        .send({ error: { code: error.code, message: formatReportError(error.code, lang, error.params) } });
    }
    if (error instanceof z.ZodError) {
      return reply
        .code(400)
        .send({ error: { code: 'BAD_REQUEST', message: error.issues.map((i) => i.message).join('; ') } });
    }
    throw error;
  }
}

export function registerReportRoutes(app: FastifyInstance, store: Store, cache = new ReportCache()): void {
  const context = { store, cache };
  type CountryParams = { Params: { iso3: string } };
  app.get<CountryParams>('/api/reports/country/:iso3', (request, reply) =>
    sendReport(request, reply, context, { kind: 'country', iso3: request.params.iso3.toUpperCase() }, 'html'),
  );
  app.get<CountryParams>('/api/reports/country/:iso3/pdf', (request, reply) =>
    sendReport(request, reply, context, { kind: 'country', iso3: request.params.iso3.toUpperCase() }, 'pdf'),
  );
  // The document as JSON, for the portal's report page (web/src/pages/reports).
  app.get<CountryParams>('/api/reports/country/:iso3/document', (request, reply) =>
    sendReport(request, reply, context, { kind: 'country', iso3: request.params.iso3.toUpperCase() }, 'json'),
  );
  app.get('/api/reports/region/document', (request, reply) =>
    sendReport(request, reply, context, { kind: 'region' }, 'json'),
  );
  app.get('/api/reports/region', (request, reply) =>
    sendReport(request, reply, context, { kind: 'region' }, 'html'),
  );
  app.get('/api/reports/region/pdf', (request, reply) =>
    sendReport(request, reply, context, { kind: 'region' }, 'pdf'),
  );
}
