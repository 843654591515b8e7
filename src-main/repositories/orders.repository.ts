import { sql, type Selectable } from 'kysely';
import type { Sqlite } from '../db/connection';
import type { OrdersTable } from '../db/schema';
import { all, first, prepare, qb, run } from '../db/query';
import type { Order, OrderItem } from '../../src-shared/types';
import type { OrderStatus } from '../../src-shared/order-status';
import { parseJson } from './menu-options.repository';

export type OrderRow = Selectable<OrdersTable> & { table_number: number };

const orderSelect = qb
  .selectFrom('orders as o')
  .innerJoin('tables as t', 't.id', 'o.table_id')
  .select([
    'o.id',
    'o.store_id',
    'o.table_id',
    't.table_number',
    'o.session_id',
    'o.order_number',
    'o.client_order_id',
    'o.request_key',
    'o.status',
    'o.total_amount',
    'o.created_at',
    'o.updated_at',
  ]);

/** The next per-store, per-business-day sequence number (1, 2, …). */
export function nextOrderSeq(db: Sqlite, storeId: number, businessDate: string): number {
  const row = prepare(
    db,
    `INSERT INTO order_counters (store_id, business_date, last_seq) VALUES (?, ?, 1)
     ON CONFLICT (store_id, business_date) DO UPDATE SET last_seq = last_seq + 1
     RETURNING last_seq`,
  ).get(storeId, businessDate) as { last_seq: number };
  return row.last_seq;
}

/** Ids come from AUTOINCREMENT, so an archived or deleted order's id is never reused. */
export function insertOrder(db: Sqlite, o: Omit<Selectable<OrdersTable>, 'id'>): number {
  const info = prepare(
    db,
    `INSERT INTO orders (store_id, table_id, session_id, order_number, client_order_id, request_key, status,
       total_amount, created_at, updated_at)
     VALUES (@store_id, @table_id, @session_id, @order_number, @client_order_id, @request_key, @status,
       @total_amount, @created_at, @updated_at)`,
  ).run(o);
  return Number(info.lastInsertRowid);
}

