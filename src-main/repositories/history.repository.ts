import { sql } from 'kysely';
import type { Sqlite } from '../db/connection';
import type { OrderHistoryTable } from '../db/schema';
import { all, prepare, qb, run } from '../db/query';
import type { HistoryOrder, OrderItem } from '../../src-shared/types';
import { toOrder, type StoredItem } from './orders.repository';

export function insertHistory(db: Sqlite, h: OrderHistoryTable) {
  run(db, qb.insertInto('order_history').values(h));
}

const historyColumns = [
  'id',
  'store_id',
  'table_id',
  'table_number',
  'session_id',
  'order_number',
  'client_order_id',
  'request_key',
  'status',
  'total_amount',
  'items_json',
  'created_at',
  'updated_at',
  'session_ended_at',
] as const;

// On the order path (every order checks the archive for its id): compiled once.
const historyByClientIdSql = qb
  .selectFrom('order_history')
  .select(historyColumns)
  .where('store_id', '=', 0)
  .where('client_order_id', '=', '')
  .compile().sql;

export function findHistoryByClientId(db: Sqlite, storeId: number, clientOrderId: string) {
  return prepare(db, historyByClientIdSql).get(storeId, clientOrderId) as OrderHistoryTable | undefined;
}

export interface HistoryFilter {
  storeId: number;
  tableId?: number;
  fromIso?: string;
  toIso?: string;
  /** Keyset: strictly older than this (created_at, id). */
  before?: { created_at: string; id: number };
  limit: number;
}

/** Newest first; uses the (store, [table,] created_at DESC, id DESC) indexes. */
export function pageHistory(db: Sqlite, f: HistoryFilter) {
  let q = qb.selectFrom('order_history').select(historyColumns).where('store_id', '=', f.storeId);
  if (f.tableId !== undefined) q = q.where('table_id', '=', f.tableId);
  if (f.fromIso) q = q.where('created_at', '>=', f.fromIso);
  if (f.toIso) q = q.where('created_at', '<', f.toIso);
  if (f.before) {
    const b = f.before;
    q = q.where(sql<boolean>`(created_at, id) < (${b.created_at}, ${b.id})`);
  }
  return all(db, q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(f.limit));
}

/**
 * An archived line in today's shape. Lines archived before options existed were rewritten by
 * migration 0006; one that still lacks a field (written by an older tool) reads like an order
 * line without options: base_price = unit_price, options [], note null, the order's status.
 */
function toStoredItem(line: Partial<OrderItem>): StoredItem {
  const unit = line.unit_price ?? 0;
  const quantity = line.quantity ?? 0;
  return {
    id: line.id ?? 0,
    menu_id: line.menu_id ?? 0,
    menu_name: line.menu_name ?? '',
    base_price: line.base_price ?? unit,
    unit_price: unit,
    quantity,
    subtotal: unit * quantity,
    note: line.note ?? null,
    options: line.options ?? [],
    status: line.status ?? null,
    station_id: line.station_id ?? null,
  };
}

/** An archived order as it was; its seating's money is added by the history service. */
export function toHistoryOrder(
  row: OrderHistoryTable,
): Omit<HistoryOrder, 'session_unpaid_amount' | 'session_payments'> {
  const lines = JSON.parse(row.items_json) as Partial<OrderItem>[];
  const order = toOrder(row, lines.map(toStoredItem));
  return { ...order, session_ended_at: row.session_ended_at };
}

/** Deletes up to `limit` orders of a store created before `beforeIso` (retention); uses the store/date index. */
export function deleteHistoryBefore(db: Sqlite, storeId: number, beforeIso: string, limit: number): number {
  return prepare(
    db,
    `DELETE FROM order_history WHERE id IN (
       SELECT id FROM order_history WHERE store_id = ? AND created_at < ? ORDER BY created_at LIMIT ?)`,
  ).run(storeId, beforeIso, limit).changes;
}
