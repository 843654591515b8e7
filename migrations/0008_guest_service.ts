import { sql, type Kysely } from 'kysely';

/**
 * Guest service (T9, T11).
 * - `call_presets`: the owner's staff-call buttons; every store starts with the usual five.
 * - `staff_calls`: a table's calls, per seating (the session moves and ends with it), idempotent
 *   by `client_call_id`; items keep the preset labels as they were when called.
 * - `guest_invites`: QR invites a tablet shows for guests' phones (hash only), deleted when
 *   the table's seating ends.
 * - `auth_tokens.guest`: 1 for a guest phone's token, deleted when the seating ends.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const statements = [
    sql`CREATE TABLE call_presets (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      store_id INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
      label TEXT NOT NULL,
      translations TEXT NOT NULL DEFAULT '{}',
      display_order INTEGER NOT NULL DEFAULT 0
    )`,
    sql`CREATE INDEX call_presets_store ON call_presets (store_id, display_order)`,
    sql`CREATE TABLE staff_calls (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      store_id INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
      table_id INTEGER NOT NULL REFERENCES tables(id) ON DELETE CASCADE,
      session_id INTEGER NOT NULL REFERENCES table_sessions(id) ON DELETE CASCADE,
      client_call_id TEXT NOT NULL,
      items_json TEXT NOT NULL,
      note TEXT,
      status TEXT NOT NULL CHECK (status IN ('open', 'acknowledged', 'done')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (store_id, client_call_id)
    )`,
    sql`CREATE INDEX staff_calls_store_status ON staff_calls (store_id, status, created_at)`,
    sql`CREATE INDEX staff_calls_session ON staff_calls (session_id, created_at)`,
    sql`CREATE INDEX staff_calls_table ON staff_calls (table_id)`,
    sql`CREATE TABLE guest_invites (
      code_hash TEXT PRIMARY KEY,
      store_id INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
      table_id INTEGER NOT NULL REFERENCES tables(id) ON DELETE CASCADE,
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL
    )`,
    sql`CREATE INDEX guest_invites_table ON guest_invites (table_id, created_at)`,
    sql`ALTER TABLE auth_tokens ADD COLUMN guest INTEGER NOT NULL DEFAULT 0`,
  ];
  for (const s of statements) await s.execute(db);
  // Existing stores get the presets a new store starts with.
  const defaults = ['물', '수저·젓가락', '앞접시', '물티슈', '계산 요청'];
  const stores = await sql<{ id: number }>`SELECT id FROM stores`.execute(db);
  for (const store of stores.rows) {
    for (const [i, label] of defaults.entries()) {
      await sql`INSERT INTO call_presets (store_id, label, display_order) VALUES (${store.id}, ${label}, ${i})`.execute(
        db,
      );
    }
  }
}
