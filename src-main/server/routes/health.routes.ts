import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Health } from '../../../src-shared/types';
import { HealthSchema } from '../../../src-shared/responses';
import { databaseHealth } from '../../services/health.service';
import type { RouteDeps } from './route-deps';

export type { HealthState } from './route-deps';

/** `GET /health`, no token: 503 while starting, restoring, or when the database cannot be written. */
export const healthRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx, hub, health }) => {
  app.get(
    '/health',
    { config: { public: true }, schema: { response: { 200: HealthSchema, 503: HealthSchema } } },
    async (_req, reply) => {
      const { db, setupRequired } = await databaseHealth(ctx, health.ready());
      const ok = db === 'ok' && health.ready();
      const body: Health = {
        status: ok ? 'ok' : 'unavailable',
        setup_required: setupRequired,
        version: health.version,
        uptime_s: Math.round((Date.now() - health.startedAt) / 1000),
        db,
        sse: hub.counts(),
      };
      return reply.status(ok ? 200 : 503).send(body);
    },
  );
};
