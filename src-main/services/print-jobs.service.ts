/**
 * Print jobs (A14): the outbox the printer worker drains. Kitchen jobs are written in the
 * order's own transaction (an order that fails leaves none); a test slip, a bill and a
 * reprint are jobs too, so every slip goes through the same confirm-and-retry path.
 */
import { LIMITS } from '../../src-shared/limits';
import type { Bill, Order, PrintJob, PrintJobStatus } from '../../src-shared/types';
import type { Tx } from '../db/writer';
import { ConflictError, NotFoundError } from '../errors/app-error';
import { tableBill } from './bill.service';
import * as jobsRepo from '../repositories/print-jobs.repository';
import * as printersRepo from '../repositories/printers.repository';
import * as storesRepo from '../repositories/stores.repository';
import type { ServiceContext } from './context';
import { cachedPrinters } from './printers.service';
import type { BillSlip, KitchenSlip, TestSlip } from './print-slips.service';

function storeTimeZone(ctx: ServiceContext, storeId: number): string {
  return storesRepo.getStore(ctx.db, storeId)?.time_zone ?? ctx.config.timeZone;
}

/**
 * Called by createOrder inside its transaction: one kitchen job per enabled kitchen printer
 * whose stations the order touches (a printer without stations takes every line). Costs
 * nothing when the store has no printer: the printers come from a cache.
 */
export function queueKitchenJobs(tx: Tx, storeId: number, order: Order, timeZone: string): void {
  for (const printer of cachedPrinters(tx.db, storeId)) {
    if (printer.kind !== 'kitchen') continue;
    const stations = new Set(printer.station_ids);
    const lines = order.items.filter(
      (i) => stations.size === 0 || (i.station_id !== null && stations.has(i.station_id)),
    );
    if (!lines.length) continue;
    const slip: KitchenSlip = {
      kind: 'kitchen',
      table_number: order.table_number,
      order_number: order.order_number,
      created_at: order.created_at,
      time_zone: timeZone,
      lines: lines.map((i) => ({
        menu_name: i.menu_name,
        quantity: i.quantity,
        options: i.options.map((o) => o.name),
        note: i.note,
        station_id: i.station_id,
      })),
    };
    jobsRepo.insertJob(tx.db, {
      store_id: storeId,
      printer_id: printer.id,
      order_id: order.id,
      kind: 'kitchen',
      payload: JSON.stringify(slip),
      created_at: tx.now,
    });
  }
}

export function listJobs(
  ctx: ServiceContext,
  storeId: number,
  statuses: readonly PrintJobStatus[],
): { jobs: PrintJob[] } {
  return { jobs: jobsRepo.listJobs(ctx.db, storeId, statuses, LIMITS.printJobsListMax) };
}

/**
 * Prints a job again. One not yet confirmed is tried now (the same job); a printed one gets a
 * copy, headed 재출력 like every slip that may have been printed before.
 */
export async function reprint(ctx: ServiceContext, storeId: number, id: number): Promise<{ job_id: number }> {
  const jobId = await ctx.writer.write((tx) => {
    const job = jobsRepo.getJob(tx.db, storeId, id);
    if (!job) throw new NotFoundError(`Print job ${id} not found`);
    if (job.status !== 'done') return job.id;
    const newId = jobsRepo.insertJob(tx.db, {
      store_id: storeId,
      printer_id: job.printer_id,
      order_id: job.order_id,
      kind: job.kind,
      payload: job.payload,
      created_at: tx.now,
    });
    jobsRepo.markCopy(tx.db, newId, tx.now);
    return newId;
  });
  ctx.printers.retryNow(jobId);
  return { job_id: jobId };
}

function queueOne(
  ctx: ServiceContext,
  storeId: number,
  printerId: number,
  orderId: number | null,
  slip: TestSlip | BillSlip,
): Promise<number> {
  return ctx.writer.write((tx) =>
    jobsRepo.insertJob(tx.db, {
      store_id: storeId,
      printer_id: printerId,
      order_id: orderId,
      kind: slip.kind,
      payload: JSON.stringify(slip),
      created_at: tx.now,
    }),
  );
}

export async function testPrint(
  ctx: ServiceContext,
  storeId: number,
  printerId: number,
): Promise<{ job_id: number }> {
  const printer = printersRepo.getPrinter(ctx.db, storeId, printerId);
  if (!printer) throw new NotFoundError(`Printer ${printerId} not found`);
  const slip: TestSlip = {
    kind: 'test',
    printer_name: printer.name,
    at: new Date().toISOString(),
    time_zone: storeTimeZone(ctx, storeId),
  };
  const jobId = await queueOne(ctx, storeId, printerId, null, slip);
  ctx.printers.wake();
  return { job_id: jobId };
}

/** Prints a table's bill on the store's first enabled receipt printer (optionally kicking the drawer). */
export async function printBill(
  ctx: ServiceContext,
  storeId: number,
  tableId: number,
  openDrawer: boolean,
  bill: Bill = tableBill(ctx, storeId, tableId),
): Promise<{ job_id: number }> {
  const printer = printersRepo.listPrinters(ctx.db, storeId).find((p) => p.kind === 'receipt' && p.enabled);
  if (!printer) throw new ConflictError('No receipt printer is set up');
  const slip: BillSlip = {
    kind: 'receipt',
    store_name: storesRepo.getStore(ctx.db, storeId)?.name ?? '',
    bill,
    at: new Date().toISOString(),
    time_zone: storeTimeZone(ctx, storeId),
    open_drawer: openDrawer,
  };
  const jobId = await queueOne(ctx, storeId, printer.id, null, slip);
  ctx.printers.wake();
  return { job_id: jobId };
}
