import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CreateStationBody, IdParams, UpdateStationBody } from '../../../src-shared/schemas';
import { StationListSchema, StationSchema } from '../../../src-shared/responses';
import * as stations from '../../services/stations.service';
import type { RouteDeps } from './route-deps';

/** Kitchen stations (K5), under `/api/admin`: boards read them, the manager edits them. */
export const stationRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  const staff = { roles: ['manager', 'kitchen'] } as const;
  const manager = { roles: ['manager'] } as const;

  app.get('/stations', { config: staff, schema: { response: { 200: StationListSchema } } }, async (req) =>
    stations.listStations(ctx, req.principal.storeId),
  );
  app.post(
    '/stations',
    { config: manager, schema: { body: CreateStationBody, response: { 201: StationSchema } } },
    async (req, reply) =>
      reply.status(201).send(await stations.createStation(ctx, req.principal.storeId, req.body)),
  );
  app.put(
    '/stations/:id',
    {
      config: manager,
      schema: { params: IdParams, body: UpdateStationBody, response: { 200: StationSchema } },
    },
    async (req) => stations.updateStation(ctx, req.principal.storeId, req.params.id, req.body),
  );
  app.delete('/stations/:id', { config: manager, schema: { params: IdParams } }, async (req, reply) => {
    await stations.deleteStation(ctx, req.principal.storeId, req.params.id);
    return reply.status(204).send();
  });
};
