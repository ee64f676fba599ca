// Every route of the dissemination API in one registration: public JSON data, releases,
// countries, indicators, downloads and SDMX. `resolveViewer` tells who is signed in (the
// workflow's session/token check, by default), for the authenticated unsuppressed routes.
import type { FastifyInstance } from 'fastify';
import { watchStoreWrites } from '../../dissemination/cache/write-epoch.js';
import { viewerOfUser } from '../../dissemination/viewer.js';
import type { Store } from '../../store/store.js';
import { getRequestUser } from '../auth/request-user.js';
import { registerBulkRoutes } from './bulk.js';
import { registerCatalogRoutes } from './catalog.js';
import { registerCountryRoutes } from './countries.js';
import { type ResolveViewer, registerDataRoutes } from './data.js';
import { registerDownloadRoutes } from './download.js';
import { registerFeedRoutes } from './feeds.js';
import { registerIndicatorRoutes } from './indicators.js';
import { registerReleaseRoutes } from './releases.js';
import { useSdmxErrors } from './sdmx-common.js';
import { registerSdmxV1Routes } from './sdmx-v1.js';
import { registerSdmxV2Routes } from './sdmx-v2.js';

export interface DisseminationOptions {
  resolveViewer?: ResolveViewer;
}

export async function registerDisseminationRoutes(
  app: FastifyInstance,
  store: Store,
  options: DisseminationOptions = {},
): Promise<void> {
  // Public answers reuse the release fingerprint within a turn of the event loop, never across
  // a write of this process.
  watchStoreWrites(store);
  const resolveViewer: ResolveViewer =
    options.resolveViewer ?? (async (request) => viewerOfUser(getRequestUser(request)));
  registerDataRoutes(app, store, resolveViewer);
  registerReleaseRoutes(app, store);
  registerCountryRoutes(app, store);
  registerIndicatorRoutes(app, store);
  registerDownloadRoutes(app, store, resolveViewer);
  registerBulkRoutes(app, store);
  registerCatalogRoutes(app, store);
  registerFeedRoutes(app, store);
  // SDMX REST answers errors in its own shape, so it lives in its own encapsulated scope.
  await app.register(
    async (scope) => {
      useSdmxErrors(scope);
      registerSdmxV2Routes(scope, store);
      registerSdmxV1Routes(scope, store);
    },
    { prefix: '/sdmx' },
  );
}
