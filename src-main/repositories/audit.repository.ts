import type { Sqlite } from '../db/connection';
import type { AuditLogTable } from '../db/schema';
import { all, qb, run } from '../db/query';

export function insertAudit(db: Sqlite, a: Omit<AuditLogTable, 'id'>) {
  run(db, qb.insertInto('audit_log').values(a));
}

export function listAudit(db: Sqlite, storeId: number, limit = 100) {
  return all(
    db,
    qb.selectFrom('audit_log').selectAll().where('store_id', '=', storeId).orderBy('id', 'desc').limit(limit),
  );
}
