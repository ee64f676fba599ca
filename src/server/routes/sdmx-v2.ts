// SDMX REST 2.0.0 under /sdmx/v2: structure and data queries, and reference metadata on
// sources (sdmx-metadata.ts); availability, other metadata and schema queries answer 501 (the
// spec asks every interface to exist).
import type { FastifyInstance } from 'fastify';
import { parseDataQueryV2 } from '../../sdmx/parse-data-query.js';
import { rawPathSegments } from '../../sdmx/raw-query.js';
import { parseStructureQuery } from '../../sdmx/structure-query.js';
import type { Store } from '../../store/store.js';
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
      parseDataQueryV2(rawPathSegments(request.url, PREFIX).slice(1), sdmx.query),
    ),
  );
  scope.get('/v2/data', (request, reply) =>
    serveSdmxData(store, request, reply, 'v2', (sdmx) => parseDataQueryV2([], sdmx.query)),
  );
  registerSdmxMetadataRoutes(scope, store);
  for (const resource of ['availability', 'metadata', 'schema']) {
    scope.get(`/v2/${resource}/*`, async () => {
      throw new SdmxHttpError(501, `${resource} queries are not implemented by SICREMI.`);
    });
  }
}
