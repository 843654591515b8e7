/** Categories and menu items; every change tells live tablets with `menu.updated`. */
import type { CategoryInput, CreateMenuInput, UpdateMenuInput } from '../../src-shared/schemas';
import type { Category, Menu, MenuTree } from '../../src-shared/types';
import { ConflictError, NotFoundError, ValidationError } from '../errors/app-error';
import type { ServiceContext } from './context';
import * as menuRepo from '../repositories/menu.repository';
import * as stationsRepo from '../repositories/stations.repository';
import type { Sqlite } from '../db/connection';
import { checkLowestPrice, replaceOptionGroups, withKeptDeltas } from './menu-options.service';

export function menuTree(ctx: ServiceContext, storeId: number): MenuTree {
  const menus = menuRepo.listMenus(ctx.db, storeId);
  const byCategory = new Map<number, Menu[]>();
  for (const m of menus) {
    const list = byCategory.get(m.category_id) ?? [];
    list.push(m);
    byCategory.set(m.category_id, list);
  }
  return {
    categories: menuRepo
      .listCategories(ctx.db, storeId)
      .map((c) => ({ ...c, menus: byCategory.get(c.id) ?? [] })),
  };
}

export function getMenu(ctx: ServiceContext, storeId: number, id: number): Menu {
  const menu = menuRepo.getMenu(ctx.db, storeId, id);
  if (!menu) throw new NotFoundError(`Menu item ${id} not found`);
  return menu;
}

export function listCategories(ctx: ServiceContext, storeId: number) {
  return { categories: menuRepo.listCategories(ctx.db, storeId) };
}

export function listMenus(ctx: ServiceContext, storeId: number) {
  return { menus: menuRepo.listMenus(ctx.db, storeId) };
}

/** A category's station must be one of this store's (null = the default station). */
function checkStation(db: Sqlite, storeId: number, stationId: number | null | undefined) {
  if (stationId == null || stationsRepo.getStation(db, storeId, stationId)) return;
  const message = `station ${stationId} does not exist`;
  throw new ValidationError(`station_id: ${message}`, [{ path: 'station_id', message }]);
}

export function createCategory(
  ctx: ServiceContext,
  storeId: number,
  input: CategoryInput & { name: string },
): Promise<Category> {
  return ctx.writer.write((tx) => {
    if (menuRepo.findCategoryByName(tx.db, storeId, input.name)) {
      throw new ConflictError(`A category named "${input.name}" already exists`);
    }
    checkStation(tx.db, storeId, input.station_id);
    const order = input.display_order ?? menuRepo.maxCategoryOrder(tx.db, storeId) + 1;
    const id = menuRepo.insertCategory(tx.db, {
      store_id: storeId,
      name: input.name,
      display_order: order,
      now: tx.now,
      translations: JSON.stringify(input.translations ?? {}),
      station_id: input.station_id ?? null,
    });
    tx.emit(storeId, 'menu.updated', {}, null);
    return menuRepo.getCategory(tx.db, storeId, id)!;
  });
}

export function updateCategory(
  ctx: ServiceContext,
  storeId: number,
  id: number,
  input: CategoryInput,
): Promise<Category> {
  return ctx.writer.write((tx) => {
    const category = menuRepo.getCategory(tx.db, storeId, id);
    if (!category) throw new NotFoundError(`Category ${id} not found`);
    if (input.name !== undefined && input.name !== category.name) {
      if (menuRepo.findCategoryByName(tx.db, storeId, input.name)) {
        throw new ConflictError(`A category named "${input.name}" already exists`);
      }
    }
    checkStation(tx.db, storeId, input.station_id);
    const { translations, ...rest } = input;
    menuRepo.updateCategory(tx.db, id, {
      ...rest,
      ...(translations && { translations: JSON.stringify(translations) }),
    });
    tx.emit(storeId, 'menu.updated', {}, null);
    return menuRepo.getCategory(tx.db, storeId, id)!;
  });
}

export function deleteCategory(ctx: ServiceContext, storeId: number, id: number): Promise<void> {
  return ctx.writer.write((tx) => {
    const category = menuRepo.getCategory(tx.db, storeId, id);
    if (!category) throw new NotFoundError(`Category ${id} not found`);
    if (menuRepo.countMenusInCategory(tx.db, id) > 0) {
      throw new ConflictError(`Category "${category.name}" still has menu items; move or delete them first`);
    }
    // Deleted items only hid; placed orders keep their own snapshot, so they can go now.
    menuRepo.purgeDeletedMenus(tx.db, id);
    menuRepo.deleteCategory(tx.db, id);
    tx.emit(storeId, 'menu.updated', {}, null);
  });
}

