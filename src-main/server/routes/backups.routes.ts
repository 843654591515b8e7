import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BackupInfoSchema, BackupListSchema } from '../../../src-shared/responses';
import { staffOf } from '../plugins/auth';
import type { RouteDeps } from './route-deps';

export type { BackupOperations } from './route-deps';

// Any string up to the router's limit: the service accepts only exact backup names (else 404).
const NameParams = z.strictObject({ name: z.string().max(200) });

/** Under `/api/admin`. */
export const backupRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { backups }) => {
  const manager = { roles: ['manager'] } as const;

  app.get('/backups', { config: manager, schema: { response: { 200: BackupListSchema } } }, async () => ({
    backups: backups.list(),
  }));

  app.post(
    '/backups',
    { config: manager, schema: { response: { 201: BackupInfoSchema } } },
    async (_req, reply) => reply.status(201).send(await backups.create()),
  );

  app.post(
    '/backups/:name/restore',
    { config: manager, schema: { params: NameParams, response: { 200: BackupInfoSchema } } },
    async (req) => {
      // The service also knows the file's path on this machine; that stays on the server.
      const { file: _file, ...restored } = (await backups.restore(req.params.name, { by: staffOf(req) }))
        .restored;
      return restored;
    },
  );
};
