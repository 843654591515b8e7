import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { BackupInfo } from '../../../src-shared/types';
import type { ServiceContext } from '../../services/context';
import type { RestoreResult } from '../../services/backup-restore.service';
import { requireRole } from '../plugins/auth';

/** What the routes need from the running server (createStoreServer provides it). */
export interface BackupOperations {
  list(): BackupInfo[];
  create(): Promise<BackupInfo>;
  restore(name: string): Promise<RestoreResult>;
}

// Any string up to the router's limit: the service accepts only exact backup names (else 404).
const NameParams = z.strictObject({ name: z.string().max(200) });

export function backupRoutes(app: FastifyInstance, ctx: ServiceContext, ops: BackupOperations): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const manager = { preHandler: requireRole(ctx, 'manager') };

  r.get('/api/admin/backups', manager, async () => ({ backups: ops.list() }));

  r.post('/api/admin/backups', manager, async (_req, reply) => {
    const info = await ops.create();
    return reply.status(201).send(info);
  });

  r.post('/api/admin/backups/:name/restore', { ...manager, schema: { params: NameParams } }, async (req) => {
    const result = await ops.restore(req.params.name);
    return result.restored;
  });
}
