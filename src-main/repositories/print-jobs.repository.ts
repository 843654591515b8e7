/** The print outbox (A14): jobs written with their order, drained by the printer worker. */
import type { Sqlite } from '../db/connection';
import { all, first, prepare, qb, run } from '../db/query';
import type { PrintJob, PrintJobKind, PrintJobStatus } from '../../src-shared/types';

const publicColumns = [
  'id',
  'printer_id',
  'order_id',
  'kind',
  'status',
  'attempts',
  'last_error',
  'created_at',
  'printed_at',
] as const;

/** What the worker needs to send a job. */
export interface OpenJob {
  id: number;
  store_id: number;
  printer_id: number;
  kind: PrintJobKind;
  status: PrintJobStatus;
  attempts: number;
  payload: string;
  /** Set before the first byte went out: a job sent before and not confirmed prints as 재출력. */
  sent_at: string | null;
}

export interface NewJob {
  store_id: number;
  printer_id: number;
  order_id: number | null;
  kind: PrintJobKind;
  payload: string;
  created_at: string;
}

export function insertJob(db: Sqlite, job: NewJob): number {
  return Number(run(db, qb.insertInto('print_jobs').values(job)).lastInsertRowid);
}

export function listJobs(
  db: Sqlite,
  storeId: number,
  statuses: readonly PrintJobStatus[],
  limit: number,
): PrintJob[] {
  return all(
    db,
    qb
      .selectFrom('print_jobs')
      .select(publicColumns)
      .where('store_id', '=', storeId)
      .where('status', 'in', statuses)
      .orderBy('id', 'desc')
      .limit(limit),
  );
}

export function getJob(
  db: Sqlite,
  storeId: number,
  id: number,
): (PrintJob & { payload: string }) | undefined {
  return first(
    db,
    qb
      .selectFrom('print_jobs')
      .select([...publicColumns, 'payload'])
      .where('store_id', '=', storeId)
      .where('id', '=', id),
  );
}

/** The oldest unconfirmed job of a printer: jobs print in order, one at a time. */
export function nextOpenJob(db: Sqlite, printerId: number): OpenJob | undefined {
  return prepare(
    db,
    `SELECT id, store_id, printer_id, kind, status, attempts, payload, sent_at FROM print_jobs
      WHERE printer_id = ? AND status <> 'done' ORDER BY id LIMIT 1`,
  ).get(printerId) as OpenJob | undefined;
}

export function countOpenJobs(db: Sqlite, printerId: number): number {
  return (
    prepare(db, `SELECT COUNT(*) AS n FROM print_jobs WHERE printer_id = ? AND status <> 'done'`).get(
      printerId,
    ) as {
      n: number;
    }
  ).n;
}

/** Recorded before the bytes are written (and committed before they go out). */
export function markSending(db: Sqlite, id: number, now: string) {
  prepare(
    db,
    'UPDATE print_jobs SET sent_at = COALESCE(sent_at, ?), attempts = attempts + 1 WHERE id = ?',
  ).run(now, id);
}

/** An attempt that never reached the printer (refused, offline): nothing was printed. */
export function markUnreached(db: Sqlite, id: number, error: string, failed: boolean) {
  prepare(db, `UPDATE print_jobs SET attempts = attempts + 1, last_error = ?, status = ? WHERE id = ?`).run(
    error,
    failed ? 'failed' : 'pending',
    id,
  );
}

export function markUnconfirmed(db: Sqlite, id: number, error: string, failed: boolean) {
  prepare(db, `UPDATE print_jobs SET last_error = ?, status = ? WHERE id = ?`).run(
    error,
    failed ? 'failed' : 'pending',
    id,
  );
}

export function markDone(db: Sqlite, id: number, now: string) {
  prepare(db, `UPDATE print_jobs SET status = 'done', printed_at = ?, last_error = NULL WHERE id = ?`).run(
    now,
    id,
  );
}

/**
 * Printed jobs older than `before` (retention): a slip that old is not reprinted from the board
 * any more. At most `limit` rows per call, so a purge is many short writes. Open jobs stay.
 */
export function deleteDoneBefore(db: Sqlite, before: string, limit: number): number {
  return prepare(
    db,
    `DELETE FROM print_jobs WHERE id IN
      (SELECT id FROM print_jobs WHERE status = 'done' AND printed_at < ? LIMIT ?)`,
  ).run(before, limit).changes;
}

/** A manual copy of a printed job: marked sent so that it prints headed 재출력. */
export function markCopy(db: Sqlite, id: number, now: string) {
  prepare(db, 'UPDATE print_jobs SET sent_at = ? WHERE id = ?').run(now, id);
}
