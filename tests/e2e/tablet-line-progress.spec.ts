/**
 * K6 on the tablet: my orders show each line's own progress, live from `order.updated` when the
 * kitchen bumps one line (PUT /api/admin/orders/:id/items/:item_id/status), in every guest
 * language; and the lines still fit a landscape tablet, a portrait tablet and a phone (measured).
 */
import { expect, test, type Page } from '@playwright/test';
import { startStore, type StoreProcess } from './fixtures/store';
import { adminToken, call, placeOrder } from './fixtures/api';
import { SCREENS } from './admin.helpers';
import type { Order } from '../../src-shared/types';

let store: StoreProcess;
let admin: string;

test.beforeAll(async () => {
  store = await startStore();
  admin = await adminToken(store);
});
test.afterAll(async () => store?.dispose());

async function openMyOrders(page: Page, table: number) {
  await page.goto(`${store.url}/table/`);
  await page.getByLabel('매장 코드').fill('demo');
  await page.getByLabel('테이블 번호').fill(String(table));
  await page.getByLabel('비밀번호').fill(store.password);
  await page.getByRole('button', { name: '연결하기' }).click();
  await expect(page.getByText(`${table}번 테이블`)).toBeVisible();
  await expect(page.locator('.conn')).toHaveAttribute('data-state', 'live');
  await page.getByRole('button', { name: '주문 내역' }).click();
}

const line = (page: Page, order: Order, index: number) =>
  page.locator(`.order-card[data-order-id="${order.id}"] li[data-item-id="${order.items[index]!.id}"]`);

async function bump(order: Order, index: number, status: 'preparing' | 'completed' | 'pending') {
  const r = await call<Order>(
    store,
    'PUT',
    `/api/admin/orders/${order.id}/items/${order.items[index]!.id}/status`,
    { status },
    admin,
  );
  expect(r.status).toBe(200);
  return r.data;
}

test('one line bumped over the API shows 준비중 then 완료 live; the other stays 대기중', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const order = await placeOrder(store, 7, 2);
  expect(order.items).toHaveLength(2);
  await openMyOrders(page, 7);
  const card = page.locator(`.order-card[data-order-id="${order.id}"]`);
  await expect(line(page, order, 0).locator('.line-status')).toHaveText('대기중');
  await expect(line(page, order, 1).locator('.line-status')).toHaveText('대기중');
  await expect(card.locator('.order-head .status')).toHaveText('대기중');

  const started = await bump(order, 0, 'preparing');
  expect(started.status).toBe('preparing');
  await expect(line(page, order, 0).locator('.line-status')).toHaveText('준비중');
  await expect(line(page, order, 0)).toHaveAttribute('data-line-status', 'preparing');
  await expect(line(page, order, 1).locator('.line-status')).toHaveText('대기중');
  // The order follows its lines: one line started → the order is 준비중.
  await expect(card.locator('.order-head .status')).toHaveText('준비중');

  await bump(order, 0, 'completed');
  await expect(line(page, order, 0).locator('.line-status')).toHaveText('완료');
  await expect(line(page, order, 1).locator('.line-status')).toHaveText('대기중');
  await expect(line(page, order, 1)).toHaveAttribute('data-line-status', 'pending');
  await expect(card.locator('.order-head .status')).toHaveText('준비중');
  await page.screenshot({ path: `${SCREENS}/tablet-line-progress-1280x800.png` });

  // The guest's language applies to the line pills too.
  for (const [lang, done, waiting] of [
    ['en', 'Completed', 'Pending'],
    ['zh', '已完成', '等待中'],
    ['ja', '完了', '受付済み'],
    ['ko', '완료', '대기중'],
  ] as const) {
    await page.getByLabel(/Language/).selectOption(lang);
    await expect(line(page, order, 0).locator('.line-status')).toHaveText(done);
    await expect(line(page, order, 1).locator('.line-status')).toHaveText(waiting);
  }

  // The last line done completes the order, on the tablet too.
  const finished = await bump(order, 1, 'preparing').then(() => bump(order, 1, 'completed'));
  expect(finished.status).toBe('completed');
  await expect(line(page, order, 1).locator('.line-status')).toHaveText('완료');
  await expect(card.locator('.order-head .status')).toHaveText('완료');
});

const SIZES = [
  { width: 1280, height: 800, table: 8 },
  { width: 800, height: 1280, table: 9 },
  { width: 390, height: 844, table: 6 },
];

for (const size of SIZES) {
  test(`${size.width}×${size.height}: line pills and prices on one row, nothing overflows`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    const order = await placeOrder(store, size.table, 3);
    await bump(order, 0, 'preparing');
    await bump(order, 1, 'preparing');
    await bump(order, 1, 'completed');
    await openMyOrders(page, size.table);
    await expect(line(page, order, 1).locator('.line-status')).toHaveText('완료');

    for (const lang of ['ko', 'en', 'ja'] as const) {
      await page.getByLabel(/Language/).selectOption(lang);
      const boxes = await page.locator('.order-card').evaluateAll((cards) =>
        cards.map((card) => {
          const c = card.getBoundingClientRect();
          const lines = [...card.querySelectorAll('.order-lines li')].map((li) => {
            const pill = li.querySelector('.line-status')!.getBoundingClientRect();
            const price = li.querySelector('.order-line-price')!.getBoundingClientRect();
            // A wrapped text is at least two lines of about 1.2 em each; one line stays under 2 em.
            const em = (sel: string) => parseFloat(getComputedStyle(li.querySelector(sel)!).fontSize);
            return {
              pill: pill.toJSON(),
              price: price.toJSON(),
              pillEm: em('.line-status'),
              priceEm: em('.order-line-price'),
            };
          });
          const head = card.querySelector('.order-head .status')!.getBoundingClientRect();
          return {
            card: c.toJSON(),
            lines,
            head: head.toJSON(),
            overflow: card.scrollWidth > card.clientWidth,
          };
        }),
      );
      expect(boxes.length).toBeGreaterThan(0);
      for (const b of boxes) {
        expect(b.overflow, lang).toBe(false);
        expect(b.head.height, `${lang}: the order's pill wraps`).toBeLessThan(40);
        for (const l of b.lines) {
          // One text row each (a wrapped pill would be two line-heights tall).
          expect(l.pill.height, `${lang}: a line pill wraps`).toBeLessThan(l.pillEm * 2.2);
          expect(l.price.height, `${lang}: a price wraps`).toBeLessThan(l.priceEm * 2);
          // Pill left of the price on the same row, both inside the card.
          expect(l.pill.right).toBeLessThanOrEqual(l.price.left);
          expect(Math.abs(l.pill.top - l.price.top)).toBeLessThan(l.priceEm);
          expect(l.price.right).toBeLessThanOrEqual(b.card.right);
          expect(l.pill.left).toBeGreaterThanOrEqual(b.card.left);
        }
      }
      const [scrollWidth, innerWidth] = await page.evaluate(() => [
        document.scrollingElement!.scrollWidth,
        window.innerWidth,
      ]);
      expect(scrollWidth, lang).toBeLessThanOrEqual(innerWidth);
    }
    await page.getByLabel(/Language/).selectOption('ko');
    await page.screenshot({ path: `${SCREENS}/tablet-line-progress-${size.width}x${size.height}.png` });
  });
}
