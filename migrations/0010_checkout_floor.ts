import { sql, type Kysely } from 'kysely';

/**
 * Checkout and floor (A12, A13).
 * - `payments`: money recorded against a seating (cash, card on the store's own terminal,
 *   transfer, other), idempotent by `client_payment_id`; a void keeps the row with its reason.
 * - `table_sessions`: the guest count, what was left unpaid when it ended, and — for a seating
 *   merged into another table's — the reason and the seating it went into.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const statements = [
    sql`CREATE TABLE payments (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      store_id INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
      session_id INTEGER NOT NULL REFERENCES table_sessions(id) ON DELETE CASCADE,
      client_payment_id TEXT NOT NULL,
      method TEXT NOT NULL CHECK (method IN ('cash', 'card', 'transfer', 'other')),
      amount INTEGER NOT NULL CHECK (amount > 0),
      note TEXT,
      staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
      created_at TEXT NOT NULL,
      voided_at TEXT,
      void_reason TEXT,
      UNIQUE (store_id, client_payment_id)
    )`,
    sql`CREATE INDEX payments_session ON payments (session_id)`,
    sql`CREATE INDEX payments_store_time ON payments (store_id, created_at)`,
    sql`ALTER TABLE table_sessions ADD COLUMN guest_count INTEGER`,
    sql`ALTER TABLE table_sessions ADD COLUMN unpaid_amount INTEGER`,
    sql`ALTER TABLE table_sessions ADD COLUMN end_reason TEXT`,
    sql`ALTER TABLE table_sessions ADD COLUMN merged_into INTEGER`,
    sql`CREATE INDEX table_sessions_ended ON table_sessions (store_id, ended_at)`,
  ];
  for (const s of statements) await s.execute(db);
}
