import type { Sqlite } from '../db/connection';
import type { StoredEvent } from '../db/writer';
import { prepare } from '../db/query';

export function lastEventId(db: Sqlite): number {
  const row = prepare(db, "SELECT seq FROM sqlite_sequence WHERE name = 'events'").get() as
    { seq: number } | undefined;
  return row?.seq ?? 0;
}

/** The oldest event id the log still holds (0 when empty). */
export function oldestEventId(db: Sqlite): number {
  const row = prepare(db, 'SELECT MIN(id) AS id FROM events').get() as { id: number | null };
  return row.id ?? 0;
}

/**
 * Events after `afterId` for a store; for a table channel only that table's and store-wide ones.
 * At most `limit` (a resume from far back gets a snapshot instead of the whole log).
 */
export function eventsAfter(
  db: Sqlite,
  storeId: number,
  afterId: number,
  table?: { tableId: number; types: readonly string[] },
  limit = -1,
): StoredEvent[] {
  if (!table) {
    return prepare(
      db,
      'SELECT id, store_id, type, table_id, payload, created_at FROM events WHERE store_id = ? AND id > ? ORDER BY id LIMIT ?',
    ).all(storeId, afterId, limit) as StoredEvent[];
  }
  return prepare(
    db,
    `SELECT id, store_id, type, table_id, payload, created_at FROM events
     WHERE store_id = ? AND id > ? AND type IN (SELECT value FROM json_each(?))
       AND (table_id = ? OR table_id IS NULL) ORDER BY id LIMIT ?`,
  ).all(storeId, afterId, JSON.stringify(table.types), table.tableId, limit) as StoredEvent[];
}

export function deleteEventsBefore(db: Sqlite, beforeIso: string, limit: number): number {
  return prepare(
    db,
    'DELETE FROM events WHERE id IN (SELECT id FROM events WHERE created_at < ? ORDER BY id LIMIT ?)',
  ).run(beforeIso, limit).changes;
}

/** Empties the log and sets its id counter so the next event gets `next + 1` (a restore). */
export function restartEventLog(db: Sqlite, next: number): void {
  prepare(db, 'DELETE FROM events').run();
  const updated = prepare(db, "UPDATE sqlite_sequence SET seq = ? WHERE name = 'events'").run(next);
  if (!updated.changes) prepare(db, "INSERT INTO sqlite_sequence (name, seq) VALUES ('events', ?)").run(next);
}
