import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CreateTableBody, HistoryQuery, IdParams, UpdateTableBody } from '../../../src-shared/schemas';
import {
  HistoryPageSchema,
  PairingCodeSchema,
  SessionEndResultSchema,
  TableInfoSchema,
  TablesListSchema,
  UnpairResultSchema,
} from '../../../src-shared/responses';
import * as tables from '../../services/tables.service';
import * as sessions from '../../services/sessions.service';
import { createPairing } from '../../services/auth.service';
import { staffOf } from '../plugins/auth';
import type { RouteDeps } from './route-deps';

/** Tables, pairing, sessions and history, under `/api/admin`; manager only. */
export const tableRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  const config = { roles: ['manager'] } as const;

  app.get('/tables', { config, schema: { response: { 200: TablesListSchema } } }, async (req) =>
    tables.listTables(ctx, req.principal.storeId),
  );

  app.post(
    '/tables',
    { config, schema: { body: CreateTableBody, response: { 201: TableInfoSchema } } },
    async (req, reply) =>
      reply.status(201).send(await tables.createTable(ctx, req.principal.storeId, req.body)),
  );

  app.put(
    '/tables/:id',
    { config, schema: { params: IdParams, body: UpdateTableBody, response: { 200: TableInfoSchema } } },
    async (req) => tables.updateTable(ctx, req.principal.storeId, req.params.id, req.body),
  );

  app.delete('/tables/:id', { config, schema: { params: IdParams } }, async (req, reply) => {
    await tables.deleteTable(ctx, req.principal.storeId, req.params.id);
    return reply.status(204).send();
  });

  app.delete(
    '/tables/:id/devices',
    { config, schema: { params: IdParams, response: { 200: UnpairResultSchema } } },
    async (req) => tables.unpairTablets(ctx, req.principal.storeId, req.params.id),
  );

  app.post(
    '/tables/:id/pairing',
    { config, schema: { params: IdParams, response: { 201: PairingCodeSchema } } },
    async (req, reply) => {
      tables.assertTable(ctx, req.principal.storeId, req.params.id);
      return reply.status(201).send(await createPairing(ctx, req.principal.storeId, req.params.id));
    },
  );

  app.post(
    '/tables/:id/session/end',
    { config, schema: { params: IdParams, response: { 200: SessionEndResultSchema } } },
    async (req) => sessions.endSession(ctx, staffOf(req), req.params.id),
  );

  app.get(
    '/tables/:id/history',
    { config, schema: { params: IdParams, querystring: HistoryQuery, response: { 200: HistoryPageSchema } } },
    async (req) => sessions.history(ctx, req.principal.storeId, req.query, req.params.id),
  );

  app.get(
    '/history',
    { config, schema: { querystring: HistoryQuery, response: { 200: HistoryPageSchema } } },
    async (req) => sessions.history(ctx, req.principal.storeId, req.query),
  );
};
