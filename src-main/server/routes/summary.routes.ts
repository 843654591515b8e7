import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SummaryQuery } from '../../../src-shared/schemas';
import { DaySummarySchema } from '../../../src-shared/responses';
import { daySummary, summaryCsv } from '../../services/summary.service';
import type { RouteDeps } from './route-deps';

/** The day summary, as JSON and as CSV, under `/api/admin`; manager only. */
export const summaryRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  const config = { roles: ['manager'] } as const;

  app.get(
    '/summary',
    { config, schema: { querystring: SummaryQuery, response: { 200: DaySummarySchema } } },
    async (req) => daySummary(ctx, req.principal.storeId, req.query.date),
  );

  app.get('/summary.csv', { config, schema: { querystring: SummaryQuery } }, async (req, reply) => {
    const summary = daySummary(ctx, req.principal.storeId, req.query.date);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="summary-${summary.date}.csv"`)
      .header('cache-control', 'no-store')
      .send(summaryCsv(summary));
  });
};
