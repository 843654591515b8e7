import type { Sqlite } from '../db/connection';
import type { AuditLogTable } from '../db/schema';
import { all, first, qb, run } from '../db/query';
import { AUDIT_ACTIONS } from '../../src-shared/schemas';

export type AuditRow = AuditLogTable & { id: number };

export function insertAudit(db: Sqlite, a: Omit<AuditLogTable, 'id'>) {
  run(db, qb.insertInto('audit_log').values(a));
}

export function listAudit(db: Sqlite, storeId: number, limit = 100) {
  return all(
    db,
    qb.selectFrom('audit_log').selectAll().where('store_id', '=', storeId).orderBy('id', 'desc').limit(limit),
  );
}

export interface AuditPageQuery {
  storeId: number;
  /** UTC bounds: created_at ≥ fromIso and < toIso. */
  fromIso?: string;
  toIso?: string;
  staffId?: number;
  action?: string;
  /** Entries older than this id only (the previous page's last). */
  beforeId?: number;
  limit: number;
}

/**
 * Newest first by id: ids only grow, so a page after `beforeId` never repeats or skips an
 * entry, whatever is written between pages (new entries get larger ids and land before page 1).
 */
export function pageAudit(db: Sqlite, q: AuditPageQuery): AuditRow[] {
  // Only the actions this version knows how to show (an entry of a newer version is left out).
  let query = qb
    .selectFrom('audit_log')
    .selectAll()
    .where('store_id', '=', q.storeId)
    .where('action', 'in', AUDIT_ACTIONS);
  if (q.fromIso !== undefined) query = query.where('created_at', '>=', q.fromIso);
  if (q.toIso !== undefined) query = query.where('created_at', '<', q.toIso);
  if (q.staffId !== undefined) query = query.where('staff_id', '=', q.staffId);
  if (q.action !== undefined) query = query.where('action', '=', q.action);
  if (q.beforeId !== undefined) query = query.where('id', '<', q.beforeId);
  return all(db, query.orderBy('id', 'desc').limit(q.limit)) as AuditRow[];
}

/** The store a restored backup holds (one store per database); null in an empty one. */
export function firstStoreId(db: Sqlite): number | null {
  return first(db, qb.selectFrom('stores').select('id').orderBy('id').limit(1))?.id ?? null;
}

/** Whether store `storeId` exists in `db` (a restored backup may predate it). */
export function storeExists(db: Sqlite, storeId: number): boolean {
  return first(db, qb.selectFrom('stores').select('id').where('id', '=', storeId)) !== undefined;
}

/** Who restored a backup; null for a restore the store made by itself (at startup). */
export interface RestoreActor {
  storeId: number;
  staffId: number;
  username: string;
}

/**
 * Records a restore in the database being restored (its log is the one that stays). A backup
 * of another store, or of none, gets no entry: the entry needs a store to belong to.
 */
export function insertRestoreAudit(
  db: Sqlite,
  by: RestoreActor | null,
  detail: Record<string, unknown>,
  at: string,
): void {
  const storeId = by ? (storeExists(db, by.storeId) ? by.storeId : null) : firstStoreId(db);
  if (storeId === null) return;
  insertAudit(db, {
    store_id: storeId,
    staff_id: by?.staffId ?? null,
    staff_username: by?.username ?? null,
    action: 'backup.restored',
    entity: 'backup',
    entity_id: null,
    detail: JSON.stringify(detail),
    created_at: at,
  });
}
