/**
 * The demo store made on first run (TABLE_ORDER_DEMO=1): code `demo`, manager `admin`,
 * 10 tables and a sample Korean menu with pictures, so a fresh install does something real.
 */
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

const MENU: { category: string; items: [string, number, string, string | null][] }[] = [
  {
    category: '식사',
    items: [
      ['비빔밥', 9000, '제철 나물과 고추장, 달걀프라이를 올린 비빔밥', 'demo-bibimbap.svg'],
      ['불고기 정식', 13000, '달콤한 간장 양념 소불고기와 밥, 반찬', 'demo-bulgogi.svg'],
      ['김치볶음밥', 8500, '잘 익은 김치로 볶아 달걀을 얹은 볶음밥', null],
    ],
  },
  {
    category: '찌개·탕',
    items: [
      ['김치찌개', 9000, '돼지고기와 두부를 넣고 푹 끓인 김치찌개', 'demo-kimchi-stew.svg'],
      ['된장찌개', 8500, '애호박, 두부, 버섯을 넣은 구수한 된장찌개', 'demo-doenjang-stew.svg'],
      ['순두부찌개', 9000, '해물과 달걀을 넣은 얼큰한 순두부찌개', null],
    ],
  },
  {
    category: '안주·분식',
    items: [
      ['해물파전', 15000, '쪽파와 오징어, 새우를 듬뿍 넣은 파전', 'demo-pajeon.svg'],
      ['떡볶이', 7000, '쫄깃한 쌀떡과 어묵, 삶은 달걀', 'demo-tteokbokki.svg'],
      ['군만두', 6000, '바삭하게 구운 고기만두 6개', null],
    ],
  },
  {
    category: '음료',
    items: [
      ['식혜', 3000, '직접 만든 달콤한 전통 식혜', 'demo-sikhye.svg'],
      ['콜라', 2000, '355ml', 'demo-cola.svg'],
      ['사이다', 2000, '355ml', null],
    ],
  },
];

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
    MENU.forEach((group, ci) => {
      const categoryId = menuRepo.insertCategory(tx.db, {
        store_id: storeId,
        name: group.category,
        display_order: ci,
        now: tx.now,
      });
      group.items.forEach(([name, price, description, image], mi) => {
        menuRepo.insertMenu(tx.db, {
          store_id: storeId,
          category_id: categoryId,
          name,
          price,
          description,
          image_url: image ? `/images/${image}` : null,
          available: 1,
          display_order: mi,
          created_at: tx.now,
          updated_at: tx.now,
        });
      });
    });
  });
}
