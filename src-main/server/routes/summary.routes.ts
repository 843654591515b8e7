import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { SummaryQuery } from '../../../src-shared/schemas';
import { daySummary, summaryCsv } from '../../services/summary.service';
import type { ServiceContext } from '../../services/context';
import { requireRole } from '../plugins/auth';

export function summaryRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const manager = { preHandler: requireRole(ctx, 'manager'), schema: { querystring: SummaryQuery } };

  r.get('/api/admin/summary', manager, async (req) => daySummary(ctx, req.principal.storeId, req.query.date));

  r.get('/api/admin/summary.csv', manager, async (req, reply) => {
    const summary = daySummary(ctx, req.principal.storeId, req.query.date);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="summary-${summary.date}.csv"`)
      .header('cache-control', 'no-store')
      .send(summaryCsv(summary));
  });
}
