// The HTTP application: one Fastify instance, its error conventions, and the route groups.
// Route modules are thin: they parse the request, call the capability's functions, shape JSON.
import Fastify, { type FastifyInstance, LogController, type RouteOptions } from 'fastify';
import type { Config } from '../config.js';
import { sizeAnswerCache } from '../dissemination/cache/cached-answer.js';
import { watchStoreWrites } from '../dissemination/cache/write-epoch.js';
import type { Store } from '../store/store.js';
import { WorkflowError } from '../workflow/workflow-error.js';
import { registerAuth } from './auth/register-auth.js';
import { registerCachePolicy } from './cache-policy.js';
import { ApiError, errorBody } from './errors.js';
import { registerGuards } from './guards/register-guards.js';
import { registerMetrics } from './metrics.js';
import { describePublicPage } from './page-heads.js';
import { registerReadRouting, routeReads } from './read-routing.js';
import { readRequestId, registerRequestId } from './request-id.js';
import { requestLanguage } from './request-language.js';
import { registerDisseminationRoutes } from './routes/dissemination.js';
import { registerFrameworkRoutes } from './routes/framework.js';
import { registerHealthRoutes, registerReadyRoute } from './routes/health.js';
import { registerKnowledgeRoutes } from './routes/knowledge.js';
import { registerReportRoutes } from './routes/reports.js';
import { setupWorkflow, type WorkflowOptions } from './routes/workflow-setup.js';
import { registerWebStatic } from './web-static.js';

export interface AppOptions {
  store: Store;
  config: Pick<Config, 'logLevel' | 'maxUploadBytes'> & Partial<Config>;
  /** Mail transport and ingest import function; tests replace them. */
  workflow?: WorkflowOptions;
  /** Told of every route as it is registered (tests enumerate the app's routes with it). */
  onRoute?: (route: RouteOptions) => void;
  /** A read replica of `store` (DATABASE_READ_URL): public reads of anonymous callers go there. */
  readReplica?: Store;
}

export async function buildApp({
  store,
  config,
  workflow,
  onRoute,
  readReplica,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    bodyLimit: 10 * 1024 * 1024,
    trustProxy: config.trustProxy ?? 'loopback',
    genReqId: readRequestId,
    logController: new LogController({ requestIdLogLabel: 'requestId' }),
  });
  if (onRoute) app.addHook('onRoute', onRoute);
  registerGuards(app, {
    ...(config.publicReadsPerMinute
      ? {
          publicReadLimit: {
            perMinute: config.publicReadsPerMinute,
            burst: config.publicReadBurst ?? config.publicReadsPerMinute,
          },
        }
      : {}),
  });
  registerRequestId(app);

  app.setErrorHandler((error, request, reply) => {
    const lang = requestLanguage(request);
    if (error instanceof ApiError || error instanceof WorkflowError) {
      return reply.code(error.status).send(errorBody(error.code, lang, error.params, error.details));
    }
    const status = (error as { statusCode?: number }).statusCode;
    if (status === 413) return reply.code(413).send(errorBody('PAYLOAD_TOO_LARGE', lang));
    if (status && status >= 400 && status < 500) {
      return reply.code(status).send(errorBody('BAD_REQUEST', lang, { detail: (error as Error).message }));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.code(500).send(errorBody('INTERNAL_ERROR', lang));
  });

  app.setNotFoundHandler((request, reply) =>
    reply
      .code(404)
      .send(errorBody('NOT_FOUND', requestLanguage(request), { path: request.url.split('?')[0] ?? '' })),
  );

  registerCachePolicy(app);
  let publicStore = store;
  if (readReplica) {
    registerReadRouting(app);
    watchStoreWrites(store);
    publicStore = routeReads(store, readReplica);
  }
  // The process passes its whole configuration; callers that build an app with a partial one
  // (tests, benchmarks) say so explicitly when they want two-factor sign-in.
  await registerAuth(app, store, { requireTwoFactor: config.requireTwoFactor ?? false });
  registerHealthRoutes(app, store);
  registerReadyRoute(app, store, readReplica);
  registerMetrics(app, { store, readReplica, token: config.metricsToken });
  registerFrameworkRoutes(app, store);
  if (config.answerCacheEntries !== undefined) {
    sizeAnswerCache(store.db, config.answerCacheEntries);
    if (readReplica) sizeAnswerCache(readReplica.db, config.answerCacheEntries);
  }
  registerWebStatic(app, {
    ...(config.webDistDir ? { distDir: config.webDistDir } : {}),
    describePage: describePublicPage(publicStore),
  });
  registerKnowledgeRoutes(app, store);
  await registerDisseminationRoutes(app, publicStore);
  registerReportRoutes(app, publicStore);
  await setupWorkflow(app, store, config, workflow);
  return app;
}
