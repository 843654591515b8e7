import { Kysely, SqliteDialect, sql } from 'kysely';
import type { Sqlite } from './connection';
import type { Migration } from '../../migrations/index';

export class MigrationMismatchError extends Error {}

/**
 * Applies pending migrations, each in its own transaction with its bookkeeping row. Refuses
 * a database whose applied list is not a prefix of the known list (a database from a newer
 * or a diverged build), rather than guess.
 */
export async function migrate(sqlite: Sqlite, list: readonly Migration[]): Promise<string[]> {
  const db = new Kysely<any>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
      name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`.execute(db);
    const applied = (
      await sql<{ name: string }>`SELECT name FROM schema_migrations ORDER BY rowid`.execute(db)
    ).rows.map((r) => r.name);
    applied.forEach((name, i) => {
      if (list[i]?.name !== name) {
        throw new MigrationMismatchError(
          `database has migration "${name}" at position ${i + 1}, this build expects "${list[i]?.name ?? '(none)'}"`,
        );
      }
    });
    const done: string[] = [];
    for (const m of list.slice(applied.length)) {
      await db.transaction().execute(async (trx) => {
        await m.up(trx);
        await sql`INSERT INTO schema_migrations (name, applied_at) VALUES (${m.name}, ${new Date().toISOString()})`.execute(
          trx,
        );
      });
      done.push(m.name);
    }
    return done;
  } finally {
    // Destroying would close the shared better-sqlite3 handle; drop the wrapper only.
  }
}

export function pendingMigrations(sqlite: Sqlite, list: readonly Migration[]): number {
  const exists = sqlite
    .prepare(`SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_migrations'`)
    .get();
  if (!exists) return list.length;
  const n = sqlite.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get() as { n: number };
  return list.length - n.n;
}
