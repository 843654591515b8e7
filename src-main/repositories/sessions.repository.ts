import type { InferResult } from 'kysely';
import type { Sqlite } from '../db/connection';
import { all, prepare, qb, run } from '../db/query';

// On the order path: compiled once, prepared once per connection.
const activeSession = qb
  .selectFrom('table_sessions')
  .select(['id', 'store_id', 'table_id', 'started_at', 'guest_count'])
  .where('table_id', '=', 0)
  .where('ended_at', 'is', null);
const activeSessionSql = activeSession.compile().sql;

export function findActiveSession(db: Sqlite, tableId: number) {
  return prepare(db, activeSessionSql).get(tableId) as InferResult<typeof activeSession>[number] | undefined;
}

export function insertSession(
  db: Sqlite,
  s: { store_id: number; table_id: number; now: string; guest_count?: number | null },
) {
  return run(
    db,
    qb.insertInto('table_sessions').values({
      store_id: s.store_id,
      table_id: s.table_id,
      started_at: s.now,
      guest_count: s.guest_count ?? null,
    }),
  ).lastInsertRowid;
}

export function markSessionEnded(
  db: Sqlite,
  id: number,
  endedAt: string,
  end: { unpaid_amount?: number; end_reason?: 'merged'; merged_into?: number } = {},
) {
  run(
    db,
    qb
      .updateTable('table_sessions')
      .set({ ended_at: endedAt, ...end })
      .where('id', '=', id),
  );
}

export function setGuestCount(db: Sqlite, id: number, guestCount: number | null) {
  run(db, qb.updateTable('table_sessions').set({ guest_count: guestCount }).where('id', '=', id));
}

/** Moves a seating, its orders and its calls to another table (payments follow the seating). */
export function moveSessionToTable(db: Sqlite, sessionId: number, tableId: number) {
  run(db, qb.updateTable('table_sessions').set({ table_id: tableId }).where('id', '=', sessionId));
  run(db, qb.updateTable('orders').set({ table_id: tableId }).where('session_id', '=', sessionId));
  run(db, qb.updateTable('staff_calls').set({ table_id: tableId }).where('session_id', '=', sessionId));
}

/** Moves a seating's orders and calls into another seating (of `tableId`). */
export function moveSessionContents(db: Sqlite, fromSession: number, toSession: number, tableId: number) {
  run(
    db,
    qb
      .updateTable('orders')
      .set({ session_id: toSession, table_id: tableId })
      .where('session_id', '=', fromSession),
  );
  run(
    db,
    qb
      .updateTable('staff_calls')
      .set({ session_id: toSession, table_id: tableId })
      .where('session_id', '=', fromSession),
  );
}

/** Unpaid amounts of seatings that ended in [from, to). */
export function unpaidEnded(db: Sqlite, storeId: number, fromIso: string, toIso: string) {
  return prepare(
    db,
    `SELECT COALESCE(SUM(unpaid_amount), 0) AS amount, COUNT(*) AS count FROM table_sessions
       WHERE store_id = ? AND ended_at >= ? AND ended_at < ? AND unpaid_amount > 0`,
  ).get(storeId, fromIso, toIso) as { amount: number; count: number };
}

export function getSession(db: Sqlite, id: number) {
  return prepare(
    db,
    'SELECT id, table_id, unpaid_amount, guest_count, ended_at FROM table_sessions WHERE id = ?',
  ).get(id) as
    | {
        id: number;
        table_id: number;
        unpaid_amount: number | null;
        guest_count: number | null;
        ended_at: string | null;
      }
    | undefined;
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
        's.guest_count',
        eb.fn.coalesce(eb.fn.sum<number>('o.total_amount'), eb.lit(0)).as('total_amount'),
        eb.fn.count<number>('o.id').as('order_count'),
      ])
      .where('s.store_id', '=', storeId)
      .where('s.ended_at', 'is', null)
      .groupBy('s.id'),
  );
}

/** What several ended seatings left unpaid (null: ended before payments were recorded). */
export function unpaidOfSessions(db: Sqlite, ids: number[]) {
  if (!ids.length) return [];
  return all(db, qb.selectFrom('table_sessions').select(['id', 'unpaid_amount']).where('id', 'in', ids));
}
