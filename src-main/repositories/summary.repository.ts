/** Reads for the day summary: live and archived orders of a time range, with their lines. */
import type { Sqlite } from '../db/connection';
import { prepare } from '../db/query';

interface OrderRow {
  table_id: number;
  table_number: number;
  total_amount: number;
}

interface LineRow {
  menu_id: number;
  menu_name: string;
  unit_price: number;
  quantity: number;
  created_at: string;
  /** JSON snapshot of the chosen options; null for archived lines written before options. */
  options_json: string | null;
}

/** The orders (live and archived) created in [from, to), and their lines. */
export function dayOrders(db: Sqlite, storeId: number, from: string, to: string) {
  const orders = prepare(
    db,
    `SELECT o.table_id, t.table_number, o.total_amount FROM orders o JOIN tables t ON t.id = o.table_id
       WHERE o.store_id = ? AND o.created_at >= ? AND o.created_at < ?
     UNION ALL
     SELECT table_id, table_number, total_amount FROM order_history
       WHERE store_id = ? AND created_at >= ? AND created_at < ?`,
  ).all(storeId, from, to, storeId, from, to) as OrderRow[];
  const lines = prepare(
    db,
    `SELECT i.menu_id, i.menu_name, i.unit_price, i.quantity, o.created_at, i.options_json
       FROM orders o JOIN order_items i ON i.order_id = o.id
       WHERE o.store_id = ? AND o.created_at >= ? AND o.created_at < ?
     UNION ALL
     SELECT json_extract(j.value, '$.menu_id'), json_extract(j.value, '$.menu_name'),
            json_extract(j.value, '$.unit_price'), json_extract(j.value, '$.quantity'), h.created_at,
            json_extract(j.value, '$.options')
       FROM order_history h, json_each(h.items_json) j
       WHERE h.store_id = ? AND h.created_at >= ? AND h.created_at < ?`,
  ).all(storeId, from, to, storeId, from, to) as LineRow[];
  return { orders, lines };
}
