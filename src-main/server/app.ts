/** Builds the Fastify app (no listening): plugins, routes, static apps. Tests can inject(). */
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import { LIMITS } from '../../src-shared/limits';
import type { ServiceContext } from '../services/context';
import type { SseHub } from '../sse/hub';
import { ServiceUnavailableError } from '../services/app-error';
import { envelope, registerErrorHandler } from './plugins/error-handler';
import { registerValidation } from './plugins/validation';
import { registerHostCheck } from './plugins/host-check';
import { CSP, registerStatic, spaFallback } from './plugins/static';
import { authRoutes } from './routes/auth.routes';
import { tabletRoutes } from './routes/tablet.routes';
import { orderRoutes } from './routes/orders.routes';
import { tableRoutes } from './routes/tables.routes';
import { menuRoutes } from './routes/menu.routes';
import { staffRoutes } from './routes/staff.routes';
import { healthRoutes, type HealthState } from './routes/health.routes';

export interface AppOptions {
  staticDir: string;
  health: HealthState;
  /** Extra routes (operations: backups, summary) registered by their own modules. */
  extraRoutes?: ((app: FastifyInstance) => void)[];
}

export function buildApp(ctx: ServiceContext, hub: SseHub, options: AppOptions): FastifyInstance {
  const app = Fastify({
    logger: false,
    bodyLimit: LIMITS.jsonBodyBytes,
    forceCloseConnections: true,
    return503OnClosing: true,
    routerOptions: { maxParamLength: 200, ignoreTrailingSlash: false },
    // Errors raised before routing (a bad URL, a path parameter over the length limit) and
    // requests node cannot even parse get the API envelope too, not Fastify's own bodies.
    frameworkErrors: (error, _request, reply: FastifyReply) => {
      const message =
        error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'a path parameter is too long' : 'is not a valid URL';
      void reply
        .status(400)
        .send(envelope(`The request path ${message}`, 'VALIDATION_ERROR', [{ path: '', message }]));
    },
    clientErrorHandler: (_error, socket) => {
      if (!socket.writable) return socket.destroy();
      const body = JSON.stringify(
        envelope('The request is not valid HTTP', 'VALIDATION_ERROR', [
          { path: '', message: 'is not valid HTTP' },
        ]),
      );
      socket.end(
        `HTTP/1.1 400 Bad Request\r\nContent-Type: application/json; charset=utf-8\r\n` +
          `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
    },
  });
  registerValidation(app);
  // JSON only (API.md): any other body type is a 415, not a string to validate.
  app.removeContentTypeParser('text/plain');
  registerErrorHandler(app, ctx.log.scope('http'));
  // First of all hooks: a request for another host name (DNS rebinding) is not served (S3).
  registerHostCheck(app, { publicUrl: ctx.config.publicUrl });
  app.register(fastifyCookie);

  // While a restore runs (or startup is not finished) the API answers 503.
  app.addHook('onRequest', async (req) => {
    if (!options.health.ready() && req.url.startsWith('/api/')) {
      throw new ServiceUnavailableError(
        'The store server is busy (starting or restoring a backup); try again shortly',
      );
    }
  });

  authRoutes(app, ctx);
  tabletRoutes(app, ctx, hub);
  orderRoutes(app, ctx, hub);
  tableRoutes(app, ctx);
  menuRoutes(app, ctx);
  staffRoutes(app, ctx);
  healthRoutes(app, ctx, hub, options.health);
  for (const add of options.extraRoutes ?? []) add(app);
  registerStatic(app, options.staticDir, ctx.config.imagesDir);

  app.setNotFoundHandler((request, reply) => {
    const spa = request.method === 'GET' ? spaFallback(options.staticDir, request.url) : null;
    if (spa) {
      return reply
        .header('cache-control', 'no-cache')
        .header('content-security-policy', CSP)
        .sendFile('index.html', spa.root, { cacheControl: false });
    }
    return reply
      .status(404)
      .send(envelope(`No route for ${request.method} ${request.url.split('?')[0]}`, 'NOT_FOUND'));
  });
  return app;
}
