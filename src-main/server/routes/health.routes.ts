import type { FastifyInstance } from 'fastify';
import type { Health } from '../../../src-shared/types';
import type { ServiceContext } from '../../services/context';
import type { SseHub } from '../../sse/hub';
import { databaseHealth } from '../../services/health.service';

export interface HealthState {
  version: string;
  startedAt: number;
  /** False while starting, restoring a backup, or when the database failed. */
  ready: () => boolean;
}

export function healthRoutes(
  app: FastifyInstance,
  ctx: ServiceContext,
  hub: SseHub,
  state: HealthState,
): void {
  app.get('/health', async (_req, reply) => {
    const { db, setupRequired } = await databaseHealth(ctx, state.ready());
    const ok = db === 'ok' && state.ready();
    const body: Health = {
      status: ok ? 'ok' : 'unavailable',
      setup_required: setupRequired,
      version: state.version,
      uptime_s: Math.round((Date.now() - state.startedAt) / 1000),
      db,
      sse: hub.counts(),
    };
    return reply.status(ok ? 200 : 503).send(body);
  });
}
