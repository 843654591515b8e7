import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { CreateStaffBody, IdParams, UpdateStaffBody } from '../../../src-shared/schemas';
import * as staff from '../../services/staff.service';
import type { ServiceContext } from '../../services/context';
import { requireRole } from '../plugins/auth';

export function staffRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const manager = { preHandler: requireRole(ctx, 'manager') };

  r.get('/api/admin/staff', manager, async (req) => staff.listStaff(ctx, req.principal.storeId));
  r.post('/api/admin/staff', { ...manager, schema: { body: CreateStaffBody } }, async (req, reply) => {
    reply.status(201);
    return staff.createStaff(ctx, req.principal.storeId, req.body);
  });
  r.put(
    '/api/admin/staff/:id',
    { ...manager, schema: { params: IdParams, body: UpdateStaffBody } },
    async (req) => staff.updateStaff(ctx, req.principal, req.params.id, req.body),
  );
  r.delete('/api/admin/staff/:id', { ...manager, schema: { params: IdParams } }, async (req, reply) => {
    await staff.deleteStaff(ctx, req.principal, req.params.id);
    return reply.status(204).send();
  });
}