export function createMenu(ctx: ServiceContext, storeId: number, input: CreateMenuInput): Promise<Menu> {
  return ctx.writer.write((tx) => {
    if (!menuRepo.getCategory(tx.db, storeId, input.category_id)) {
      throw new NotFoundError(`Category ${input.category_id} not found`);
    }
    const groups = input.option_groups ?? [];
    checkLowestPrice(input.price, withKeptDeltas(groups, []), 'option_groups');
    const id = menuRepo.insertMenu(tx.db, {
      store_id: storeId,
      category_id: input.category_id,
      name: input.name,
      price: input.price,
      description: input.description ?? '',
      image_url: input.image_url ?? null,
      available: input.available === false ? 0 : 1,
      display_order: input.display_order ?? menuRepo.maxMenuOrder(tx.db, input.category_id) + 1,
      created_at: tx.now,
      updated_at: tx.now,
      translations: JSON.stringify(input.translations ?? {}),
      origin: input.origin ?? null,
      allergens: JSON.stringify(input.allergens ?? []),
      badges: JSON.stringify(input.badges ?? []),
      prep_minutes: input.prep_minutes ?? null,
    });
    replaceOptionGroups(tx.db, id, [], groups);
    tx.emit(storeId, 'menu.updated', {}, null);
    return menuRepo.getMenu(tx.db, storeId, id)!;
  });
}

export function updateMenu(ctx: ServiceContext, storeId: number, id: number, input: UpdateMenuInput) {
  return ctx.writer.write((tx) => {
    const menu = menuRepo.getMenu(tx.db, storeId, id);
    if (!menu) throw new NotFoundError(`Menu item ${id} not found`);
    const patch: Parameters<typeof menuRepo.updateMenu>[2] = { updated_at: tx.now };
    if (input.category_id !== undefined && input.category_id !== menu.category_id) {
      if (!menuRepo.getCategory(tx.db, storeId, input.category_id)) {
        throw new NotFoundError(`Category ${input.category_id} not found`);
      }
      patch.category_id = input.category_id;
      patch.display_order = menuRepo.maxMenuOrder(tx.db, input.category_id) + 1;
    }
    if (input.name !== undefined) patch.name = input.name;
    if (input.price !== undefined) patch.price = input.price;
    if (input.description !== undefined) patch.description = input.description;
    if (input.image_url !== undefined) patch.image_url = input.image_url;
    if (input.available !== undefined) patch.available = input.available ? 1 : 0;
    if (input.display_order !== undefined) patch.display_order = input.display_order;
    if (input.translations !== undefined) patch.translations = JSON.stringify(input.translations);
    if (input.origin !== undefined) patch.origin = input.origin;
    if (input.allergens !== undefined) patch.allergens = JSON.stringify(input.allergens);
    if (input.badges !== undefined) patch.badges = JSON.stringify(input.badges);
    if (input.prep_minutes !== undefined) patch.prep_minutes = input.prep_minutes;
    if (input.option_groups !== undefined || input.price !== undefined) {
      const groups = input.option_groups
        ? withKeptDeltas(input.option_groups, menu.option_groups)
        : menu.option_groups;
      checkLowestPrice(input.price ?? menu.price, groups, input.option_groups ? 'option_groups' : 'price');
    }
    if (input.option_groups !== undefined) {
      replaceOptionGroups(tx.db, id, menu.option_groups, input.option_groups);
    }
    menuRepo.updateMenu(tx.db, id, patch);
    tx.emit(storeId, 'menu.updated', {}, null);
    return menuRepo.getMenu(tx.db, storeId, id)!;
  });
}

export function deleteMenu(ctx: ServiceContext, storeId: number, id: number): Promise<void> {
  return ctx.writer.write((tx) => {
    if (!menuRepo.getMenu(tx.db, storeId, id)) throw new NotFoundError(`Menu item ${id} not found`);
    menuRepo.updateMenu(tx.db, id, { deleted_at: tx.now, updated_at: tx.now });
    tx.emit(storeId, 'menu.updated', {}, null);
  });
}

export function reorderMenus(
  ctx: ServiceContext,
  storeId: number,
  input: { category_id: number; menu_ids: number[] },
): Promise<void> {
  return ctx.writer.write((tx) => {
    if (!menuRepo.getCategory(tx.db, storeId, input.category_id)) {
      throw new NotFoundError(`Category ${input.category_id} not found`);
    }
    const current = menuRepo.listMenus(tx.db, storeId, input.category_id).map((m) => m.id);
    const given = new Set(input.menu_ids);
    if (
      given.size !== input.menu_ids.length ||
      given.size !== current.length ||
      current.some((i) => !given.has(i))
    ) {
      throw new ValidationError('menu_ids must list every item of the category exactly once', [
        { path: 'menu_ids', message: 'must list every item of the category exactly once' },
      ]);
    }
    input.menu_ids.forEach((menuId, index) =>
      menuRepo.updateMenu(tx.db, menuId, { display_order: index, updated_at: tx.now }),
    );
    tx.emit(storeId, 'menu.updated', {}, null);
  });
}
