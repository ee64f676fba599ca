// The HTTP application: one Fastify instance, its error conventions, and the route groups.
// Route modules are thin: they parse the request, call the capability's functions, shape JSON.
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import type { Store } from '../store/store.js';
import { ApiError, errorBody } from './errors.js';
import { requestLanguage } from './request-language.js';
import { registerFrameworkRoutes } from './routes/framework.js';
import { registerHealthRoutes } from './routes/health.js';

export interface AppOptions {
  store: Store;
  config: Pick<Config, 'logLevel' | 'maxUploadBytes'>;
}

export async function buildApp({ store, config }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    bodyLimit: 10 * 1024 * 1024,
    trustProxy: true,
  });

  app.setErrorHandler((error, request, reply) => {
    const lang = requestLanguage(request);
    if (error instanceof ApiError) {
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

  registerHealthRoutes(app, store);
  registerFrameworkRoutes(app);
  return app;
}
