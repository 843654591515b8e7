import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  BillQuery,
  CallPresetsBody,
  CreateStaffCallBody,
  IdParams,
  StaffCallsQuery,
  UpdateStaffCallBody,
} from '../../../src-shared/schemas';
import {
  BillSchema,
  CallPresetListSchema,
  GuestInviteSchema,
  GuestRevokeResultSchema,
  StaffCallListSchema,
  StaffCallSchema,
} from '../../../src-shared/responses';
import * as calls from '../../services/staff-calls.service';
import * as bill from '../../services/bill.service';
import * as guests from '../../services/guest-phones.service';
import { tableOf } from '../plugins/auth';
import type { RouteDeps } from './route-deps';

/** Staff calls, the bill and guest phones for the tablet (and guests' phones), under `/api`. */
export const tabletGuestRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  const config = { roles: ['table'] } as const;

  app.get('/call-presets', { config, schema: { response: { 200: CallPresetListSchema } } }, async (req) =>
    calls.listPresets(ctx, req.principal.storeId),
  );

  app.post(
    '/staff-calls',
    {
      config,
      schema: { body: CreateStaffCallBody, response: { 200: StaffCallSchema, 201: StaffCallSchema } },
    },
    async (req, reply) => {
      const result = await calls.createCall(ctx, tableOf(req), req.body);
      return reply.status(result.created ? 201 : 200).send(result.call);
    },
  );

  app.get('/staff-calls', { config, schema: { response: { 200: StaffCallListSchema } } }, async (req) =>
    calls.tableCalls(ctx, tableOf(req)),
  );

  app.get('/bill', { config, schema: { response: { 200: BillSchema } } }, async (req) => {
    const { storeId, tableId } = tableOf(req);
    return bill.tableBill(ctx, storeId, tableId);
  });

  app.post(
    '/table/guest-invite',
    { config, schema: { response: { 201: GuestInviteSchema } } },
    async (req, reply) => reply.status(201).send(await guests.createInvite(ctx, tableOf(req))),
  );
};

/** Presets, calls, bills and guest phones for the staff, under `/api/admin`. */
export const adminGuestRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  const staff = { roles: ['manager', 'kitchen'] } as const;
  const manager = { roles: ['manager'] } as const;

  app.get(
    '/call-presets',
    { config: staff, schema: { response: { 200: CallPresetListSchema } } },
    async (req) => calls.listPresets(ctx, req.principal.storeId),
  );

  app.put(
    '/call-presets',
    { config: manager, schema: { body: CallPresetsBody, response: { 200: CallPresetListSchema } } },
    async (req) => calls.replacePresets(ctx, req.principal.storeId, req.body),
  );

  app.get(
    '/staff-calls',
    { config: staff, schema: { querystring: StaffCallsQuery, response: { 200: StaffCallListSchema } } },
    async (req) => calls.storeCalls(ctx, req.principal.storeId, req.query.status),
  );

  app.put(
    '/staff-calls/:id',
    {
      config: staff,
      schema: { params: IdParams, body: UpdateStaffCallBody, response: { 200: StaffCallSchema } },
    },
    async (req) => calls.setCallStatus(ctx, req.principal.storeId, req.params.id, req.body.status),
  );

  app.get(
    '/tables/:id/bill',
    { config: manager, schema: { params: IdParams, querystring: BillQuery, response: { 200: BillSchema } } },
    async (req) => bill.tableBill(ctx, req.principal.storeId, req.params.id, req.query.split),
  );

  app.delete(
    '/tables/:id/guest-phones',
    { config: manager, schema: { params: IdParams, response: { 200: GuestRevokeResultSchema } } },
    async (req) => guests.revokeGuests(ctx, req.principal.storeId, req.params.id),
  );
};
