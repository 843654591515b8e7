/** Option groups and options of dishes (API-2 "Menu"), read for many dishes in one query. */
import type { Sqlite } from '../db/connection';
import { prepare, qb, run } from '../db/query';
import type { MenuOptionGroup, NameTranslation, Translations } from '../../src-shared/types';

/** JSON text of a column, or `fallback` when it does not parse (a hand-edited database). */
export function parseJson<T>(text: string | null | undefined, fallback: T): T {
  if (!text) return fallback;
  try {
    return (JSON.parse(text) as T) ?? fallback;
  } catch {
    return fallback;
  }
}

interface GroupRow {
  id: number;
  menu_id: number;
  name: string;
  min_select: number;
  max_select: number;
  translations: string;
}
interface OptionRow {
  id: number;
  group_id: number;
  name: string;
  price_delta: number;
  available: 0 | 1;
  translations: string;
}

/** What ordering needs of a dish's groups and options: no translations. */
export interface OrderOptionGroup {
  id: number;
  name: string;
  min_select: number;
  max_select: number;
  options: { id: number; name: string; price_delta: number; available: boolean }[];
}

/**
 * The groups and options of the given dishes as the order path checks them: one query, no
 * translations parsed (every order runs this; the guest-facing `groupsOfMenus` does not).
 */
export function orderGroupsOfMenus(db: Sqlite, menuIds: number[]): Map<number, OrderOptionGroup[]> {
  const map = new Map<number, OrderOptionGroup[]>();
  const rows = prepare(
    db,
    `SELECT g.menu_id, g.id AS group_id, g.name AS group_name, g.min_select, g.max_select,
            o.id, o.name, o.price_delta, o.available
     FROM menu_option_groups g LEFT JOIN menu_options o ON o.group_id = g.id
     WHERE g.menu_id IN (SELECT value FROM json_each(?))
     ORDER BY g.menu_id, g.display_order, g.id, o.display_order, o.id`,
  ).all(JSON.stringify(menuIds)) as {
    menu_id: number;
    group_id: number;
    group_name: string;
    min_select: number;
    max_select: number;
    id: number | null;
    name: string | null;
    price_delta: number | null;
    available: 0 | 1 | null;
  }[];
  let group: OrderOptionGroup | undefined;
  for (const r of rows) {
    if (group?.id !== r.group_id) {
      group = {
        id: r.group_id,
        name: r.group_name,
        min_select: r.min_select,
        max_select: r.max_select,
        options: [],
      };
      const list = map.get(r.menu_id) ?? [];
      list.push(group);
      map.set(r.menu_id, list);
    }
    if (r.id !== null) {
      group.options.push({
        id: r.id,
        name: r.name!,
        price_delta: r.price_delta!,
        available: r.available === 1,
      });
    }
  }
  return map;
}

/** The groups (with their options) of the given dishes, in display order, keyed by dish. */
export function groupsOfMenus(db: Sqlite, menuIds: number[]): Map<number, MenuOptionGroup[]> {
  const map = new Map<number, MenuOptionGroup[]>();
  if (!menuIds.length) return map;
  const ids = JSON.stringify(menuIds);
  const groups = prepare(
    db,
    `SELECT id, menu_id, name, min_select, max_select, translations FROM menu_option_groups
     WHERE menu_id IN (SELECT value FROM json_each(?)) ORDER BY menu_id, display_order, id`,
  ).all(ids) as GroupRow[];
  if (!groups.length) return map;
  const options = prepare(
    db,
    `SELECT o.id, o.group_id, o.name, o.price_delta, o.available, o.translations
     FROM menu_options o JOIN menu_option_groups g ON g.id = o.group_id
     WHERE g.menu_id IN (SELECT value FROM json_each(?)) ORDER BY o.group_id, o.display_order, o.id`,
  ).all(ids) as OptionRow[];
  const byGroup = new Map<number, MenuOptionGroup['options']>();
  for (const o of options) {
    const list = byGroup.get(o.group_id) ?? [];
    list.push({
      id: o.id,
      name: o.name,
      price_delta: o.price_delta,
      available: o.available === 1,
      translations: parseJson<Translations<NameTranslation>>(o.translations, {}),
    });
    byGroup.set(o.group_id, list);
  }
  for (const g of groups) {
    const list = map.get(g.menu_id) ?? [];
    list.push({
      id: g.id,
      name: g.name,
      min_select: g.min_select,
      max_select: g.max_select,
      translations: parseJson<Translations<NameTranslation>>(g.translations, {}),
      options: byGroup.get(g.id) ?? [],
    });
    map.set(g.menu_id, list);
  }
  return map;
}

export interface GroupValues {
  name: string;
  min_select: number;
  max_select: number;
  display_order: number;
  translations: string;
}
export interface OptionValues {
  name: string;
  price_delta: number;
  available: 0 | 1;
  display_order: number;
  translations: string;
}

export function insertGroup(db: Sqlite, menuId: number, g: GroupValues): number {
  return run(db, qb.insertInto('menu_option_groups').values({ menu_id: menuId, ...g })).lastInsertRowid;
}

export function updateGroup(db: Sqlite, id: number, g: GroupValues) {
  run(db, qb.updateTable('menu_option_groups').set(g).where('id', '=', id));
}

/** Removes the dish's groups not in `keep` (their options go with them). */
export function deleteGroupsExcept(db: Sqlite, menuId: number, keep: number[]) {
  prepare(
    db,
    `DELETE FROM menu_option_groups WHERE menu_id = ? AND id NOT IN (SELECT value FROM json_each(?))`,
  ).run(menuId, JSON.stringify(keep));
}

export function insertOption(db: Sqlite, groupId: number, o: OptionValues): number {
  return run(db, qb.insertInto('menu_options').values({ group_id: groupId, ...o })).lastInsertRowid;
}

/** Updates an option and moves it into `groupId` (an option may change group within its dish). */
export function updateOption(db: Sqlite, id: number, groupId: number, o: OptionValues) {
  run(
    db,
    qb
      .updateTable('menu_options')
      .set({ ...o, group_id: groupId })
      .where('id', '=', id),
  );
}

/** Removes the dish's options not in `keep`. */
export function deleteOptionsExcept(db: Sqlite, menuId: number, keep: number[]) {
  prepare(
    db,
    `DELETE FROM menu_options WHERE id NOT IN (SELECT value FROM json_each(?))
       AND group_id IN (SELECT id FROM menu_option_groups WHERE menu_id = ?)`,
  ).run(JSON.stringify(keep), menuId);
}
