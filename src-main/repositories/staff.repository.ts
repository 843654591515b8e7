import type { Sqlite } from '../db/connection';
import type { StaffTable } from '../db/schema';
import { all, first, qb, run } from '../db/query';

const publicColumns = ['id', 'username', 'role'] as const;

export function findStaffForLogin(db: Sqlite, storeId: number, username: string) {
  return first(
    db,
    qb
      .selectFrom('staff')
      .select(['id', 'username', 'role', 'password_hash'])
      .where('store_id', '=', storeId)
      .where('username', '=', username),
  );
}

export function getStaff(db: Sqlite, storeId: number, id: number) {
  return first(
    db,
    qb.selectFrom('staff').select(publicColumns).where('store_id', '=', storeId).where('id', '=', id),
  );
}

export function findStaffByUsername(db: Sqlite, storeId: number, username: string) {
  return first(
    db,
    qb
      .selectFrom('staff')
      .select(publicColumns)
      .where('store_id', '=', storeId)
      .where('username', '=', username),
  );
}

export function listStaff(db: Sqlite, storeId: number) {
  return all(db, qb.selectFrom('staff').select(publicColumns).where('store_id', '=', storeId).orderBy('id'));
}

export function countManagers(db: Sqlite, storeId: number): number {
  const row = first(
    db,
    qb
      .selectFrom('staff')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('store_id', '=', storeId)
      .where('role', '=', 'manager'),
  );
  return row?.n ?? 0;
}

export function insertStaff(
  db: Sqlite,
  s: { store_id: number; username: string; password_hash: string; role: StaffTable['role']; now: string },
) {
  return run(
    db,
    qb.insertInto('staff').values({
      store_id: s.store_id,
      username: s.username,
      password_hash: s.password_hash,
      role: s.role,
      created_at: s.now,
    }),
  ).lastInsertRowid;
}

export function updateStaff(
  db: Sqlite,
  storeId: number,
  id: number,
  patch: Partial<Pick<StaffTable, 'password_hash' | 'role'>>,
) {
  if (!Object.keys(patch).length) return;
  run(db, qb.updateTable('staff').set(patch).where('store_id', '=', storeId).where('id', '=', id));
}

export function deleteStaff(db: Sqlite, storeId: number, id: number) {
  return run(db, qb.deleteFrom('staff').where('store_id', '=', storeId).where('id', '=', id)).changes;
}
