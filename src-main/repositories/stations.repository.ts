/** Kitchen stations (K5) and the categories routed to them. */
import type { Sqlite } from '../db/connection';
import { all, first, prepare, qb, run } from '../db/query';
import type { Station } from '../../src-shared/types';

const columns = ['id', 'name', 'display_order'] as const;

export function listStations(db: Sqlite, storeId: number): Station[] {
  return all(
    db,
    qb
      .selectFrom('stations')
      .select(columns)
      .where('store_id', '=', storeId)
      .orderBy('display_order')
      .orderBy('id'),
  );
}

export function getStation(db: Sqlite, storeId: number, id: number): Station | undefined {
  return first(
    db,
    qb.selectFrom('stations').select(columns).where('store_id', '=', storeId).where('id', '=', id),
  );
}

export function findStationByName(db: Sqlite, storeId: number, name: string) {
  return first(
    db,
    qb.selectFrom('stations').select(['id']).where('store_id', '=', storeId).where('name', '=', name),
  );
}

export function countStations(db: Sqlite, storeId: number): number {
  return (prepare(db, 'SELECT COUNT(*) AS n FROM stations WHERE store_id = ?').get(storeId) as { n: number })
    .n;
}

export function maxStationOrder(db: Sqlite, storeId: number): number {
  const row = prepare(db, 'SELECT MAX(display_order) AS m FROM stations WHERE store_id = ?').get(storeId) as {
    m: number | null;
  };
  return row.m ?? -1;
}

export function insertStation(db: Sqlite, s: { store_id: number; name: string; display_order: number }) {
  return Number(run(db, qb.insertInto('stations').values(s)).lastInsertRowid);
}

export function updateStation(db: Sqlite, id: number, patch: { name?: string; display_order?: number }) {
  if (!Object.keys(patch).length) return;
  run(db, qb.updateTable('stations').set(patch).where('id', '=', id));
}

/** Deletes a station; its categories go back to the default station. */
export function deleteStation(db: Sqlite, storeId: number, id: number) {
  run(
    db,
    qb
      .updateTable('categories')
      .set({ station_id: null })
      .where('store_id', '=', storeId)
      .where('station_id', '=', id),
  );
  run(db, qb.deleteFrom('stations').where('id', '=', id));
}
