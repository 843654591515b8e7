import type { InferResult } from 'kysely';
import type { Sqlite } from '../db/connection';
import { all, first, prepare, qb, run } from '../db/query';

export function listTables(db: Sqlite, storeId: number) {
  return all(
    db,
    qb
      .selectFrom('tables')
      .select(['id', 'table_number', 'created_at', 'password_weak', 'last_secure'])
      .where('store_id', '=', storeId)
      .orderBy('table_number'),
  );
}

// On the order path: compiled once, prepared once per connection.
const tableById = qb
  .selectFrom('tables')
  .select(['id', 'store_id', 'table_number', 'created_at'])
  .where('store_id', '=', 0)
  .where('id', '=', 0);
const tableByIdSql = tableById.compile().sql;

export function getTable(db: Sqlite, storeId: number, id: number) {
  return prepare(db, tableByIdSql).get(storeId, id) as InferResult<typeof tableById>[number] | undefined;
}

export function findTableForLogin(db: Sqlite, storeId: number, tableNumber: number) {
  return first(
    db,
    qb
      .selectFrom('tables')
      .select(['id', 'table_number', 'password_hash'])
      .where('store_id', '=', storeId)
      .where('table_number', '=', tableNumber),
  );
}

/** Ids come from AUTOINCREMENT: a deleted table's id (kept by history and events) is never reused. */
export function insertTable(
  db: Sqlite,
  t: { store_id: number; table_number: number; password_hash: string; now: string; password_weak?: boolean },
) {
  return run(
    db,
    qb.insertInto('tables').values({
      store_id: t.store_id,
      table_number: t.table_number,
      password_hash: t.password_hash,
      created_at: t.now,
      password_weak: t.password_weak === undefined ? null : Number(t.password_weak),
    }),
  ).lastInsertRowid;
}

export function updateTable(
  db: Sqlite,
  storeId: number,
  id: number,
  patch: { table_number?: number; password_hash?: string; password_weak?: number },
) {
  if (!Object.keys(patch).length) return;
  run(db, qb.updateTable('tables').set(patch).where('store_id', '=', storeId).where('id', '=', id));
}

export function deleteTable(db: Sqlite, storeId: number, id: number) {
  return run(db, qb.deleteFrom('tables').where('store_id', '=', storeId).where('id', '=', id)).changes;
}

/** Whether the table's password is shorter than 6 characters (learnt at login or when set). */
export function setPasswordWeak(db: Sqlite, id: number, weak: boolean) {
  run(
    db,
    qb
      .updateTable('tables')
      .set({ password_weak: Number(weak) })
      .where('id', '=', id),
  );
}

export function isPasswordWeak(db: Sqlite, storeId: number, id: number): boolean {
  const row = first(
    db,
    qb.selectFrom('tables').select('password_weak').where('store_id', '=', storeId).where('id', '=', id),
  );
  return row?.password_weak === 1;
}
