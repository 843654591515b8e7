/**
 * Tablet offline-first (T4, offline shell): an order placed while the store server is down is
 * delivered exactly once when it is back; a reload while it is down still shows the menu, its
 * images, the cart and the outbox (service worker + localStorage). Also records reload timings.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { startStore, type StoreProcess } from './fixtures/store';
import { adminToken, call, tableToken } from './fixtures/api';
import type { AdminOrders, Menu, MenuTree, TableInfo } from '../../src-shared/types';

let store: StoreProcess;
let admin: string;
let dishes: Menu[];

test.beforeAll(async () => {
  store = await startStore();
  admin = await adminToken(store);
  const { token } = await tableToken(store, 10);
  dishes = (await call<MenuTree>(store, 'GET', '/api/menus', undefined, token)).data.categories[0]!.menus;
});

test.afterAll(async () => {
  await store?.dispose();
});

const card = (page: Page, id: number) => page.locator(`.card[data-menu-id="${id}"]`);
/** A tile's + control: adds a dish without options at once (these tests use such dishes). */
const addButton = (page: Page, id: number) => card(page, id).locator('.card-add');

async function setUp(page: Page, table: number) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${store.url}/table/`);
  await page.getByLabel('매장 코드').fill('demo');
  await page.getByLabel('테이블 번호').fill(String(table));
  await page.getByLabel('비밀번호').fill(store.password);
  await page.getByRole('button', { name: '연결하기' }).click();
  await expect(addButton(page, dishes[0]!.id)).toBeEnabled();
  // The service worker takes control of the open page (clientsClaim) once installed.
  await page.waitForFunction(() => !!navigator.serviceWorker?.controller);
}

async function tableId(n: number) {
  const r = await call<{ tables: TableInfo[] }>(store, 'GET', '/api/admin/tables', undefined, admin);
  return r.data.tables.find((t) => t.table_number === n)!.id;
}

test('an order placed while the server is down is delivered exactly once when it is back', async ({
  page,
}) => {
  await setUp(page, 7);
  const [a, b] = [dishes[0]!, dishes[1]!];
  await addButton(page, a.id).click();
  await addButton(page, a.id).click();
  await addButton(page, b.id).click();

  await store.stop();
  await expect(page.locator('.conn')).toHaveAttribute('data-state', 'reconnecting');
  await page.getByRole('button', { name: '주문하기' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '주문 확정' }).click();
  await expect(page.getByRole('dialog')).toContainText('주문을 전송 중입니다');
  await page.screenshot({ path: 'test-results/screens/tablet-offline-sending.png' });
  await page.getByRole('dialog').getByRole('button', { name: '메뉴로' }).click();
  await expect(page.getByTestId('cart-total')).toHaveText('0원');

  // A reload while the server is still down: the shell comes from the service worker,
  // the waiting order from localStorage.
  await page.reload();
  await expect(card(page, a.id)).toBeVisible();
  await page.getByRole('button', { name: '주문 내역' }).click();
  const waiting = page.locator('.order-card.pending-send');
  await expect(waiting).toHaveCount(1);
  await expect(waiting).toContainText('전송 중…');
  await expect(waiting).toContainText(`${a.name} × 2`);
  await expect(page.locator('.conn')).toContainText('전송 중…');
  await page.screenshot({ path: 'test-results/screens/tablet-offline.png' });

  await store.restart();
  // SSE reconnects within its backoff (≤ 30 s) and flushes the outbox at once.
  await expect(waiting).toHaveCount(0, { timeout: 45_000 });
  const delivered = page.locator('.order-card:not(.pending-send)');
  await expect(delivered).toHaveCount(1);
  // Guests see the short daily number; the full ORD-… number is on the element for staff tools.
  await expect(delivered).toContainText(/주문번호 \d+/);
  await expect(delivered.locator('[data-order-number]')).toHaveAttribute(
    'data-order-number',
    /^ORD-\d{8}-\d{4}$/,
  );
  await expect(page.locator('.conn')).toHaveAttribute('data-state', 'live');

  // Once more after another reload: nothing is sent twice.
  await page.reload();
  await expect(page.locator('.conn')).toHaveAttribute('data-state', 'live');
  const r = await call<AdminOrders>(
    store,
    'GET',
    `/api/admin/orders?status=pending,preparing,completed&table_id=${await tableId(7)}`,
    undefined,
    admin,
  );
  expect(r.status).toBe(200);
  expect(r.data.orders).toHaveLength(1);
  expect(r.data.orders[0]!.items.map((i) => [i.menu_id, i.quantity])).toEqual([
    [a.id, 2],
    [b.id, 1],
  ]);
});

test('a reload while the server is down shows the last menu, its images and the cart', async ({ page }) => {
  await setUp(page, 8);
  // Loaded once through the service worker, so the menu and images are in its caches.
  await page.reload();
  const withImage = dishes.find((d) => d.image_url)!;
  await expect(card(page, withImage.id).locator('img')).toBeVisible();
  await page.waitForFunction(async () => {
    const menu = await (await caches.open('table-menu')).keys();
    const images = await (await caches.open('table-images')).keys();
    return menu.length > 0 && images.length > 0;
  });
  await addButton(page, dishes[0]!.id).click();

  const timings: { up: number[]; down: number[] } = { up: [], down: [] };
  const reloadUntilUsable = async () => {
    const start = Date.now();
    // From the start of the navigation, not the load event: what counts is a tappable menu.
    await page.reload({ waitUntil: 'commit' });
    await expect(addButton(page, dishes[0]!.id)).toBeEnabled();
    return Date.now() - start;
  };
  for (let i = 0; i < 5; i++) timings.up.push(await reloadUntilUsable());

  await store.stop();
  for (let i = 0; i < 5; i++) timings.down.push(await reloadUntilUsable());

  // Without the localStorage copy, the menu must come from the service worker's cache.
  await page.evaluate(() => localStorage.removeItem('table-order.tablet.menu'));
  await page.reload();
  await expect(addButton(page, dishes[0]!.id)).toBeEnabled();
  const img = card(page, withImage.id).locator('img');
  await expect(img).toBeVisible();
  expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
  await expect(page.locator('.cart-line')).toHaveCount(1);
  await expect(page.locator('.conn')).not.toHaveAttribute('data-state', 'live');
  await page.screenshot({ path: 'test-results/screens/tablet-offline-menu.png' });

  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  const report = { ...timings, median_up_ms: median(timings.up), median_down_ms: median(timings.down) };
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/tablet-timing.json', JSON.stringify(report, null, 2));
  test.info().annotations.push({ type: 'reload-to-usable-menu', description: JSON.stringify(report) });
  await store.restart();
});

test('an order still waiting when the visit ends (이용 완료) is dropped with a message, not billed to the next guest', async ({
  page,
}) => {
  await setUp(page, 8);
  const dish = dishes[0]!;
  // The first order starts the visit; the tablet now knows its session.
  await addButton(page, dish.id).click();
  await page.getByRole('button', { name: '주문하기' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '주문 확정' }).click();
  await expect(page.getByTestId('order-number')).toHaveAttribute('data-order-number', /^ORD-\d{8}-\d{4}$/);
  await expect(page.getByRole('dialog')).toBeHidden({ timeout: 10_000 });

  // The next order cannot reach the store (Wi-Fi gone) and waits in the outbox.
  await page.route('**/api/orders', (route) =>
    route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.fallback(),
  );
  await addButton(page, dish.id).click();
  await page.getByRole('button', { name: '주문하기' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '주문 확정' }).click();
  await expect(page.getByRole('dialog')).toContainText('주문을 전송 중입니다');
  await page.getByRole('dialog').getByRole('button', { name: '메뉴로' }).click();

  // Meanwhile the staff ends the visit; then the order gets through.
  const end = await call(
    store,
    'POST',
    `/api/admin/tables/${await tableId(8)}/session/end`,
    undefined,
    admin,
  );
  expect(end.status).toBe(200);
  await page.unroute('**/api/orders');
  await expect(page.getByRole('alert')).toContainText('테이블 이용이 끝나 취소했습니다', { timeout: 45_000 });
  await page.getByRole('button', { name: '주문 내역' }).click();
  await expect(page.locator('.order-card.pending-send')).toHaveCount(0);
  await expect(page.getByTestId('cart-total')).toHaveText('0원');

  const r = await call<AdminOrders>(
    store,
    'GET',
    `/api/admin/orders?status=pending,preparing,completed&table_id=${await tableId(8)}`,
    undefined,
    admin,
  );
  expect(r.data.orders).toHaveLength(0);
});
