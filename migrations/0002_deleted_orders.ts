import { sql, type Kysely } from 'kysely';

/**
 * Tombstones of deleted orders: a tablet that never heard of the deletion (offline, or its
 * outbox retrying) resends the same client_order_id, and must be told the order was deleted
 * (409 ORDER_DELETED) instead of getting a new order under a new number. A row is small and
 * written only by a manager's deletion, so they are kept like the audit log entry beside them.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE deleted_orders (
    store_id INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
    client_order_id TEXT NOT NULL,
    order_id INTEGER NOT NULL,
    order_number TEXT NOT NULL,
    deleted_at TEXT NOT NULL,
    PRIMARY KEY (store_id, client_order_id)
  )`.execute(db);
}
