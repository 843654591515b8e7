import { sql, type Kysely } from 'kysely';

/**
 * One row that GET /health rewrites now and then through the normal write path: a database
 * that can be read but not written (a read-only folder or file, a full disk) must not look
 * healthy while every order fails.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE health_probe (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    checked_at TEXT NOT NULL
  )`.execute(db);
}
