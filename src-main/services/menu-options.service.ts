/**
 * A dish's option groups as the admin sends them (API-2 "Menu"): the checks the schema cannot
 * make alone, and the replace-the-whole-list write of `PUT /api/admin/menus/:id`.
 */
import type { OptionGroupInputValue } from '../../src-shared/schemas';
import type { MenuOptionGroup } from '../../src-shared/types';
import { ValidationError } from '../errors/app-error';
import type { Sqlite } from '../db/connection';
import * as optionsRepo from '../repositories/menu-options.repository';

/** The guest's lowest possible unit price: the base plus the cheapest choice each group allows. */
export function lowestUnitPrice(
  price: number,
  groups: readonly { min_select: number; max_select: number; options: readonly { price_delta?: number }[] }[],
): number {
  let lowest = price;
  for (const g of groups) {
    const deltas = g.options.map((o) => o.price_delta ?? 0).sort((a, b) => a - b);
    // The min_select cheapest are forced; beyond them, further options only if they lower the price.
    deltas.slice(0, g.max_select).forEach((d, i) => {
      if (i < g.min_select || d < 0) lowest += d;
    });
  }
  return lowest;
}

/** Refuses a unit price below 0 (base + the most negative choice). */
export function checkLowestPrice(price: number, groups: Parameters<typeof lowestUnitPrice>[1], path: string) {
  const lowest = lowestUnitPrice(price, groups);
  if (lowest < 0) {
    const message = `the options can bring the unit price to ${lowest}; it must not go below 0`;
    throw new ValidationError(`${path}: ${message}`, [{ path, message }]);
  }
}

/**
 * Ids sent must be this dish's own groups and options, each named once; anything else is a 400
 * (an id of another dish would otherwise move that dish's option here).
 */
function checkIds(input: OptionGroupInputValue[], existing: MenuOptionGroup[]) {
  const groupIds = new Set(existing.map((g) => g.id));
  const optionIds = new Set(existing.flatMap((g) => g.options.map((o) => o.id)));
  const seenGroups = new Set<number>();
  const seenOptions = new Set<number>();
  const fail = (path: string, message: string) => {
    throw new ValidationError(`${path}: ${message}`, [{ path, message }]);
  };
  input.forEach((g, gi) => {
    if (g.id !== undefined) {
      if (!groupIds.has(g.id)) fail(`option_groups.${gi}.id`, `is not an option group of this dish`);
      if (seenGroups.has(g.id)) fail(`option_groups.${gi}.id`, `names the same group twice`);
      seenGroups.add(g.id);
    }
    g.options.forEach((o, oi) => {
      if (o.id === undefined) return;
      const path = `option_groups.${gi}.options.${oi}.id`;
      if (!optionIds.has(o.id)) fail(path, `is not an option of this dish`);
      if (seenOptions.has(o.id)) fail(path, `names the same option twice`);
      seenOptions.add(o.id);
    });
  });
}

/**
 * Makes the dish's groups exactly `input`, in its order: sent with an id = kept (fields omitted
 * on an option keep their values), without = created, left out = removed. Placed orders keep
 * their own snapshots, so nothing else changes.
 */
export function replaceOptionGroups(
  db: Sqlite,
  menuId: number,
  existing: MenuOptionGroup[],
  input: OptionGroupInputValue[],
) {
  checkIds(input, existing);
  const oldOptions = new Map(existing.flatMap((g) => g.options.map((o) => [o.id, o] as const)));
  const oldGroups = new Map(existing.map((g) => [g.id, g]));
  const keptOptions = input.flatMap((g) => g.options.flatMap((o) => (o.id === undefined ? [] : [o.id])));
  optionsRepo.deleteOptionsExcept(db, menuId, keptOptions);
  const keptGroups: number[] = [];
  input.forEach((g, gi) => {
    const values = {
      name: g.name,
      min_select: g.min_select,
      max_select: g.max_select,
      display_order: gi,
      translations: JSON.stringify(g.translations ?? oldGroups.get(g.id ?? 0)?.translations ?? {}),
    };
    let groupId = g.id;
    if (groupId === undefined) groupId = optionsRepo.insertGroup(db, menuId, values);
    else optionsRepo.updateGroup(db, groupId, values);
    keptGroups.push(groupId);
    g.options.forEach((o, oi) => {
      const old = o.id === undefined ? undefined : oldOptions.get(o.id);
      const optionValues = {
        name: o.name,
        price_delta: o.price_delta ?? old?.price_delta ?? 0,
        available: (o.available ?? old?.available ?? true) ? (1 as const) : (0 as const),
        display_order: oi,
        translations: JSON.stringify(o.translations ?? old?.translations ?? {}),
      };
      if (o.id === undefined) optionsRepo.insertOption(db, groupId, optionValues);
      else optionsRepo.updateOption(db, o.id, groupId, optionValues);
    });
  });
  optionsRepo.deleteGroupsExcept(db, menuId, keptGroups);
}

/** The lowest-price check needs the deltas an option keeps when it is sent without one. */
export function withKeptDeltas(input: OptionGroupInputValue[], existing: MenuOptionGroup[]) {
  const old = new Map(existing.flatMap((g) => g.options.map((o) => [o.id, o.price_delta] as const)));
  return input.map((g) => ({
    ...g,
    options: g.options.map((o) => ({
      price_delta: o.price_delta ?? (o.id === undefined ? 0 : (old.get(o.id) ?? 0)),
    })),
  }));
}
