import type { InferResult } from 'kysely';
import type { Sqlite } from '../db/connection';
import { all, prepare, qb, run } from '../db/query';

// On the order path: compiled once, prepared once per connection.
const activeSession = qb
  .selectFrom('table_sessions')
  .select(['id', 'store_id', 'table_id', 'started_at'])
  .where('table_id', '=', 0)
  .where('ended_at', 'is', null);
const activeSessionSql = activeSession.compile().sql;

export function findActiveSession(db: Sqlite, tableId: number) {
  return prepare(db, activeSessionSql).get(tableId) as InferResult<typeof activeSession>[number] | undefined;
}

export function insertSession(db: Sqlite, s: { store_id: number; table_id: number; now: string }) {
  return run(
    db,
    qb.insertInto('table_sessions').values({ store_id: s.store_id, table_id: s.table_id, started_at: s.now }),
  ).lastInsertRowid;
}

export function markSessionEnded(db: Sqlite, id: number, endedAt: string) {
  run(db, qb.updateTable('table_sessions').set({ ended_at: endedAt }).where('id', '=', id));
}

/** Active sessions of a store with their totals and order counts. */
export function activeSessionSummaries(db: Sqlite, storeId: number) {
  return all(
    db,
    qb
      .selectFrom('table_sessions as s')
      .leftJoin('orders as o', 'o.session_id', 's.id')
      .select((eb) => [
        's.id',
        's.table_id',
        's.started_at',
        eb.fn.coalesce(eb.fn.sum<number>('o.total_amount'), eb.lit(0)).as('total_amount'),
        eb.fn.count<number>('o.id').as('order_count'),
      ])
      .where('s.store_id', '=', storeId)
      .where('s.ended_at', 'is', null)
      .groupBy('s.id'),
  );
}
