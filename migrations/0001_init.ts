import { sql, type Kysely } from 'kysely';

/**
 * The whole first schema. Constraints live here, not only in code: foreign keys (cascade
 * where a child has no meaning without its parent), status check, price > 0,
 * quantity > 0, unique store+table number, unique store+category name, unique
 * store+client_order_id, at most one active session per table.
 *
 * AUTOINCREMENT wherever another table, the event log or a client keeps an id after its row is
 * gone (staff in the audit log, tables/sessions/orders in history and events, menu items in
 * order lines): a deleted row's id is never handed to a new one.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const statements = [
    sql`CREATE TABLE stores (
      id INTEGER PRIMARY KEY,
      code TEXT NOT NULL UNIQUE COLLATE NOCASE,
      name TEXT NOT NULL,
      time_zone TEXT NOT NULL,
      created_at TEXT NOT NULL
    )`,
    sql`CREATE TABLE staff (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      store_id INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
      username TEXT NOT NULL,
      password_hash TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('manager', 'kitchen')),
      created_at TEXT NOT NULL,
      UNIQUE (store_id, username)
    )`,
    sql`CREATE TABLE tables (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      store_id INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
      table_number INTEGER NOT NULL CHECK (table_number BETWEEN 1 AND 999),
      password_hash TEXT NOT NULL,
      created_at TEXT NOT NULL,
      UNIQUE (store_id, table_number)
    )`,
    sql`CREATE TABLE auth_tokens (
      id INTEGER PRIMARY KEY,
      token_hash TEXT NOT NULL UNIQUE,
      store_id INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
      role TEXT NOT NULL CHECK (role IN ('manager', 'kitchen', 'table')),
      staff_id INTEGER REFERENCES staff(id) ON DELETE CASCADE,
      table_id INTEGER REFERENCES tables(id) ON DELETE CASCADE,
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      CHECK ((role = 'table') = (table_id IS NOT NULL AND staff_id IS NULL))
    )`,
    sql`CREATE INDEX auth_tokens_staff ON auth_tokens (staff_id)`,
    sql`CREATE INDEX auth_tokens_table ON auth_tokens (table_id)`,
    sql`CREATE INDEX auth_tokens_expiry ON auth_tokens (expires_at)`,
    sql`CREATE TABLE pairing_codes (
      code_hash TEXT PRIMARY KEY,
      store_id INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
      table_id INTEGER NOT NULL REFERENCES tables(id) ON DELETE CASCADE,
      expires_at TEXT NOT NULL
    )`,
    sql`CREATE TABLE login_attempts (
      key TEXT PRIMARY KEY,
      failed_count INTEGER NOT NULL,
      first_failed_at TEXT NOT NULL,
      locked_until TEXT
    )`,
    sql`CREATE TABLE table_sessions (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      store_id INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
      table_id INTEGER NOT NULL REFERENCES tables(id) ON DELETE CASCADE,
      started_at TEXT NOT NULL,
      ended_at TEXT
    )`,
    sql`CREATE UNIQUE INDEX table_sessions_one_active ON table_sessions (table_id) WHERE ended_at IS NULL`,
    sql`CREATE TABLE categories (
      id INTEGER PRIMARY KEY,
      store_id INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      display_order INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL,
      UNIQUE (store_id, name)
    )`,
    sql`CREATE TABLE menus (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      store_id INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
      category_id INTEGER NOT NULL REFERENCES categories(id) ON DELETE RESTRICT,
      name TEXT NOT NULL,
      price INTEGER NOT NULL CHECK (price > 0),
      description TEXT NOT NULL DEFAULT '',
      image_url TEXT,
      available INTEGER NOT NULL DEFAULT 1 CHECK (available IN (0, 1)),
      display_order INTEGER NOT NULL DEFAULT 0,
      deleted_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`,
    sql`CREATE INDEX menus_category ON menus (category_id, display_order, id)`,
    sql`CREATE TABLE order_counters (
      store_id INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
      business_date TEXT NOT NULL,
      last_seq INTEGER NOT NULL,
      PRIMARY KEY (store_id, business_date)
    )`,
    sql`CREATE TABLE orders (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      store_id INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
      table_id INTEGER NOT NULL REFERENCES tables(id) ON DELETE CASCADE,
      session_id INTEGER NOT NULL REFERENCES table_sessions(id) ON DELETE CASCADE,
      order_number TEXT NOT NULL,
      client_order_id TEXT NOT NULL,
      request_key TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('pending', 'preparing', 'completed')),
      total_amount INTEGER NOT NULL CHECK (total_amount >= 0),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (store_id, client_order_id),
      UNIQUE (store_id, order_number)
    )`,
    sql`CREATE INDEX orders_session ON orders (session_id, created_at)`,
    sql`CREATE INDEX orders_store_status ON orders (store_id, status, created_at)`,
    sql`CREATE INDEX orders_table ON orders (table_id, created_at)`,
    sql`CREATE TABLE order_items (
      id INTEGER PRIMARY KEY,
      order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
      menu_id INTEGER NOT NULL,
      menu_name TEXT NOT NULL,
      unit_price INTEGER NOT NULL CHECK (unit_price > 0),
      quantity INTEGER NOT NULL CHECK (quantity > 0)
    )`,
    sql`CREATE INDEX order_items_order ON order_items (order_id)`,
    sql`CREATE TABLE order_history (
      id INTEGER PRIMARY KEY,
      store_id INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
      table_id INTEGER NOT NULL,
      table_number INTEGER NOT NULL,
      session_id INTEGER NOT NULL,
      order_number TEXT NOT NULL,
      client_order_id TEXT NOT NULL,
      request_key TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('pending', 'preparing', 'completed')),
      total_amount INTEGER NOT NULL,
      items_json TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      session_ended_at TEXT NOT NULL,
      UNIQUE (store_id, client_order_id)
    )`,
    sql`CREATE INDEX order_history_table_date ON order_history (store_id, table_id, created_at DESC, id DESC)`,
    sql`CREATE INDEX order_history_store_date ON order_history (store_id, created_at DESC, id DESC)`,
    sql`CREATE TABLE events (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      store_id INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
      type TEXT NOT NULL,
      table_id INTEGER,
      payload TEXT NOT NULL,
      created_at TEXT NOT NULL
    )`,
    sql`CREATE INDEX events_created ON events (created_at)`,
    sql`CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY,
      store_id INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
      staff_id INTEGER,
      staff_username TEXT,
      action TEXT NOT NULL,
      entity TEXT NOT NULL,
      entity_id INTEGER,
      detail TEXT NOT NULL,
      created_at TEXT NOT NULL
    )`,
    sql`CREATE INDEX audit_log_store ON audit_log (store_id, created_at)`,
  ];
  for (const statement of statements) await statement.execute(db);
}
