import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ReportQuery } from '../../../src-shared/schemas';
import { ReportSchema } from '../../../src-shared/responses';
import { report, reportCsv } from '../../services/reports.service';
import type { RouteDeps } from './route-deps';

/** Reports over a range of days (A15), as JSON and as CSV, under `/api/admin`; manager only. */
export const reportsRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  const config = { roles: ['manager'] } as const;

  app.get(
    '/reports',
    { config, schema: { querystring: ReportQuery, response: { 200: ReportSchema } } },
    async (req) => report(ctx, req.principal.storeId, req.query),
  );

  app.get('/reports.csv', { config, schema: { querystring: ReportQuery } }, async (req, reply) => {
    const r = report(ctx, req.principal.storeId, req.query);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="report-${r.from}-${r.to}.csv"`)
      .header('cache-control', 'no-store')
      .send(reportCsv(r));
  });
};
