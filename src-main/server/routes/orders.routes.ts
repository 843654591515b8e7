import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParams, OrdersQuery, StatusBody } from '../../../src-shared/schemas';
import * as orders from '../../services/orders.service';
import type { ServiceContext } from '../../services/context';
import type { SseHub } from '../../sse/hub';
import { requireRole } from '../plugins/auth';
import { resumeId } from './events';

export function orderRoutes(app: FastifyInstance, ctx: ServiceContext, hub: SseHub): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const staff = { preHandler: requireRole(ctx, 'manager', 'kitchen') };
  const manager = { preHandler: requireRole(ctx, 'manager') };

  r.get('/api/admin/dashboard', staff, async (req) => orders.dashboard(ctx, req.principal.storeId));

  r.get('/api/admin/orders', { ...staff, schema: { querystring: OrdersQuery } }, async (req) =>
    orders.listOrders(ctx, req.principal.storeId, req.query.status, req.query.table_id),
  );

  r.get('/api/admin/orders/:id', { ...staff, schema: { params: IdParams } }, async (req) =>
    orders.getOrder(ctx, req.principal.storeId, req.params.id),
  );

  r.put(
    '/api/admin/orders/:id/status',
    { ...staff, schema: { params: IdParams, body: StatusBody } },
    async (req) => orders.changeStatus(ctx, req.principal.storeId, req.params.id, req.body.status),
  );

  r.delete('/api/admin/orders/:id', { ...manager, schema: { params: IdParams } }, async (req, reply) => {
    await orders.deleteOrder(ctx, req.principal, req.params.id);
    return reply.status(204).send();
  });

  r.get('/api/admin/events', staff, (req, reply) => {
    const { storeId, staffId } = req.principal;
    reply.hijack();
    hub.open(reply.raw, { kind: 'admin', storeId, staffId: staffId! }, resumeId(req), () =>
      orders.dashboard(ctx, storeId),
    );
  });
}
