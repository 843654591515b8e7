/**
 * Tablet reliability on a hostile LAN (T1, T4, T5): a QR-paired tablet keeps working after its
 * 16 h token expired (device key, no typing); an unpaired tablet says so on the setup screen;
 * a reload while the store server is down still shows the last known orders and total, marked
 * as such, with the queued order, and live data replaces them once the server is back.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { startStore, type StoreProcess } from './fixtures/store';
import { adminToken, call, tableToken } from './fixtures/api';
import type { AdminOrders, Menu, MenuTree, PairingCode, TableInfo } from '../../src-shared/types';

let store: StoreProcess;
let admin: string;
let dishes: Menu[];

test.beforeAll(async () => {
  store = await startStore();
  admin = await adminToken(store);
  const { token } = await tableToken(store, 10);
  // Dishes of the first category: the one the menu opens on.
  const menu = (await call<MenuTree>(store, 'GET', '/api/menus', undefined, token)).data;
  // Dishes that need no choice: the tile's + adds them straight to the cart.
  dishes = menu.categories[0]!.menus.filter(
    (m) => m.available && !m.option_groups.some((g) => g.min_select > 0),
  );
  expect(dishes.length).toBeGreaterThanOrEqual(2);
});

test.afterAll(async () => {
  await store?.dispose();
});

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
});

const card = (page: Page, id: number) => page.locator(`.card[data-menu-id="${id}"]`);
const HOUR = 3600_000;

async function tableId(n: number) {
  const r = await call<{ tables: TableInfo[] }>(store, 'GET', '/api/admin/tables', undefined, admin);
  return r.data.tables.find((t) => t.table_number === n)!.id;
}

async function pairByQr(page: Page, table: number) {
  const r = await call<PairingCode>(
    store,
    'POST',
    `/api/admin/tables/${await tableId(table)}/pairing`,
    undefined,
    admin,
  );
  expect(r.status).toBe(201);
  await page.goto(`${store.url}/table/pair?code=${encodeURIComponent(r.data.pairing_code)}`);
  await expect(page.getByText(`${table}번 테이블`)).toBeVisible();
  await expect(card(page, dishes[0]!.id)).toBeEnabled();
}

/** The store's own database file, as an outside tool would open it (the server runs in another process). */
function expireTokensOf(tableIdValue: number) {
  const db = new Database(path.join(store.dataDir, 'table-order.db'));
  try {
    const past = new Date(Date.now() - 1000).toISOString();
    return db.prepare('UPDATE auth_tokens SET expires_at = ? WHERE table_id = ?').run(past, tableIdValue)
      .changes;
  } finally {
    db.close();
  }
}

const storedSession = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('table-order.tablet.session') ?? 'null'));
const storedCredentials = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('table-order.tablet.credentials') ?? 'null'));

async function order(page: Page, dish: Menu) {
  await card(page, dish.id).locator('.card-add').click();
  await page.getByRole('button', { name: '주문하기' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '주문 확정' }).click();
}

async function ordersOfTable(n: number) {
  const r = await call<AdminOrders>(
    store,
    'GET',
    `/api/admin/orders?status=pending,preparing,completed&table_id=${await tableId(n)}`,
    undefined,
    admin,
  );
  expect(r.status).toBe(200);
  return r.data.orders;
}

test('a QR-paired tablet keeps working 16 h later without setup: it logs in again with its device key', async ({
  page,
}) => {
  await page.clock.install();
  await pairByQr(page, 1);
  const creds = await storedCredentials(page);
  expect(creds).toEqual({ store_code: 'demo', table_number: 1, device_key: expect.any(String) });
  const first = await storedSession(page);

  // 16 hours pass: the server no longer accepts the token, the tablet's clock says it expired.
  expect(expireTokensOf(await tableId(1))).toBeGreaterThan(0);
  await page.clock.fastForward(16 * HOUR + 60_000);
  await expect.poll(async () => (await storedSession(page)).token).not.toBe(first.token);
  await expect(page.getByRole('heading', { name: '태블릿 설정' })).toBeHidden();
  await expect(page.locator('.conn')).toHaveAttribute('data-state', 'live');
  await order(page, dishes[0]!);
  await expect(page.getByTestId('order-number')).toHaveAttribute('data-order-number', /^ORD-\d{8}-\d{4}$/);

  // Once more across a reload: the expired token is replaced before the first call needs it.
  const second = await storedSession(page);
  expect(expireTokensOf(await tableId(1))).toBeGreaterThan(0);
  await page.clock.fastForward(16 * HOUR + 60_000);
  await page.reload();
  await expect(card(page, dishes[0]!.id)).toBeEnabled();
  await expect(page.locator('.conn')).toHaveAttribute('data-state', 'live');
  expect((await storedSession(page)).token).not.toBe(second.token);
  await expect(page.getByRole('heading', { name: '태블릿 설정' })).toBeHidden();
});

