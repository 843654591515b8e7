import type { InferResult } from 'kysely';
import type { Sqlite } from '../db/connection';
import { all, first, prepare, qb, run } from '../db/query';

const storeColumns = ['id', 'code', 'name', 'time_zone', 'created_at'] as const;

export function findStoreByCode(db: Sqlite, code: string) {
  return first(db, qb.selectFrom('stores').select(storeColumns).where('code', '=', code));
}

// Every order reads its store's time zone: compiled once, prepared once per connection.
const storeById = qb.selectFrom('stores').select(storeColumns).where('id', '=', 0);
const storeByIdSql = storeById.compile().sql;

export function getStore(db: Sqlite, id: number) {
  return prepare(db, storeByIdSql).get(id) as InferResult<typeof storeById>[number] | undefined;
}

export function listStores(db: Sqlite) {
  return all(db, qb.selectFrom('stores').select(storeColumns).orderBy('id'));
}

export function insertStore(db: Sqlite, s: { code: string; name: string; time_zone: string; now: string }) {
  return run(
    db,
    qb.insertInto('stores').values({ code: s.code, name: s.name, time_zone: s.time_zone, created_at: s.now }),
  ).lastInsertRowid;
}
