/**
 * Reads for reports (A15): live and archived orders of a time range. Deleted orders are gone
 * from `orders` (only their tombstone and audit entry remain), so nothing here counts them.
 */
import type { Sqlite } from '../db/connection';
import { prepare } from '../db/query';

export interface ReportOrderRow {
  table_id: number;
  table_number: number;
  total_amount: number;
  status: 'pending' | 'preparing' | 'completed';
  created_at: string;
  updated_at: string;
  /** An archived order's lines as JSON; null for a live order (its lines: `liveMenuTotals`). */
  items_json: string | null;
}

/**
 * The orders (live and archived) placed in [from, to), one row at a time: a year of a busy
 * store is ~100k orders, so they are streamed, not loaded into one array.
 */
export function iterateRangeOrders(
  db: Sqlite,
  storeId: number,
  fromIso: string,
  toIso: string,
): IterableIterator<ReportOrderRow> {
  return prepare(
    db,
    `SELECT o.table_id, t.table_number, o.total_amount, o.status, o.created_at, o.updated_at,
            NULL AS items_json
       FROM orders o JOIN tables t ON t.id = o.table_id
       WHERE o.store_id = ? AND o.created_at >= ? AND o.created_at < ?
     UNION ALL
     SELECT table_id, table_number, total_amount, status, created_at, updated_at, items_json
       FROM order_history
       WHERE store_id = ? AND created_at >= ? AND created_at < ?`,
  ).iterate(storeId, fromIso, toIso, storeId, fromIso, toIso) as IterableIterator<ReportOrderRow>;
}

/**
 * Dishes of the live orders placed in [from, to), totalled in SQL. `menu_name` is the name of
 * the newest line (SQLite takes a bare column from the row that gave MAX()).
 */
export function liveMenuTotals(db: Sqlite, storeId: number, fromIso: string, toIso: string) {
  return prepare(
    db,
    `SELECT i.menu_id, i.menu_name, MAX(o.created_at) AS last_sold,
            SUM(i.quantity) AS quantity, SUM(i.unit_price * i.quantity) AS sales_total
       FROM orders o JOIN order_items i ON i.order_id = o.id
       WHERE o.store_id = ? AND o.created_at >= ? AND o.created_at < ?
       GROUP BY i.menu_id`,
  ).all(storeId, fromIso, toIso) as {
    menu_id: number;
    menu_name: string;
    last_sold: string;
    quantity: number;
    sales_total: number;
  }[];
}

/**
 * Guests of the seatings that started in [from, to). A seating merged into another is left
 * out: its guests were added to the seating it joined (floor.service), which counts them.
 */
export function guestsSeated(db: Sqlite, storeId: number, fromIso: string, toIso: string): number {
  const row = prepare(
    db,
    `SELECT COALESCE(SUM(guest_count), 0) AS guests FROM table_sessions
       WHERE store_id = ? AND started_at >= ? AND started_at < ? AND end_reason IS NOT 'merged'`,
  ).get(storeId, fromIso, toIso) as { guests: number };
  return row.guests;
}

/**
 * Runs reads in one (deferred, read-only in practice) transaction, so they all see the same
 * snapshot of the database even if another connection (a backup, a tool) writes meanwhile.
 */
export function readConsistently<T>(db: Sqlite, fn: () => T): T {
  return db.transaction(fn)();
}
