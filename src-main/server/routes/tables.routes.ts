import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { CreateTableBody, HistoryQuery, IdParams, UpdateTableBody } from '../../../src-shared/schemas';
import * as tables from '../../services/tables.service';
import * as sessions from '../../services/sessions.service';
import { createPairing } from '../../services/auth.service';
import type { ServiceContext } from '../../services/context';
import { requireRole } from '../plugins/auth';

export function tableRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const manager = { preHandler: requireRole(ctx, 'manager') };

  r.get('/api/admin/tables', manager, async (req) => tables.listTables(ctx, req.principal.storeId));

  r.post('/api/admin/tables', { ...manager, schema: { body: CreateTableBody } }, async (req, reply) => {
    reply.status(201);
    return tables.createTable(ctx, req.principal.storeId, req.body);
  });

  r.put(
    '/api/admin/tables/:id',
    { ...manager, schema: { params: IdParams, body: UpdateTableBody } },
    async (req) => tables.updateTable(ctx, req.principal.storeId, req.params.id, req.body),
  );

  r.delete('/api/admin/tables/:id', { ...manager, schema: { params: IdParams } }, async (req, reply) => {
    await tables.deleteTable(ctx, req.principal.storeId, req.params.id);
    return reply.status(204).send();
  });

  r.post(
    '/api/admin/tables/:id/pairing',
    { ...manager, schema: { params: IdParams } },
    async (req, reply) => {
      tables.assertTable(ctx, req.principal.storeId, req.params.id);
      reply.status(201);
      return createPairing(ctx, req.principal.storeId, req.params.id);
    },
  );

  r.post('/api/admin/tables/:id/session/end', { ...manager, schema: { params: IdParams } }, async (req) =>
    sessions.endSession(ctx, req.principal.storeId, req.params.id),
  );

  r.get(
    '/api/admin/tables/:id/history',
    { ...manager, schema: { params: IdParams, querystring: HistoryQuery } },
    async (req) => sessions.history(ctx, req.principal.storeId, req.query, req.params.id),
  );

  r.get('/api/admin/history', { ...manager, schema: { querystring: HistoryQuery } }, async (req) =>
    sessions.history(ctx, req.principal.storeId, req.query),
  );
}