test('an unpaired tablet returns to setup and says why', async ({ page }) => {
  await pairByQr(page, 2);
  const r = await call(store, 'DELETE', `/api/admin/tables/${await tableId(2)}/devices`, undefined, admin);
  expect(r.status).toBe(200);
  // The live channel closes: the tablet tries its key, which is refused.
  await expect(page.getByRole('heading', { name: '태블릿 설정' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('이 태블릿의 연결이 해제되었습니다');
  await expect(page.getByLabel('테이블 번호')).toHaveValue('2');
  expect((await storedCredentials(page)).device_key).toBeUndefined();
  await page.screenshot({ path: 'test-results/screens/tablet-unpaired.png' });

  // Field errors show next to the fields, in the tablet's language.
  await page.getByLabel('테이블 번호').fill('0');
  await page.getByRole('button', { name: '연결하기' }).click();
  await expect(page.locator('#table_number-error')).toHaveText('1부터 999까지의 숫자를 입력하세요.');
  await expect(page.locator('#password-error')).toHaveText('입력해 주세요.');
  await page.getByLabel(/Language/).selectOption('en');
  await expect(page.locator('#table_number-error')).toHaveText('Enter a number from 1 to 999.');
  await page.getByLabel(/Language/).selectOption('ko');
  await page.getByLabel('테이블 번호').fill('2');
  await expect(page.locator('#table_number-error')).toBeHidden();
  await page.getByLabel('비밀번호').fill(store.password);
  await page.getByRole('button', { name: '연결하기' }).click();
  await expect(page.getByText('2번 테이블')).toBeVisible();
  expect((await storedCredentials(page)).device_key).toEqual(expect.any(String));
  expect((await storedCredentials(page)).password).toBeUndefined();
});

test('a reload while the server is down shows the last known orders and total, then live data', async ({
  page,
}) => {
  // Two server restarts and two reloads: more than the default budget on a busy machine.
  test.slow();
  await pairByQr(page, 3);
  await page.waitForFunction(() => !!navigator.serviceWorker?.controller);
  const [a, b] = [dishes[0]!, dishes[1]!];
  await order(page, a);
  await expect(page.getByTestId('order-number')).toHaveAttribute('data-order-number', /^ORD-\d{8}-\d{4}$/);
  const placed = (await page.getByTestId('order-number').getAttribute('data-order-number'))!;
  await page.getByRole('dialog').getByRole('button', { name: '메뉴로' }).click();

  await store.stop();
  await expect(page.locator('.conn')).toHaveAttribute('data-state', 'reconnecting');
  await order(page, b);
  await expect(page.getByRole('dialog')).toContainText('주문을 전송 중입니다');
  await page.getByRole('dialog').getByRole('button', { name: '메뉴로' }).click();

  await page.reload();
  await expect(card(page, a.id)).toBeEnabled();
  await page.getByRole('button', { name: '주문 내역' }).click();
  const note = page.getByTestId('last-known');
  await expect(note).toContainText('마지막으로 확인한 주문 (오프라인)');
  await expect(note).toContainText(/\d{2}:\d{2} 기준/);
  await expect(page.locator('.order-card:not(.pending-send)')).toHaveCount(1);
  await expect(page.locator(`.order-card:not(.pending-send) [data-order-number="${placed}"]`)).toHaveCount(1);
  await expect(page.getByTestId('orders-total')).toHaveText(`${a.price.toLocaleString('en-US')}원`);
  const waiting = page.locator('.order-card.pending-send');
  await expect(waiting).toHaveCount(1);
  await expect(waiting).toContainText(`${b.name} × 1`);
  await page.screenshot({ path: 'test-results/tablet-offline-reload-1280.png' });
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(note).toBeVisible();
  await page.screenshot({ path: 'test-results/tablet-offline-reload-390.png', fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  await store.restart();
  await expect(note).toBeHidden({ timeout: 45_000 });
  await expect(waiting).toHaveCount(0, { timeout: 45_000 });
  await expect(page.locator('.order-card')).toHaveCount(2);
  await expect(page.getByTestId('orders-total')).toHaveText(
    `${(a.price + b.price).toLocaleString('en-US')}원`,
  );
  await expect(page.locator('.conn')).toHaveAttribute('data-state', 'live');

  // Exactly once, also after another reload.
  await page.reload();
  await expect(page.locator('.conn')).toHaveAttribute('data-state', 'live');
  await page.getByRole('button', { name: '주문 내역' }).click();
  await expect(page.locator('.order-card')).toHaveCount(2);
  await expect(page.getByTestId('last-known')).toBeHidden();
  const orders = await ordersOfTable(3);
  expect(orders.map((o) => o.items.map((i) => [i.menu_id, i.quantity]))).toEqual(
    expect.arrayContaining([[[a.id, 1]], [[b.id, 1]]]),
  );
  expect(orders).toHaveLength(2);
});
