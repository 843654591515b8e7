import type { Selectable } from 'kysely';
import type { Sqlite } from '../db/connection';
import type { CategoriesTable, MenusTable } from '../db/schema';
import { all, first, prepare, qb, run } from '../db/query';
import type { Category, Menu } from '../../src-shared/types';
import {
  groupsOfMenus,
  orderGroupsOfMenus,
  parseJson,
  type OrderOptionGroup,
} from './menu-options.repository';

const categoryColumns = ['id', 'name', 'display_order', 'translations', 'station_id'] as const;
const menuColumns = [
  'id',
  'category_id',
  'name',
  'price',
  'description',
  'image_url',
  'available',
  'display_order',
  'translations',
  'origin',
  'allergens',
  'badges',
  'prep_minutes',
] as const;

type MenuRow = Pick<Selectable<MenusTable>, (typeof menuColumns)[number]>;
type CategoryRow = Pick<Selectable<CategoriesTable>, (typeof categoryColumns)[number]>;

function toCategory(row: CategoryRow): Category {
  return { ...row, translations: parseJson(row.translations, {}) };
}

/** Rows to `Menu`s, with their option groups (one query for all of them). */
export function toMenus(db: Sqlite, rows: MenuRow[]): Menu[] {
  const groups = groupsOfMenus(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    ...row,
    available: row.available === 1,
    option_groups: groups.get(row.id) ?? [],
    translations: parseJson(row.translations, {}),
    allergens: parseJson(row.allergens, []),
    badges: parseJson(row.badges, []),
  }));
}

export function listCategories(db: Sqlite, storeId: number): Category[] {
  return all(
    db,
    qb
      .selectFrom('categories')
      .select(categoryColumns)
      .where('store_id', '=', storeId)
      .orderBy('display_order')
      .orderBy('id'),
  ).map(toCategory);
}

export function getCategory(db: Sqlite, storeId: number, id: number): Category | undefined {
  const row = first(
    db,
    qb.selectFrom('categories').select(categoryColumns).where('store_id', '=', storeId).where('id', '=', id),
  );
  return row && toCategory(row);
}

export function findCategoryByName(db: Sqlite, storeId: number, name: string) {
  return first(
    db,
    qb.selectFrom('categories').select(['id']).where('store_id', '=', storeId).where('name', '=', name),
  );
}

export function maxCategoryOrder(db: Sqlite, storeId: number): number {
  const row = first(
    db,
    qb
      .selectFrom('categories')
      .select((eb) => eb.fn.max<number | null>('display_order').as('m'))
      .where('store_id', '=', storeId),
  );
  return row?.m ?? -1;
}

export function insertCategory(
  db: Sqlite,
  c: {
    store_id: number;
    name: string;
    display_order: number;
    now: string;
    translations?: string;
    station_id?: number | null;
  },
) {
  return run(
    db,
    qb.insertInto('categories').values({
      store_id: c.store_id,
      name: c.name,
      display_order: c.display_order,
      created_at: c.now,
      translations: c.translations ?? '{}',
      station_id: c.station_id ?? null,
    }),
  ).lastInsertRowid;
}

export function updateCategory(
  db: Sqlite,
  id: number,
  patch: { name?: string; display_order?: number; translations?: string; station_id?: number | null },
) {
  if (!Object.keys(patch).length) return;
  run(db, qb.updateTable('categories').set(patch).where('id', '=', id));
}

/** Removes the hidden (deleted) items of a category, so the category itself can go. */
export function purgeDeletedMenus(db: Sqlite, categoryId: number) {
  return run(
    db,
    qb.deleteFrom('menus').where('category_id', '=', categoryId).where('deleted_at', 'is not', null),
  );
}

export function deleteCategory(db: Sqlite, id: number) {
  run(db, qb.deleteFrom('categories').where('id', '=', id));
}

/** Live (not deleted) items of a category. */
export function countMenusInCategory(db: Sqlite, categoryId: number): number {
  const row = first(
    db,
    qb
      .selectFrom('menus')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('category_id', '=', categoryId)
      .where('deleted_at', 'is', null),
  );
  return row?.n ?? 0;
}

export function countAllMenusInCategory(db: Sqlite, categoryId: number): number {
  const row = first(
    db,
    qb
      .selectFrom('menus')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('category_id', '=', categoryId),
  );
  return row?.n ?? 0;
}

export function listMenus(db: Sqlite, storeId: number, categoryId?: number): Menu[] {
  let q = qb
    .selectFrom('menus')
    .select(menuColumns)
    .where('store_id', '=', storeId)
    .where('deleted_at', 'is', null);
  if (categoryId !== undefined) q = q.where('category_id', '=', categoryId);
  return toMenus(db, all(db, q.orderBy('category_id').orderBy('display_order').orderBy('id')));
}

export function getMenu(db: Sqlite, storeId: number, id: number): Menu | undefined {
  const row = first(
    db,
    qb
      .selectFrom('menus')
      .select(menuColumns)
      .where('store_id', '=', storeId)
      .where('id', '=', id)
      .where('deleted_at', 'is', null),
  );
  return row && toMenus(db, [row])[0];
}

/** Live menu rows for an order, keyed by id (one query for all lines). */
/** What an order line needs of its dish (the order path reads only this). */
export interface OrderMenu {
  id: number;
  name: string;
  price: number;
  available: boolean;
  station_id: number | null;
  option_groups: OrderOptionGroup[];
}

export function menusForOrder(db: Sqlite, storeId: number, ids: number[]): Map<number, OrderMenu> {
  const json = JSON.stringify(ids);
  const rows = prepare(
    db,
    `SELECT m.id, m.name, m.price, m.available, c.station_id FROM menus m
     LEFT JOIN categories c ON c.id = m.category_id
     WHERE m.store_id = ? AND m.deleted_at IS NULL AND m.id IN (SELECT value FROM json_each(?))`,
  ).all(storeId, json) as {
    id: number;
    name: string;
    price: number;
    available: 0 | 1;
    station_id: number | null;
  }[];
  const groups = orderGroupsOfMenus(
    db,
    rows.map((r) => r.id),
  );
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        name: r.name,
        price: r.price,
        available: r.available === 1,
        station_id: r.station_id,
        option_groups: groups.get(r.id) ?? [],
      },
    ]),
  );
}

export function maxMenuOrder(db: Sqlite, categoryId: number): number {
  const row = first(
    db,
    qb
      .selectFrom('menus')
      .select((eb) => eb.fn.max<number | null>('display_order').as('m'))
      .where('category_id', '=', categoryId)
      .where('deleted_at', 'is', null),
  );
  return row?.m ?? -1;
}

export function insertMenu(db: Sqlite, m: Omit<Selectable<MenusTable>, 'id' | 'deleted_at'>) {
  return run(db, qb.insertInto('menus').values(m)).lastInsertRowid;
}

export function updateMenu(
  db: Sqlite,
  id: number,
  patch: Partial<Omit<Selectable<MenusTable>, 'id' | 'store_id'>>,
) {
  if (!Object.keys(patch).length) return;
  run(db, qb.updateTable('menus').set(patch).where('id', '=', id));
}
