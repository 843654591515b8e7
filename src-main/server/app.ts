/** Builds the Fastify app (no listening): plugins, routes, static apps. Tests can inject(). */
import Fastify, {
  type FastifyContextConfig,
  type FastifyInstance,
  type FastifyReply,
  type FastifySchema,
} from 'fastify';
import fastifyCookie from '@fastify/cookie';
import { LIMITS } from '../../src-shared/limits';
import type { ServiceContext } from '../services/context';
import type { SseHub } from '../sse/hub';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { ServiceUnavailableError } from '../errors/app-error';
import { envelope, registerErrorHandler } from './plugins/error-handler';
import { registerValidation } from './plugins/validation';
import { registerHostCheck } from './plugins/host-check';
import type { Socket } from 'node:net';
import {
  capConnectionsPerAddress,
  type ConnectionCounts,
  registerProtection,
  serverOptions,
  type ServerLimits,
} from './plugins/limits';
import { registerRateLimit } from './plugins/order-rate-limit';
import { CSP, registerStatic, spaFallback } from './plugins/static';
import { guardScope } from './plugins/auth';
import { publicAuthRoutes, staffAuthRoutes } from './routes/auth.routes';
import { tabletRoutes } from './routes/tablet.routes';
import { adminGuestRoutes, tabletGuestRoutes } from './routes/guest-service.routes';
import { checkoutFloorRoutes } from './routes/checkout-floor.routes';
import { orderRoutes } from './routes/orders.routes';
import { tableRoutes } from './routes/tables.routes';
import { menuRoutes } from './routes/menu.routes';
import { stationRoutes } from './routes/stations.routes';
import { printerRoutes } from './routes/printers.routes';
import { staffRoutes } from './routes/staff.routes';
import { summaryRoutes } from './routes/summary.routes';
import { reportsRoutes } from './routes/reports.routes';
import { auditRoutes } from './routes/audit.routes';
import { backupRoutes } from './routes/backups.routes';
import { healthRoutes } from './routes/health.routes';
import { tlsRoutes } from './routes/tls.routes';
import { TransportRecorder } from '../services/tls.service';
import type { BackupOperations, HealthState, RouteDeps } from './routes/route-deps';

/** One registered route, as the route test and the API reference generator read them. */
export interface RouteEntry {
  method: string;
  url: string;
  config: FastifyContextConfig;
  schema: FastifySchema | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered on this app, in registration order (HEAD twins included). */
    routeTable: readonly RouteEntry[];
  }
}

export interface AppOptions {
  staticDir: string;
  health: HealthState;
  backups: BackupOperations;
  /** Timeouts, connection and stream caps (plugins/limits.ts). */
  limits: ServerLimits;
  /** Orders per table per minute; 0 turns the limit off. */
  tableOrdersPerMinute: number;
  /** Shared with the HTTPS port, so both count against one cap per address. */
  connectionCounts?: ConnectionCounts;
}

/**
 * A request node cannot parse (or whose headers or body came too late) on either port: a JSON
 * envelope with 400 (or 408), then the connection is closed.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) return void socket.destroy();
  const late = error.code === 'ERR_HTTP_REQUEST_TIMEOUT';
  const [status, detail, message] = late
    ? ['408 Request Timeout', 'The request did not arrive in time', 'arrived too slowly']
    : ['400 Bad Request', 'The request is not valid HTTP', 'is not valid HTTP'];
  const body = JSON.stringify(envelope(detail, 'VALIDATION_ERROR', [{ path: '', message }]));
  socket.end(
    `HTTP/1.1 ${status}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

export function buildApp(ctx: ServiceContext, hub: SseHub, options: AppOptions): FastifyInstance {
  const app = Fastify({
    logger: false,
    bodyLimit: LIMITS.jsonBodyBytes,
    forceCloseConnections: true,
    ...serverOptions(options.limits),
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
    clientErrorHandler: answerClientError,
  });
  capConnectionsPerAddress(app.server, options.limits, ctx.log.scope('http'), options.connectionCounts);
  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      routeTable.push({ method, url: route.url, config: route.config ?? {}, schema: route.schema });
    }
  });
  registerValidation(app);
  // Answers are held to the response schemas of src-shared/responses.ts.
  app.setSerializerCompiler(serializerCompiler);
  // JSON only (API.md): any other body type is a 415, not a string to validate.
  app.removeContentTypeParser('text/plain');
  registerErrorHandler(app, ctx.log.scope('http'));
  // First of all hooks: a request for another host name (DNS rebinding) is not served (S3).
  registerHostCheck(app, { publicUrl: ctx.config.publicUrl });
  app.register(fastifyCookie);
  registerProtection(app, options.limits);
  registerRateLimit(app);

  // While a restore runs (or startup is not finished) the API answers 503.
  app.addHook('onRequest', async (req) => {
    if (!options.health.ready() && req.url.startsWith('/api/')) {
      throw new ServiceUnavailableError(
        'The store server is busy (starting or restoring a backup); try again shortly',
      );
    }
  });

  const deps: RouteDeps = {
    ctx,
    hub,
    backups: options.backups,
    health: options.health,
    tableOrdersPerMinute: options.tableOrdersPerMinute,
  };
  // No token: health, setup and the logins.
  app.register(healthRoutes, deps);
  app.register(tlsRoutes, deps);
  app.register(publicAuthRoutes, deps);
  // The store API: every route names its roles; the token is checked before the body is read.
  app.register(
    async (admin) => {
      guardScope(admin, ctx, 'staff');
      for (const routes of [
        staffAuthRoutes,
        orderRoutes,
        tableRoutes,
        menuRoutes,
        stationRoutes,
        printerRoutes,
        staffRoutes,
        summaryRoutes,
        reportsRoutes,
        auditRoutes,
        backupRoutes,
        adminGuestRoutes,
        checkoutFloorRoutes,
      ])
        await admin.register(routes, deps);
    },
    { prefix: '/api/admin' },
  );
  // The tablet API, role `table`.
  app.register(
    async (tablet) => {
      guardScope(tablet, ctx, 'table', new TransportRecorder(ctx));
      await tablet.register(tabletRoutes, deps);
      await tablet.register(tabletGuestRoutes, deps);
    },
    { prefix: '/api' },
  );
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
