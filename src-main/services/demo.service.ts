/**
 * The demo store made on first run (TABLE_ORDER_DEMO=1): code `demo`, manager `admin`,
 * 10 tables and a sample Korean menu (src-main/demo/menu.ts) with pictures, options and
 * translations, so a fresh install does something real.
 */
import { seedPresets } from './staff-calls.service';
import { randomInt } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LIMITS } from '../../src-shared/limits';
import type { ServiceContext } from './context';
import { hashPassword } from './crypto';
import { DEMO_IMAGES } from '../demo/images';
import * as storesRepo from '../repositories/stores.repository';
import * as staffRepo from '../repositories/staff.repository';
import * as tablesRepo from '../repositories/tables.repository';
import * as menuRepo from '../repositories/menu.repository';
import * as optionsRepo from '../repositories/menu-options.repository';
import { DEMO_MENU, DEMO_STATIONS } from '../demo/menu';
import * as stationsRepo from '../repositories/stations.repository';

export const DEMO_STORE_CODE = 'demo';

/** The demo tables' random password: 6 digits, the minimum for table passwords (API-2). */
export function randomTablePassword(): string {
  return String(randomInt(1_000_000)).padStart(LIMITS.tablePasswordMin, '0');
}

export async function seedDemoStore(
  ctx: ServiceContext,
  passwords: { admin: string; tables: string },
): Promise<void> {
  const adminHash = await hashPassword(passwords.admin);
  const tableHash = await hashPassword(passwords.tables);
  mkdirSync(ctx.config.imagesDir, { recursive: true, mode: 0o700 });
  for (const [name, body] of Object.entries(DEMO_IMAGES)) {
    writeFileSync(path.join(ctx.config.imagesDir, name), body, { mode: 0o600 });
  }
  ctx.writer.writeNow((tx) => {
    const storeId = storesRepo.insertStore(tx.db, {
      code: DEMO_STORE_CODE,
      name: '한그릇 식당 (데모)',
      time_zone: ctx.config.timeZone,
      now: tx.now,
    });
    seedPresets(tx, storeId);
    staffRepo.insertStaff(tx.db, {
      store_id: storeId,
      username: 'admin',
      password_hash: adminHash,
      role: 'manager',
      now: tx.now,
    });
    for (let n = 1; n <= 10; n += 1) {
      tablesRepo.insertTable(tx.db, {
        store_id: storeId,
        table_number: n,
        password_hash: tableHash,
        now: tx.now,
        password_weak: passwords.tables.length < LIMITS.tablePasswordMin,
      });
    }
    const stations = new Map(
      DEMO_STATIONS.map((name, i) => [
        name,
        stationsRepo.insertStation(tx.db, { store_id: storeId, name, display_order: i }),
      ]),
    );
    DEMO_MENU.forEach((group, ci) => {
      const categoryId = menuRepo.insertCategory(tx.db, {
        store_id: storeId,
        name: group.category,
        display_order: ci,
        now: tx.now,
        translations: JSON.stringify(group.tr),
        station_id: stations.get(group.station) ?? null,
      });
      group.items.forEach((dish, mi) => {
        const menuId = menuRepo.insertMenu(tx.db, {
          store_id: storeId,
          category_id: categoryId,
          name: dish.name,
          price: dish.price,
          description: dish.description,
          image_url: dish.image ? `/images/${dish.image}` : null,
          available: 1,
          display_order: mi,
          created_at: tx.now,
          updated_at: tx.now,
          translations: JSON.stringify(dish.tr),
          origin: dish.origin,
          allergens: JSON.stringify(dish.allergens),
          badges: JSON.stringify(dish.badges),
          prep_minutes: dish.prep,
        });
        (dish.groups ?? []).forEach((g, gi) => {
          const groupId = optionsRepo.insertGroup(tx.db, menuId, {
            name: g.name,
            min_select: g.min,
            max_select: g.max,
            display_order: gi,
            translations: JSON.stringify(g.tr),
          });
          g.options.forEach((o, oi) =>
            optionsRepo.insertOption(tx.db, groupId, {
              name: o.name,
              price_delta: o.delta,
              available: 1,
              display_order: oi,
              translations: JSON.stringify(o.tr),
            }),
          );
        });
      });
    });
  });
}
