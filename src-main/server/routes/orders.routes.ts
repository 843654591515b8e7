import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams, ItemParams, OrdersQuery, StatusBody } from '../../../src-shared/schemas';
import { AdminOrdersSchema, DashboardSchema, OrderSchema } from '../../../src-shared/responses';
import * as orders from '../../services/orders.service';
import { staffOf } from '../plugins/auth';
import { resumeId } from './events';
import type { RouteDeps } from './route-deps';

/** Orders, the dashboard and the store's SSE channel, under `/api/admin`. */
export const orderRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx, hub }) => {
  const staff = { roles: ['manager', 'kitchen'] } as const;
  const manager = { roles: ['manager'] } as const;

  app.get('/dashboard', { config: staff, schema: { response: { 200: DashboardSchema } } }, async (req) =>
    orders.dashboard(ctx, req.principal.storeId),
  );

  app.get(
    '/orders',
    { config: staff, schema: { querystring: OrdersQuery, response: { 200: AdminOrdersSchema } } },
    async (req) =>
      orders.listOrders(
        ctx,
        req.principal.storeId,
        req.query.status,
        req.query.table_id,
        req.query.station_id,
      ),
  );

  app.get(
    '/orders/:id',
    { config: staff, schema: { params: IdParams, response: { 200: OrderSchema } } },
    async (req) => orders.getOrder(ctx, req.principal.storeId, req.params.id),
  );

  app.put(
    '/orders/:id/status',
    { config: staff, schema: { params: IdParams, body: StatusBody, response: { 200: OrderSchema } } },
    async (req) => orders.changeStatus(ctx, req.principal.storeId, req.params.id, req.body.status),
  );

  app.put(
    '/orders/:id/items/:item_id/status',
    { config: staff, schema: { params: ItemParams, body: StatusBody, response: { 200: OrderSchema } } },
    async (req) =>
      orders.changeItemStatus(ctx, req.principal.storeId, req.params.id, req.params.item_id, req.body.status),
  );

  app.delete('/orders/:id', { config: manager, schema: { params: IdParams } }, async (req, reply) => {
    await orders.deleteOrder(ctx, staffOf(req), req.params.id);
    return reply.status(204).send();
  });

  app.get('/events', { config: staff }, (req, reply) => {
    const { storeId, staffId, tokenHash } = staffOf(req);
    reply.hijack();
    hub.open(reply.raw, { kind: 'admin', storeId, staffId, token: tokenHash }, resumeId(req), () =>
      orders.dashboard(ctx, storeId),
    );
  });
};
