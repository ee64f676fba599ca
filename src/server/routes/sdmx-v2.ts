// SDMX REST 2.0.0 under /sdmx/v2: structure, data (one dataflow, several, or all) and
// availability queries, and reference metadata on sources (sdmx-metadata.ts); other metadata and
// schema queries answer 501 (the spec asks every interface to exist).
import type { FastifyInstance } from 'fastify';
import { parseDataQueriesV2, parseDataQueryV2 } from '../../sdmx/parse-data-query.js';
import { rawPathSegments } from '../../sdmx/raw-query.js';
import { problem } from '../../sdmx/sdmx-problem.js';
import { parseStructureQuery } from '../../sdmx/structure-query.js';
import type { Store } from '../../store/store.js';
import { finishAvailability, serveAvailability } from './sdmx-availability.js';
import { SdmxHttpError } from './sdmx-common.js';
import { registerSdmxMetadataRoutes } from './sdmx-metadata.js';
import { serveSdmxData, serveSdmxStructure } from './sdmx-serve.js';

const PREFIX = '/sdmx/v2/';

export function registerSdmxV2Routes(scope: FastifyInstance, store: Store): void {
  scope.get('/v2/structure/*', (request, reply) =>
    serveSdmxStructure(store, request, reply, 'v2', (sdmx) =>
      parseStructureQuery(rawPathSegments(request.url, PREFIX).slice(1), sdmx.query, 'v2'),
    ),
  );
  scope.get('/v2/data/*', (request, reply) =>
    serveSdmxData(store, request, reply, 'v2', (sdmx) =>
      parseDataQueriesV2(rawPathSegments(request.url, PREFIX).slice(1), sdmx.query),
    ),
  );
  scope.get('/v2/data', (request, reply) =>
    serveSdmxData(store, request, reply, 'v2', (sdmx) => parseDataQueriesV2([], sdmx.query)),
  );
  scope.get('/v2/availability/*', (request, reply) =>
    serveAvailability(store, request, reply, 'v2', (sdmx) => {
      const [context = 'dataflow', agency = '*', id = '', version, key, componentId, ...extra] =
        rawPathSegments(request.url, PREFIX).slice(1);
      if (extra.length > 0) return problem(400, 'Too many path segments after availability/.');
      if (!id || id === '*' || id.includes(','))
        return problem(400, 'An availability query names one dataflow: availability/dataflow/OAS/{id}.');
      const data = parseDataQueryV2([context, agency, id, version ?? '~', key ?? '*'], sdmx.query);
      return finishAvailability(data, componentId, sdmx);
    }),
  );
  registerSdmxMetadataRoutes(scope, store);
  for (const resource of ['metadata', 'schema']) {
    scope.get(`/v2/${resource}/*`, async () => {
      throw new SdmxHttpError(501, `${resource} queries are not implemented by SICREMI.`);
    });
  }
}
