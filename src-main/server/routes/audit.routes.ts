import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditQuery } from '../../../src-shared/schemas';
import { AuditPageSchema } from '../../../src-shared/responses';
import { auditPage } from '../../services/audit.service';
import type { RouteDeps } from './route-deps';

/** The audit log (A16) under `/api/admin`, newest first; manager only. */
export const auditRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  app.get(
    '/audit',
    {
      config: { roles: ['manager'] },
      schema: { querystring: AuditQuery, response: { 200: AuditPageSchema } },
    },
    async (req) => auditPage(ctx, req.principal.storeId, req.query),
  );
};
