import { sql, type Kysely } from 'kysely';

/**
 * Device keys (SPEC T1): a paired tablet keeps a long-lived key instead of the table password
 * and trades it for a fresh token whenever its token has expired. Only the SHA-256 of the key
 * is stored. A table's keys go when its password changes, when it is deleted (cascade) and
 * when the manager unpairs its tablets.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE device_keys (
    id INTEGER PRIMARY KEY,
    key_hash TEXT NOT NULL UNIQUE,
    store_id INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
    table_id INTEGER NOT NULL REFERENCES tables(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    last_used_at TEXT NOT NULL
  )`.execute(db);
  await sql`CREATE INDEX device_keys_table ON device_keys (table_id, last_used_at)`.execute(db);
}
