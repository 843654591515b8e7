import { sql, type Kysely } from 'kysely';

/**
 * Printing (A14): the store's network ESC/POS printers and the print outbox. Jobs are written
 * in the order's own transaction and drained by the printer worker; `sent_at` is set before
 * the first byte goes out, so a job that was sent but never confirmed (crash, cut connection,
 * paper out) is known after a restart and prints again headed 재출력. `payload` is the slip's
 * data (an order snapshot), so a job still prints after its order is archived.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE printers (
    id INTEGER PRIMARY KEY,
    store_id INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    host TEXT NOT NULL,
    port INTEGER NOT NULL DEFAULT 9100,
    kind TEXT NOT NULL CHECK (kind IN ('kitchen', 'receipt')),
    station_ids TEXT NOT NULL DEFAULT '[]',
    copies INTEGER NOT NULL DEFAULT 1,
    korean_mode TEXT NOT NULL DEFAULT 'codepage',
    enabled INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    UNIQUE (store_id, name)
  )`.execute(db);
  await sql`CREATE TABLE print_jobs (
    id INTEGER PRIMARY KEY,
    store_id INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
    printer_id INTEGER NOT NULL REFERENCES printers(id) ON DELETE CASCADE,
    order_id INTEGER,
    kind TEXT NOT NULL CHECK (kind IN ('kitchen', 'receipt', 'test')),
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'failed', 'done')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    payload TEXT NOT NULL,
    created_at TEXT NOT NULL,
    sent_at TEXT,
    printed_at TEXT
  )`.execute(db);
  await sql`CREATE INDEX print_jobs_open ON print_jobs (printer_id, id) WHERE status <> 'done'`.execute(db);
  await sql`CREATE INDEX print_jobs_store ON print_jobs (store_id, id)`.execute(db);
}
