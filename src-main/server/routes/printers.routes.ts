import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CreatePrinterBody,
  IdParams,
  PrintBillBody,
  PrintJobsQuery,
  UpdatePrinterBody,
} from '../../../src-shared/schemas';
import {
  PrintAcceptedSchema,
  PrintJobListSchema,
  PrinterListSchema,
  PrinterSchema,
} from '../../../src-shared/responses';
import * as printers from '../../services/printers.service';
import * as printJobs from '../../services/print-jobs.service';
import type { RouteDeps } from './route-deps';

/**
 * Printing (A14), under `/api/admin`. The manager sets printers up and prints bills; kitchen
 * staff may also list jobs and reprint a ticket (a lost or smudged ticket is theirs to fix),
 * and read printer status for the board's alert.
 */
export const printerRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  const manager = { roles: ['manager'] } as const;
  const staff = { roles: ['manager', 'kitchen'] } as const;

  app.get('/printers', { config: manager, schema: { response: { 200: PrinterListSchema } } }, async (req) =>
    printers.listPrinters(ctx, req.principal.storeId),
  );
  app.get(
    '/printer-status',
    { config: staff, schema: { response: { 200: PrinterListSchema } } },
    async (req) => printers.listPrinters(ctx, req.principal.storeId),
  );
  app.post(
    '/printers',
    { config: manager, schema: { body: CreatePrinterBody, response: { 201: PrinterSchema } } },
    async (req, reply) =>
      reply.status(201).send(await printers.createPrinter(ctx, req.principal.storeId, req.body)),
  );
  app.put(
    '/printers/:id',
    {
      config: manager,
      schema: { params: IdParams, body: UpdatePrinterBody, response: { 200: PrinterSchema } },
    },
    async (req) => printers.updatePrinter(ctx, req.principal.storeId, req.params.id, req.body),
  );
  app.delete('/printers/:id', { config: manager, schema: { params: IdParams } }, async (req, reply) => {
    await printers.deletePrinter(ctx, req.principal.storeId, req.params.id);
    return reply.status(204).send();
  });
  app.post(
    '/printers/:id/test',
    { config: manager, schema: { params: IdParams, response: { 202: PrintAcceptedSchema } } },
    async (req, reply) =>
      reply.status(202).send(await printJobs.testPrint(ctx, req.principal.storeId, req.params.id)),
  );
  app.get(
    '/print-jobs',
    { config: staff, schema: { querystring: PrintJobsQuery, response: { 200: PrintJobListSchema } } },
    async (req) => printJobs.listJobs(ctx, req.principal.storeId, req.query.status),
  );
  app.post(
    '/print-jobs/:id/reprint',
    { config: staff, schema: { params: IdParams, response: { 202: PrintAcceptedSchema } } },
    async (req, reply) =>
      reply.status(202).send(await printJobs.reprint(ctx, req.principal.storeId, req.params.id)),
  );
  app.post(
    '/tables/:id/print-bill',
    {
      config: manager,
      schema: { params: IdParams, body: PrintBillBody, response: { 202: PrintAcceptedSchema } },
    },
    async (req, reply) =>
      reply
        .status(202)
        .send(
          await printJobs.printBill(ctx, req.principal.storeId, req.params.id, req.body.open_drawer ?? false),
        ),
  );
};
