import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CreatePaymentBody,
  GuestCountBody,
  IdParams,
  MergeTableBody,
  MoveTableBody,
  VoidPaymentBody,
} from '../../../src-shared/schemas';
import {
  MergeResultSchema,
  MoveResultSchema,
  PaymentSchema,
  SessionSummarySchema,
} from '../../../src-shared/responses';
import * as checkout from '../../services/checkout.service';
import * as floor from '../../services/floor.service';
import { staffOf } from '../plugins/auth';
import type { RouteDeps } from './route-deps';

/** Payments, moving and merging tables, guest counts, under `/api/admin`; manager only. */
export const checkoutFloorRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  const config = { roles: ['manager'] } as const;

  app.post(
    '/tables/:id/payments',
    {
      config,
      schema: {
        params: IdParams,
        body: CreatePaymentBody,
        response: { 200: PaymentSchema, 201: PaymentSchema },
      },
    },
    async (req, reply) => {
      const result = await checkout.recordPayment(ctx, staffOf(req), req.params.id, req.body);
      return reply.status(result.created ? 201 : 200).send(result.payment);
    },
  );

  app.delete(
    '/payments/:id',
    { config, schema: { params: IdParams, body: VoidPaymentBody } },
    async (req, reply) => {
      await checkout.voidPayment(ctx, staffOf(req), req.params.id, req.body.reason);
      return reply.status(204).send();
    },
  );

  app.post(
    '/tables/:id/move',
    { config, schema: { params: IdParams, body: MoveTableBody, response: { 200: MoveResultSchema } } },
    async (req) => floor.moveSession(ctx, staffOf(req), req.params.id, req.body.to_table_id),
  );

  app.post(
    '/tables/:id/merge',
    { config, schema: { params: IdParams, body: MergeTableBody, response: { 200: MergeResultSchema } } },
    async (req) => floor.mergeSession(ctx, staffOf(req), req.params.id, req.body.into_table_id),
  );

  app.put(
    '/tables/:id/session',
    { config, schema: { params: IdParams, body: GuestCountBody, response: { 200: SessionSummarySchema } } },
    async (req) => floor.setGuestCount(ctx, staffOf(req), req.params.id, req.body.guest_count),
  );
};
