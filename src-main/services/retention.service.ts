/**
 * Retention: order history older than a year, events older than the replay window, printed
 * print jobs older than a week, expired tokens and pairing codes, stale failed-login records.
 * Deleted in small batches, each one job of the group-commit writer, yielding between
 * batches: a purge never holds the write lock long enough to delay an order noticeably.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Logger } from '../logging/logger';
import type { ServiceContext } from './context';
import { listStores } from '../repositories/stores.repository';
import { deleteHistoryBefore } from '../repositories/history.repository';
import { deleteEventsBefore } from '../repositories/events.repository';
import { deleteDoneBefore } from '../repositories/print-jobs.repository';
import {
  deleteExpiredPairingCodes,
  deleteExpiredTokensBatch,
  deleteStaleLoginAttempts,
} from '../repositories/auth.repository';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

export interface RetentionOptions {
  /** Order history older than this is deleted (default 365 days). */
  historyMaxAgeMs: number;
  /** Events older than this are deleted; never less than 24 h (API.md's replay promise). Default 7 days. */
  eventsMaxAgeMs: number;
  /** Printed (done) print jobs older than this are deleted; open ones never are. Default 7 days. */
  printJobsMaxAgeMs: number;
  /** Rows per write (default 500). */
  batchSize: number;
  /** How often the job runs; 0 disables the schedule (default hourly). */
  intervalMs: number;
}

export const DEFAULT_RETENTION: RetentionOptions = {
  historyMaxAgeMs: 365 * DAY,
  eventsMaxAgeMs: 7 * DAY,
  printJobsMaxAgeMs: 7 * DAY,
  batchSize: 500,
  intervalMs: HOUR,
};

export interface RetentionResult {
  history: number;
  events: number;
  printJobs: number;
  tokens: number;
  loginAttempts: number;
  batches: number;
}

/** Repeats `step` (one writer job) until it deletes fewer than a batch. */
async function drain(ctx: ServiceContext, step: (db: ServiceContext['db']) => number, batch: number) {
  let total = 0;
  let batches = 0;
  for (;;) {
    const n = await ctx.writer.write((tx) => step(tx.db));
    total += n;
    batches += 1;
    if (n < batch) return { total, batches };
    await nextTurn();
  }
}

export async function runRetention(
  ctx: ServiceContext,
  options: Partial<RetentionOptions> = {},
  now = new Date(),
): Promise<RetentionResult> {
  const o = { ...DEFAULT_RETENTION, ...options };
  const batch = Math.max(1, o.batchSize);
  const nowIso = now.toISOString();
  const historyCutoff = new Date(now.getTime() - o.historyMaxAgeMs).toISOString();
  const eventsCutoff = new Date(now.getTime() - Math.max(DAY, o.eventsMaxAgeMs)).toISOString();
  const printJobsCutoff = new Date(now.getTime() - o.printJobsMaxAgeMs).toISOString();
  const attemptsCutoff = new Date(now.getTime() - DAY).toISOString();

  let history = 0;
  let batches = 0;
  for (const store of listStores(ctx.db)) {
    const r = await drain(ctx, (db) => deleteHistoryBefore(db, store.id, historyCutoff, batch), batch);
    history += r.total;
    batches += r.batches;
  }
  const events = await drain(ctx, (db) => deleteEventsBefore(db, eventsCutoff, batch), batch);
  const printJobs = await drain(ctx, (db) => deleteDoneBefore(db, printJobsCutoff, batch), batch);
  const tokens = await drain(ctx, (db) => deleteExpiredTokensBatch(db, nowIso, batch), batch);
  const attempts = await drain(
    ctx,
    (db) => deleteStaleLoginAttempts(db, attemptsCutoff, nowIso, batch),
    batch,
  );
  await ctx.writer.write((tx) => deleteExpiredPairingCodes(tx.db, nowIso));
  return {
    history,
    events: events.total,
    printJobs: printJobs.total,
    tokens: tokens.total,
    loginAttempts: attempts.total,
    batches: batches + events.batches + printJobs.batches + tokens.batches + attempts.batches + 1,
  };
}

/** Runs retention on a schedule (first run shortly after start); the timers are unref'd. */
export class RetentionJob {
  private timer: NodeJS.Timeout | null = null;
  private first: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly log: Logger,
    private readonly options: Partial<RetentionOptions> = {},
  ) {}

  start(firstDelayMs = 60_000): void {
    const interval = this.options.intervalMs ?? DEFAULT_RETENTION.intervalMs;
    if (interval <= 0 || this.timer) return;
    this.first = setTimeout(() => void this.run(), firstDelayMs);
    this.first.unref();
    this.timer = setInterval(() => void this.run(), interval);
    this.timer.unref();
  }

  stop(): void {
    if (this.first) clearTimeout(this.first);
    if (this.timer) clearInterval(this.timer);
    this.first = this.timer = null;
  }

  async idle(): Promise<void> {
    await this.running;
  }

  run(): Promise<RetentionResult | null> {
    if (this.running) return this.running as Promise<RetentionResult | null>;
    const job = runRetention(this.ctx, this.options)
      .then((r) => {
        if (r.history || r.events || r.printJobs || r.tokens || r.loginAttempts) {
          this.log.info(
            `retention: removed ${r.history} old orders, ${r.events} events, ${r.printJobs} print jobs, ` +
              `${r.tokens} tokens, ` +
              `${r.loginAttempts} login records`,
          );
        }
        return r;
      })
      .catch((error: unknown) => {
        // A restore or shutdown in the middle refuses writes (503); the next run finishes the job.
        this.log.warn('retention run stopped:', error);
        return null;
      })
      .finally(() => {
        this.running = null;
      });
    this.running = job;
    return job;
  }
}
