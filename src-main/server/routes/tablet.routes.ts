import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { CreateOrderBody, IdParams } from '../../../src-shared/schemas';
import * as orders from '../../services/orders.service';
import * as menu from '../../services/menu.service';
import type { ServiceContext } from '../../services/context';
import type { SseHub } from '../../sse/hub';
import { requireRole } from '../plugins/auth';
import { resumeId } from './events';

export function tabletRoutes(app: FastifyInstance, ctx: ServiceContext, hub: SseHub): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const table = { preHandler: requireRole(ctx, 'table') };

  r.get('/api/menus', table, async (req) => menu.menuTree(ctx, req.principal.storeId));

  r.get('/api/menus/:id', { ...table, schema: { params: IdParams } }, async (req) =>
    menu.getMenu(ctx, req.principal.storeId, req.params.id),
  );

  r.post('/api/orders', { ...table, schema: { body: CreateOrderBody } }, async (req, reply) => {
    const result = await orders.createOrder(ctx, req.principal, req.body);
    reply.status(result.created ? 201 : 200);
    return result.order;
  });

  r.get('/api/orders', table, async (req) =>
    orders.tableOrders(ctx, req.principal.storeId, req.principal.tableId!),
  );

  r.get('/api/table/events', table, (req, reply) => {
    const { storeId, tableId } = req.principal;
    reply.hijack();
    hub.open(reply.raw, { kind: 'table', storeId, tableId: tableId! }, resumeId(req), () =>
      orders.tableOrders(ctx, storeId, tableId!),
    );
  });
}
