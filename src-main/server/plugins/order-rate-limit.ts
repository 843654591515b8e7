/**
 * Orders per table per minute (SPEC S2: one table cannot flood the kitchen). @fastify/rate-limit
 * does the counting (a fixed one-minute window per key, Retry-After on the 429); the key is the
 * signed-in table, not the address, so one tablet cannot slow the others and two tablets of
 * one table share their table's allowance. It runs in preHandler, after the token and the body
 * were checked: a resend of an order already placed (same client_order_id — a tablet retrying
 * after a lost answer) is let through uncounted and gets its 200 replay.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fastifyRateLimit, { type RateLimitOptions } from '@fastify/rate-limit';
import { RateLimitedError } from '../../errors/app-error';
import type { ServiceContext } from '../../services/context';
import { isKnownClientOrder } from '../../services/orders.service';

/** Makes the plugin available; it limits only routes whose config names `rateLimit`. */
export function registerRateLimit(app: FastifyInstance): void {
  app.register(fastifyRateLimit, {
    global: false,
    // One entry per table; far above any store's table count.
    cache: 10_000,
    addHeadersOnExceeding: {
      'x-ratelimit-limit': false,
      'x-ratelimit-remaining': false,
      'x-ratelimit-reset': false,
    },
    addHeaders: {
      'x-ratelimit-limit': false,
      'x-ratelimit-remaining': false,
      'x-ratelimit-reset': false,
      'retry-after': true,
    },
  });
}

function clientOrderIdOf(request: FastifyRequest): string | undefined {
  const body = request.body as { client_order_id?: unknown } | undefined;
  return typeof body?.client_order_id === 'string' ? body.client_order_id : undefined;
}

/** The route config of POST /api/orders; `undefined` when the limit is off (0). */
export function tableOrderRateLimit(ctx: ServiceContext, perMinute: number): RateLimitOptions | undefined {
  if (perMinute <= 0) return undefined;
  return {
    max: perMinute,
    timeWindow: 60_000,
    hook: 'preHandler',
    keyGenerator: (request) =>
      request.principal.role === 'table'
        ? `table:${request.principal.storeId}:${request.principal.tableId}`
        : `ip:${request.ip}`,
    allowList: (request) => {
      const id = clientOrderIdOf(request);
      return id !== undefined && isKnownClientOrder(ctx, request.principal.storeId, id);
    },
    errorResponseBuilder: (_request, context) =>
      new RateLimitedError(
        `This table placed more than ${perMinute} orders in a minute; wait a moment and order again`,
        Math.max(1, Math.ceil(context.ttl / 1000)),
      ),
  };
}
