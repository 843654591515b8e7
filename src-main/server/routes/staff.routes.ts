import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CreateStaffBody, IdParams, UpdateStaffBody } from '../../../src-shared/schemas';
import { StaffListSchema, StaffSchema } from '../../../src-shared/responses';
import * as staff from '../../services/staff.service';
import { staffOf } from '../plugins/auth';
import type { RouteDeps } from './route-deps';

/** Staff accounts, under `/api/admin`; manager only. */
export const staffRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  const config = { roles: ['manager'] } as const;

  app.get('/staff', { config, schema: { response: { 200: StaffListSchema } } }, async (req) =>
    staff.listStaff(ctx, req.principal.storeId),
  );
  app.post(
    '/staff',
    { config, schema: { body: CreateStaffBody, response: { 201: StaffSchema } } },
    async (req, reply) =>
      reply.status(201).send(await staff.createStaff(ctx, req.principal.storeId, req.body)),
  );
  app.put(
    '/staff/:id',
    { config, schema: { params: IdParams, body: UpdateStaffBody, response: { 200: StaffSchema } } },
    async (req) => staff.updateStaff(ctx, staffOf(req), req.params.id, req.body),
  );
  app.delete('/staff/:id', { config, schema: { params: IdParams } }, async (req, reply) => {
    await staff.deleteStaff(ctx, staffOf(req), req.params.id);
    return reply.status(204).send();
  });
};
