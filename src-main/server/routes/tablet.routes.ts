import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CreateOrderBody, IdParams } from '../../../src-shared/schemas';
import { MenuSchema, MenuTreeSchema, OrderSchema, TableOrdersSchema } from '../../../src-shared/responses';
import * as orders from '../../services/orders.service';
import * as menu from '../../services/menu.service';
import { tableOf } from '../plugins/auth';
import { tableOrderRateLimit } from '../plugins/order-rate-limit';
import { resumeId } from './events';
import type { RouteDeps } from './route-deps';

/** The tablet API, under `/api`; role `table`. */
export const tabletRoutes: FastifyPluginAsyncZod<RouteDeps> = async (
  app,
  { ctx, hub, tableOrdersPerMinute },
) => {
  const config = { roles: ['table'] } as const;
  const rateLimit = tableOrderRateLimit(ctx, tableOrdersPerMinute);

  app.get('/menus', { config, schema: { response: { 200: MenuTreeSchema } } }, async (req) =>
    menu.menuTree(ctx, req.principal.storeId),
  );

  app.get(
    '/menus/:id',
    { config, schema: { params: IdParams, response: { 200: MenuSchema } } },
    async (req) => menu.getMenu(ctx, req.principal.storeId, req.params.id),
  );

  app.post(
    '/orders',
    {
      config: rateLimit ? { ...config, rateLimit } : config,
      schema: { body: CreateOrderBody, response: { 200: OrderSchema, 201: OrderSchema } },
    },
    async (req, reply) => {
      const result = await orders.createOrder(ctx, tableOf(req), req.body);
      return reply.status(result.created ? 201 : 200).send(result.order);
    },
  );

  app.get('/orders', { config, schema: { response: { 200: TableOrdersSchema } } }, async (req) => {
    const { storeId, tableId } = tableOf(req);
    return orders.tableOrders(ctx, storeId, tableId);
  });

  app.get('/table/events', { config }, (req, reply) => {
    const { storeId, tableId, tokenHash, guest } = tableOf(req);
    reply.hijack();
    hub.open(reply.raw, { kind: 'table', storeId, tableId, token: tokenHash, guest }, resumeId(req), () =>
      orders.tableOrders(ctx, storeId, tableId),
    );
  });
};
