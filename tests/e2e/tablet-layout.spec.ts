/**
 * The tablet menu measured, not eyeballed (T2, T8, T11): at a 10" landscape tablet, the same in
 * portrait and on a phone — no sideways scrolling, at least three tiles a row on the tablet,
 * every + at least 44×44, and the 품절 and "n개 담음" badges never on top of each other.
 */
import { expect, test, type Page } from '@playwright/test';
import { startStore, type StoreProcess } from './fixtures/store';
import { adminToken, call, tableToken } from './fixtures/api';
import { SCREENS } from './admin.helpers';
import type { MenuTree } from '../../src-shared/types';

let store: StoreProcess;
let admin: string;
let menu: MenuTree;

test.beforeAll(async () => {
  store = await startStore();
  admin = await adminToken(store);
  const { token } = await tableToken(store, 10);
  menu = (await call<MenuTree>(store, 'GET', '/api/menus', undefined, token)).data;
});
test.afterAll(async () => store?.dispose());

const bibimbap = () => menu.categories.flatMap((c) => c.menus).find((m) => m.name === '비빔밥')!;
const card = (page: Page, id: number) => page.locator(`.card[data-menu-id="${id}"]`);

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const SIZES = [
  { name: 'landscape', width: 1280, height: 800, table: 4, minPerRow: 3 },
  { name: 'portrait', width: 800, height: 1280, table: 5, minPerRow: 3 },
  { name: 'phone', width: 390, height: 844, table: 6, minPerRow: 2 },
];

for (const size of SIZES) {
  test(`${size.name} ${size.width}×${size.height}: fits, tiles a row, touch targets, badges apart`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto(`${store.url}/table/`);
    await page.getByLabel('매장 코드').fill('demo');
    await page.getByLabel('테이블 번호').fill(String(size.table));
    await page.getByLabel('비밀번호').fill(store.password);
    await page.getByRole('button', { name: '연결하기' }).click();
    const dish = bibimbap();
    await card(page, dish.id).locator('.card-add').click();
    await expect(card(page, dish.id).locator('.in-cart-badge')).toHaveText('1개 담음');

    // Sold out while in the cart: both badges must show.
    let r = await call(store, 'PUT', `/api/admin/menus/${dish.id}`, { available: false }, admin);
    expect(r.status).toBe(200);
    try {
      const soldOut = card(page, dish.id).locator('.sold-out-badge');
      await expect(soldOut).toBeVisible();
      const inCart = card(page, dish.id).locator('.in-cart-badge');
      expect(intersects((await soldOut.boundingBox())!, (await inCart.boundingBox())!)).toBe(false);

      const [scrollWidth, innerWidth] = await page.evaluate(() => [
        document.scrollingElement!.scrollWidth,
        window.innerWidth,
      ]);
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);

      // Tiles in the first section's first row.
      const tops = await page
        .locator('.menu-section')
        .first()
        .locator('.card')
        .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
      const perRow = tops.filter((t) => t === tops[0]).length;
      expect(perRow).toBeGreaterThanOrEqual(Math.min(size.minPerRow, tops.length));

      const adds = await page
        .locator('.card-add:visible')
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as Box));
      expect(adds.length).toBeGreaterThan(0);
      expect(adds.filter((b) => b.width < 44 || b.height < 44)).toEqual([]);
      // Every tile is inside the screen's width.
      const cards = await page
        .locator('.card')
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
      expect(Math.max(...cards)).toBeLessThanOrEqual(size.width);

      await page.screenshot({ path: `${SCREENS}/tablet-menu-${size.width}x${size.height}.png` });
    } finally {
      r = await call(store, 'PUT', `/api/admin/menus/${dish.id}`, { available: true }, admin);
      expect(r.status).toBe(200);
    }

    // The option sheet of a dish with options, at this size.
    const stew = menu.categories.flatMap((c) => c.menus).find((m) => m.name === '김치찌개')!;
    await card(page, stew.id).locator('.card-add').click();
    const sheet = page.getByTestId('dish-sheet');
    await expect(sheet).toBeVisible();
    const box = (await sheet.locator('.sheet').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(size.width);
    const add = (await sheet.getByTestId('sheet-add').boundingBox())!;
    expect(add.y + add.height).toBeLessThanOrEqual(size.height);
    await page.screenshot({ path: `${SCREENS}/tablet-sheet-${size.width}x${size.height}.png` });
  });
}