/** Inserts the lines (status NULL: they follow the order); answers their ids in order. */
export function insertOrderItems(
  db: Sqlite,
  orderId: number,
  items: Omit<OrderItem, 'id' | 'subtotal' | 'status' | 'station_id'>[],
): number[] {
  const stmt = prepare(
    db,
    `INSERT INTO order_items (order_id, menu_id, menu_name, base_price, unit_price, quantity, note, options_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return items.map((i) =>
    Number(
      stmt.run(
        orderId,
        i.menu_id,
        i.menu_name,
        i.base_price,
        i.unit_price,
        i.quantity,
        i.note,
        JSON.stringify(i.options),
      ).lastInsertRowid,
    ),
  );
}

// The order path runs these for every order: SQL compiled once (Kysely compiles per call).
const orderByClientIdSql = orderSelect
  .where('o.store_id', '=', 0)
  .where('o.client_order_id', '=', '')
  .compile().sql;

export function findOrderByClientId(db: Sqlite, storeId: number, clientOrderId: string) {
  return prepare(db, orderByClientIdSql).get(storeId, clientOrderId) as OrderRow | undefined;
}

export function getOrderRow(db: Sqlite, storeId: number, id: number) {
  return first(db, orderSelect.where('o.store_id', '=', storeId).where('o.id', '=', id));
}

/**
 * A session's orders, newest first; reads for display pass a `limit` (one table cannot grow
 * the list without end), archiving takes all (-1: SQLite's "no limit").
 */
export function listSessionOrders(db: Sqlite, sessionId: number, limit = -1) {
  return all(db, orderSelect.where('o.session_id', '=', sessionId).orderBy('o.id', 'desc').limit(limit));
}

/**
 * Orders of active sessions (archived ones are gone from `orders`), oldest first — by id, which
 * grows in arrival order; created_at follows the wall clock and can jump back. At most `limit`.
 */
export function listActiveOrders(
  db: Sqlite,
  storeId: number,
  statuses: readonly OrderStatus[],
  tableId: number | undefined,
  limit: number,
  stationId?: number,
) {
  let q = orderSelect
    .where('o.store_id', '=', storeId)
    .where(sql<boolean>`o.status IN (SELECT value FROM json_each(${JSON.stringify(statuses)}))`);
  if (tableId !== undefined) q = q.where('o.table_id', '=', tableId);
  // 0 is the default station: lines whose category has none (or whose dish is gone).
  if (stationId !== undefined) {
    q = q.where(
      sql<boolean>`EXISTS (SELECT 1 FROM order_items i
        LEFT JOIN menus m ON m.id = i.menu_id LEFT JOIN categories c ON c.id = m.category_id
        WHERE i.order_id = o.id AND ${stationId === 0 ? sql`c.station_id IS NULL` : sql`c.station_id = ${stationId}`})`,
    );
  }
  return all(db, q.orderBy('o.id', 'asc').limit(limit));
}

/** The newest `n` orders of each table's active session. */
export function recentOrdersPerTable(db: Sqlite, storeId: number, n: number) {
  return all(
    db,
    qb
      .selectFrom(
        orderSelect
          .select(sql<number>`ROW_NUMBER() OVER (PARTITION BY o.table_id ORDER BY o.id DESC)`.as('rn'))
          .where('o.store_id', '=', storeId)
          .as('r'),
      )
      .selectAll()
      .where('rn', '<=', n)
      .orderBy('table_id')
      .orderBy('rn'),
  ) as (OrderRow & { rn: number })[];
}

/**
 * Every line of the store's open seatings, oldest order first (the dashboard merges them per
 * table). Bounded by what open seatings hold: at most orderLinesMax lines per order.
 */
export function activeSessionLines(db: Sqlite, storeId: number) {
  const rows = prepare(
    db,
    `SELECT o.table_id, o.created_at, i.menu_id, i.menu_name, i.quantity, i.options_json
     FROM orders o
     JOIN table_sessions s ON s.id = o.session_id AND s.ended_at IS NULL
     JOIN order_items i ON i.order_id = o.id
     WHERE o.store_id = ? AND o.table_id = s.table_id
     ORDER BY o.id, i.id`,
  ).all(storeId) as {
    table_id: number;
    created_at: string;
    menu_id: number;
    menu_name: string;
    quantity: number;
    options_json: string;
  }[];
  return rows.map((r) => ({
    table_id: r.table_id,
    created_at: r.created_at,
    menu_id: r.menu_id,
    menu_name: r.menu_name,
    quantity: r.quantity,
    options: parseJson<OrderItem['options']>(r.options_json, []),
  }));
}

/** A line as stored: `status` null while it follows its order. */
export type StoredItem = Omit<OrderItem, 'status'> & { status: OrderStatus | null };

interface ItemRow {
  id: number;
  order_id: number;
  menu_id: number;
  menu_name: string;
  base_price: number;
  unit_price: number;
  quantity: number;
  note: string | null;
  options_json: string;
  status: OrderStatus | null;
  station_id: number | null;
}

export function itemsOfOrders(db: Sqlite, orderIds: number[]): Map<number, StoredItem[]> {
  const map = new Map<number, StoredItem[]>();
  if (!orderIds.length) return map;
  const rows = prepare(
    db,
    `SELECT i.id, i.order_id, i.menu_id, i.menu_name, i.base_price, i.unit_price, i.quantity, i.note,
            i.options_json, i.status, c.station_id
     FROM order_items i
     LEFT JOIN menus m ON m.id = i.menu_id
     LEFT JOIN categories c ON c.id = m.category_id
     WHERE i.order_id IN (SELECT value FROM json_each(?)) ORDER BY i.order_id, i.id`,
  ).all(JSON.stringify(orderIds)) as ItemRow[];
  for (const r of rows) {
    const list = map.get(r.order_id) ?? [];
    list.push({
      id: r.id,
      menu_id: r.menu_id,
      menu_name: r.menu_name,
      base_price: r.base_price,
      unit_price: r.unit_price,
      quantity: r.quantity,
      subtotal: r.unit_price * r.quantity,
      note: r.note,
      options: parseJson<OrderItem['options']>(r.options_json, []),
      status: r.status,
      station_id: r.station_id,
    });
    map.set(r.order_id, list);
  }
  return map;
}

/** A line whose own status is not set reads its order's (K6 sets lines one by one later). */
export function toOrder(row: Omit<OrderRow, 'store_id'>, items: StoredItem[]): Order {
  return {
    id: row.id,
    order_number: row.order_number,
    table_id: row.table_id,
    table_number: row.table_number,
    session_id: row.session_id,
    status: row.status,
    total_amount: row.total_amount,
    created_at: row.created_at,
    updated_at: row.updated_at,
    items: items.map((i) => ({ ...i, status: i.status ?? row.status })),
  };
}

export function withItems(db: Sqlite, rows: OrderRow[]): Order[] {
  const items = itemsOfOrders(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toOrder(r, items.get(r.id) ?? []));
}

/** Sets the order's status; its lines follow it again (their own status cleared). */
export function updateOrderStatus(db: Sqlite, id: number, status: OrderStatus, now: string) {
  run(db, qb.updateTable('orders').set({ status, updated_at: now }).where('id', '=', id));
  run(db, qb.updateTable('order_items').set({ status: null }).where('order_id', '=', id));
}

/**
 * Gives one line its own status (K6). Lines still following the order keep the order's
 * current status first, so the others do not move with the order's derived one.
 */
export function updateItemStatus(
  db: Sqlite,
  orderId: number,
  itemId: number,
  status: OrderStatus,
  now: string,
) {
  prepare(
    db,
    `UPDATE order_items SET status = (SELECT status FROM orders WHERE id = ?) WHERE order_id = ? AND status IS NULL`,
  ).run(orderId, orderId);
  prepare(db, 'UPDATE order_items SET status = ? WHERE id = ? AND order_id = ?').run(status, itemId, orderId);
  run(db, qb.updateTable('orders').set({ updated_at: now }).where('id', '=', orderId));
}

/** Sets the order's status from its lines' without touching them. */
export function setDerivedOrderStatus(db: Sqlite, id: number, status: OrderStatus) {
  run(db, qb.updateTable('orders').set({ status }).where('id', '=', id));
}

export function deleteOrder(db: Sqlite, id: number) {
  run(db, qb.deleteFrom('orders').where('id', '=', id));
}

/** Remembers a deleted order's client_order_id, so a resend of it is refused, not re-created. */
export function insertDeletedOrder(
  db: Sqlite,
  d: {
    store_id: number;
    client_order_id: string;
    order_id: number;
    order_number: string;
    deleted_at: string;
  },
) {
  prepare(
    db,
    `INSERT OR IGNORE INTO deleted_orders (store_id, client_order_id, order_id, order_number, deleted_at)
     VALUES (@store_id, @client_order_id, @order_id, @order_number, @deleted_at)`,
  ).run(d);
}

export function findDeletedOrder(db: Sqlite, storeId: number, clientOrderId: string) {
  return prepare(
    db,
    'SELECT order_id, order_number, deleted_at FROM deleted_orders WHERE store_id = ? AND client_order_id = ?',
  ).get(storeId, clientOrderId) as { order_id: number; order_number: string; deleted_at: string } | undefined;
}

export function deleteSessionOrders(db: Sqlite, sessionId: number) {
  return run(db, qb.deleteFrom('orders').where('session_id', '=', sessionId)).changes;
}
