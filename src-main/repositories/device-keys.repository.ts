/** Device keys of paired tablets (migration 0005): only their SHA-256 is stored. */
import type { Sqlite } from '../db/connection';
import type { DeviceKeysTable } from '../db/schema';
import { first, prepare, qb, run } from '../db/query';

export function insertDeviceKey(
  db: Sqlite,
  k: { key_hash: string; store_id: number; table_id: number; now: string },
): void {
  run(
    db,
    qb.insertInto('device_keys').values({
      key_hash: k.key_hash,
      store_id: k.store_id,
      table_id: k.table_id,
      created_at: k.now,
      last_used_at: k.now,
    }),
  );
}

export function findDeviceKey(db: Sqlite, keyHash: string) {
  return first(
    db,
    qb.selectFrom('device_keys').select(['id', 'store_id', 'table_id']).where('key_hash', '=', keyHash),
  );
}

export function touchDeviceKey(db: Sqlite, id: number, now: string): void {
  run(db, qb.updateTable('device_keys').set({ last_used_at: now }).where('id', '=', id));
}

export function deleteDeviceKeysOfTable(db: Sqlite, tableId: number): number {
  return run(db, qb.deleteFrom('device_keys').where('table_id', '=', tableId)).changes;
}

/** Keeps a table's `keep` most recently used keys: repeated logins cannot grow the table without end. */
export function pruneDeviceKeysOfTable(db: Sqlite, tableId: number, keep: number): void {
  prepare(
    db,
    `DELETE FROM device_keys WHERE table_id = ? AND id NOT IN (
       SELECT id FROM device_keys WHERE table_id = ? ORDER BY last_used_at DESC, id DESC LIMIT ?)`,
  ).run(tableId, tableId, keep);
}

export type DeviceKeyRow = Omit<DeviceKeysTable, 'id'>;

const COLUMNS = 'key_hash, store_id, table_id, created_at, last_used_at';

/** Every key (a live restore carries them over so the tablets stay paired). */
export function allDeviceKeys(db: Sqlite): DeviceKeyRow[] {
  return prepare(db, `SELECT ${COLUMNS} FROM device_keys`).all() as DeviceKeyRow[];
}

export function deleteAllDeviceKeys(db: Sqlite): void {
  prepare(db, 'DELETE FROM device_keys').run();
}

/** Inserts a key when its store and table exist in this database. */
export function insertDeviceKeyIfOwnerExists(db: Sqlite, k: DeviceKeyRow): void {
  prepare(
    db,
    `INSERT OR IGNORE INTO device_keys (${COLUMNS})
     SELECT @key_hash, @store_id, @table_id, @created_at, @last_used_at
     WHERE EXISTS (SELECT 1 FROM tables WHERE id = @table_id AND store_id = @store_id)`,
  ).run(k);
}
