/**
 * The printer worker (A14): drains the print outbox, one job at a time per printer, in order.
 * A job is marked sent (committed) before its first byte goes out and done only after the
 * printer's status reads clean, so a crash, a cut connection or paper out leaves it unconfirmed:
 * it prints again, headed 재출력. A refused connection printed nothing and is retried as is.
 * Retries back off per job; idle printers are asked for their status on a schedule, and a
 * change is published as `printer.updated`. Ordering never waits for any of this.
 */
import type { Tx } from '../db/writer';
import type { Logger } from '../logging/logger';
import type { PrinterStatus } from '../../src-shared/types';
import * as jobsRepo from '../repositories/print-jobs.repository';
import * as printersRepo from '../repositories/printers.repository';
import * as stationsRepo from '../repositories/stations.repository';
import type { ServiceContext } from './context';
import { printerView } from './printers.service';
import { renderSlip, type SlipData } from './print-slips.service';
import { PrinterError, PrinterLink } from './printer-socket.service';

export interface PrinterWorkerOptions {
  /** How often the outbox is looked at when nothing wakes the worker. */
  pollMs: number;
  /** How often an idle printer is asked for its status. */
  statusMs: number;
  /** Connect and status-answer timeout. */
  timeoutMs: number;
  /** First retry delay, doubled per attempt up to retryMaxMs. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** Attempts after which a job shows as `failed` (it is still retried). */
  failAfter: number;
}

export const DEFAULT_PRINTER_WORKER: PrinterWorkerOptions = {
  pollMs: 1000,
  statusMs: 5000,
  timeoutMs: 4000,
  retryBaseMs: 1000,
  retryMaxMs: 30_000,
  failAfter: 3,
};

type PrinterRow = printersRepo.PrinterRow;

export class PrinterWorker {
  private timer: NodeJS.Timeout | null = null;
  private stopped = true;
  private readonly busy = new Map<number, Promise<void>>();
  private readonly lastStatusAt = new Map<number, number>();
  private readonly retryAt = new Map<number, number>();
  private readonly abort = new AbortController();

  constructor(
    private readonly ctx: ServiceContext,
    private readonly log: Logger,
    private readonly options: PrinterWorkerOptions = DEFAULT_PRINTER_WORKER,
  ) {}

  start(): void {
    this.stopped = false;
    this.ctx.printers.onWake((jobId) => {
      if (jobId !== undefined) this.retryAt.delete(jobId);
      this.schedule(0);
    });
    this.schedule(0);
  }

  /** Stops sending; a job cut off here stays unconfirmed and prints as 재출력 after a restart. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.abort.abort();
    await Promise.allSettled([...this.busy.values()]);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.tick(), delayMs);
  }

  private tick(): void {
    this.timer = null;
    if (this.stopped) return;
    try {
      const now = Date.now();
      for (const printer of printersRepo.listAllPrinters(this.ctx.db)) {
        if (!printer.enabled || this.busy.has(printer.id)) continue;
        const job = jobsRepo.nextOpenJob(this.ctx.db, printer.id);
        if (job && (this.retryAt.get(job.id) ?? 0) <= now) {
          this.run(printer.id, this.sendJob(printer, job));
        } else if (now - (this.lastStatusAt.get(printer.id) ?? 0) >= this.options.statusMs) {
          this.run(printer.id, this.pollStatus(printer));
        }
      }
    } catch (error) {
      this.log.warn('printer worker could not read the outbox:', error);
    }
    this.schedule(this.options.pollMs);
  }

  private run(printerId: number, work: Promise<void>): void {
    const done = work
      .catch((error: unknown) => this.log.warn(`printer ${printerId}:`, error))
      .finally(() => {
        this.busy.delete(printerId);
        this.schedule(0);
      });
    this.busy.set(printerId, done);
  }

  private async pollStatus(printer: PrinterRow): Promise<void> {
    this.lastStatusAt.set(printer.id, Date.now());
    let reading: { status: PrinterStatus; error: string | null };
    let link: PrinterLink | null = null;
    try {
      link = await PrinterLink.open(printer.host, printer.port, this.options.timeoutMs, this.abort.signal);
      reading = await link.send(null);
    } catch (error) {
      reading = { status: 'offline', error: (error as Error).message };
    } finally {
      link?.close();
    }
    if (this.stopped) return;
    if (this.ctx.printers.set(printer.id, { status: reading.status, last_error: reading.error })) {
      await this.publish(printer);
    }
  }

  private async sendJob(printer: PrinterRow, job: jobsRepo.OpenJob): Promise<void> {
    const slip = JSON.parse(job.payload) as SlipData;
    const bytes = renderSlip(slip, {
      reprint: job.sent_at !== null,
      copies: job.kind === 'kitchen' ? printer.copies : 1,
      stationNames: new Map(stationsRepo.listStations(this.ctx.db, job.store_id).map((s) => [s.id, s.name])),
    });
    let link: PrinterLink | null = null;
    try {
      link = await PrinterLink.open(printer.host, printer.port, this.options.timeoutMs, this.abort.signal);
      // Committed before the first byte: from here on the slip may be on paper.
      await this.ctx.writer.write((tx) => jobsRepo.markSending(tx.db, job.id, tx.now));
      const reading = await link.send(bytes);
      if (reading.status !== 'ok')
        throw new PrinterError(reading.error ?? 'Printer error', true, reading.status);
      this.ctx.printers.set(printer.id, { status: 'ok', last_error: null });
      this.retryAt.delete(job.id);
      await this.ctx.writer.write((tx) => {
        jobsRepo.markDone(tx.db, job.id, tx.now);
        this.emit(tx, printer);
      });
    } catch (error) {
      const e = error instanceof PrinterError ? error : new PrinterError(String(error), true);
      // attempts counts this try: markSending added it when the bytes went out.
      const attempts = job.attempts + 1;
      this.retryAt.set(
        job.id,
        Date.now() + Math.min(this.options.retryMaxMs, this.options.retryBaseMs * 2 ** (attempts - 1)),
      );
      this.ctx.printers.set(printer.id, { status: e.status, last_error: e.message });
      this.lastStatusAt.set(printer.id, Date.now());
      const failed = attempts >= this.options.failAfter;
      await this.ctx.writer.write((tx) => {
        if (e.reached) jobsRepo.markUnconfirmed(tx.db, job.id, e.message, failed);
        else jobsRepo.markUnreached(tx.db, job.id, e.message, failed);
        this.emit(tx, printer);
      });
    } finally {
      link?.close();
    }
  }

  private emit(tx: Tx, printer: PrinterRow) {
    const row = printersRepo.getPrinter(tx.db, printer.store_id, printer.id);
    if (row) tx.emit(row.store_id, 'printer.updated', { printer: printerView(this.ctx, tx.db, row) }, null);
  }

  private publish(printer: PrinterRow): Promise<void> {
    return this.ctx.writer.write((tx) => this.emit(tx, printer));
  }
}
