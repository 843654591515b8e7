import Database from 'better-sqlite3';

export type Sqlite = Database.Database;

/**
 * Opens the store database with the durability pragmas of DESIGN.md: WAL with full sync
 * (a commit is on disk before it returns), foreign keys enforced, and a busy timeout for
 * the rare second reader (a backup or an outside tool).
 */
export function openDatabase(file: string): Sqlite {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('wal_autocheckpoint = 1000');
  return db;
}
