// SDMX REST 1.5 under /sdmx/v1, for older tools: /data/{flowRef}/{key}/{provider} with
// startPeriod/endPeriod/detail, and /{structureType}/{agency}/{id}/{version}/{item}.
// SDMX-JSON 1.0 and SDMX-CSV 1.0 by default (2.0.0 formats on request).
import type { FastifyInstance } from 'fastify';
import { parseDataQueryV1 } from '../../sdmx/parse-data-query.js';
import { rawPathSegments } from '../../sdmx/raw-query.js';
import { parseStructureQuery } from '../../sdmx/structure-query.js';
import type { Store } from '../../store/store.js';
import { SdmxHttpError } from './sdmx-common.js';
import { serveSdmxData, serveSdmxStructure } from './sdmx-serve.js';

const PREFIX = '/sdmx/v1/';
const NOT_IMPLEMENTED = new Set(['metadata', 'schema', 'availableconstraint']);

export function registerSdmxV1Routes(scope: FastifyInstance, store: Store): void {
  scope.get('/v1/data/*', (request, reply) =>
    serveSdmxData(store, request, reply, 'v1', (sdmx) =>
      parseDataQueryV1(rawPathSegments(request.url, PREFIX).slice(1), sdmx.query),
    ),
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
