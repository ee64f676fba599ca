// SDMX REST 1.5 under /sdmx/v1, for older tools: /data/{flowRef}/{key}/{provider} with
// startPeriod/endPeriod/detail, /availableconstraint/{flowRef}/{key}/{provider}/{componentID},
// and /{structureType}/{agency}/{id}/{version}/{item}. SDMX-JSON 1.0 and SDMX-CSV 1.0 by
// default (2.0.0 formats on request), SDMX-ML 2.1 for XML clients.
import type { FastifyInstance } from 'fastify';
import { parseDataQueryV1 } from '../../sdmx/parse-data-query.js';
import { rawPathSegments } from '../../sdmx/raw-query.js';
import { problem } from '../../sdmx/sdmx-problem.js';
import { parseStructureQuery } from '../../sdmx/structure-query.js';
import type { Store } from '../../store/store.js';
import { finishAvailability, serveAvailability } from './sdmx-availability.js';
import { SdmxHttpError } from './sdmx-common.js';
import { serveSdmxData, serveSdmxStructure } from './sdmx-serve.js';

const PREFIX = '/sdmx/v1/';
const NOT_IMPLEMENTED = new Set(['metadata', 'schema']);

export function registerSdmxV1Routes(scope: FastifyInstance, store: Store): void {
  scope.get('/v1/data/*', (request, reply) =>
    serveSdmxData(store, request, reply, 'v1', (sdmx) => {
      const parsed = parseDataQueryV1(rawPathSegments(request.url, PREFIX).slice(1), sdmx.query);
      return parsed.ok ? { ok: true, value: [parsed.value] } : parsed;
    }),
  );
  scope.get('/v1/availableconstraint/*', (request, reply) =>
    serveAvailability(store, request, reply, 'v1', (sdmx) => {
      const [flow = '', key, provider, componentId, ...extra] = rawPathSegments(request.url, PREFIX).slice(1);
      if (extra.length > 0) return problem(400, 'Too many path segments after availableconstraint/.');
      const data = parseDataQueryV1([flow, key ?? 'all', provider ?? 'all'], sdmx.query);
      return finishAvailability(data, componentId, sdmx);
    }),
  );
  scope.get('/v1/*', (request, reply) => {
    const segments = rawPathSegments(request.url, PREFIX);
    if (NOT_IMPLEMENTED.has(segments[0] ?? '')) {
      throw new SdmxHttpError(501, `${segments[0]} queries are not implemented by SICREMI.`);
    }
    return serveSdmxStructure(store, request, reply, 'v1', (sdmx) =>
      parseStructureQuery(segments, sdmx.query, 'v1'),
    );
  });
}
