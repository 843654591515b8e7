/**
 * Kitchen board K1/K8 look and feel: the ticket timer changes colour as it ages (with Playwright's
 * clock, not minutes of waiting), by the dishes' prep targets or else the device's thresholds,
 * and a busy 1080p board reads well.
 */
import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { startStore, type StoreProcess } from './fixtures/store';
import { signInKitchen, ticketOf } from './kitchen.helpers';
import { adminToken, call, placeOrder, tableToken } from './fixtures/api';
import type { MenuTree, Order, TableInfo } from '../../src-shared/types';

let store: StoreProcess;

test.beforeAll(async () => {
  store = await startStore();
});
test.afterAll(async () => store?.dispose());

const signIn = (page: Page) => signInKitchen(page, store);

/**
 * The board reads the server's time from the Date header of /health. A test that moves only the
 * page's clock to age tickets takes that away, so the board keeps the page's clock.
 */
async function noServerClock(page: Page) {
  await page.route('**/health', (route) => route.abort());
}

const ticket = ticketOf;

/** Sets the prep target (minutes, null = none) of the order's dishes; the board hears menu.updated. */
async function setPrep(order: Order, minutes: number | null) {
  const admin = await adminToken(store);
  for (const id of new Set(order.items.map((i) => i.menu_id))) {
    const r = await call(store, 'PUT', `/api/admin/menus/${id}`, { prep_minutes: minutes }, admin);
    expect(r.status).toBe(200);
  }
}

test('the ticket timer turns amber at 5 minutes and red at 10; thresholds are settings; a prep target wins', async ({
  page,
}) => {
  await page.clock.install();
  await noServerClock(page);
  // A dish without a prep target: the device's minutes apply.
  const order = await placeOrder(store, 6);
  await setPrep(order, null);
  await signIn(page);
  await expect(ticket(page, order)).toHaveAttribute('data-age', 'fresh');
  const headColour = () =>
    ticket(page, order)
      .locator('.ticket-head')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
  const fresh = await headColour();

  await page.clock.fastForward('05:01');
  await expect(ticket(page, order)).toHaveAttribute('data-age', 'warn');
  await expect(ticket(page, order).getByTestId('elapsed')).toHaveText(/^5:0\d$/);
  const warn = await headColour();
  expect(warn).not.toBe(fresh);

  await page.clock.fastForward('05:00');
  await expect(ticket(page, order)).toHaveAttribute('data-age', 'late');
  expect(await headColour()).not.toBe(warn);

  // Thresholds 15/30 make a 10-minute ticket fresh again, and they stay after a reload.
  await page.getByTestId('open-settings').click();
  await page.getByLabel('주황색으로 바뀌는 시간 (분)').fill('15');
  await page.getByLabel('빨간색으로 바뀌는 시간 (분)').fill('30');
  await page.getByRole('button', { name: '저장' }).click();
  await expect(ticket(page, order)).toHaveAttribute('data-age', 'fresh');
  await page.reload();
  await expect(ticket(page, order)).toHaveAttribute('data-age', 'fresh');
  await page.clock.fastForward('06:00');
  await expect(ticket(page, order)).toHaveAttribute('data-age', 'warn');

  // A prep target of 12 minutes: this 16-minute ticket missed it. One of 30: fresh (amber at 21).
  await setPrep(order, 12);
  await expect(ticket(page, order)).toHaveAttribute('data-age', 'late');
  await setPrep(order, 30);
  await expect(ticket(page, order)).toHaveAttribute('data-age', 'fresh');
  await page.clock.fastForward('05:00');
  await expect(ticket(page, order)).toHaveAttribute('data-age', 'warn');

  // An impossible pair is refused.
  await page.getByTestId('open-settings').click();
  await page.getByLabel('주황색으로 바뀌는 시간 (분)').fill('20');
  await page.getByLabel('빨간색으로 바뀌는 시간 (분)').fill('10');
  await page.getByRole('button', { name: '저장' }).click();
  await expect(page.getByTestId('settings').getByRole('alert')).toBeVisible();
  await page.getByRole('button', { name: '닫기' }).click();
});

test("ticket ages follow the server's clock, not a screen whose clock is an hour off", async ({ page }) => {
  await page.clock.install({ time: Date.now() + 60 * 60_000 });
  await signIn(page);
  const order = await placeOrder(store, 7);
  await expect(ticket(page, order)).toHaveAttribute('data-age', 'fresh');
  await expect(ticket(page, order).getByTestId('elapsed')).toHaveText(/^0:\d\d$/);
});

test('a busy board: 24 tickets across 10 tables at 1920x1080', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  // Start from an empty board: end the sessions earlier tests left open.
  const admin = await adminToken(store);
  const tables = await call<{ tables: TableInfo[] }>(store, 'GET', '/api/admin/tables', undefined, admin);
  for (const t of tables.data.tables.filter((t) => t.session)) {
    expect(
      (await call(store, 'POST', `/api/admin/tables/${t.id}/session/end`, undefined, admin)).status,
    ).toBe(200);
  }
  await page.clock.install();
  await signIn(page);

  // Varied orders: different dishes and quantities per ticket.
  const firstLogin = await tableToken(store, 1);
  const menu = await call<MenuTree>(store, 'GET', '/api/menus', undefined, firstLogin.token);
  const dishes = menu.data.categories
    .flatMap((c) => c.menus)
    .filter((m) => m.available && !m.option_groups.some((g) => g.min_select > 0));
  const orders: Order[] = [];
  for (let i = 0; i < 24; i++) {
    const { token } = await tableToken(store, (i % 10) + 1);
    const lines = 1 + ((i * 7) % 4);
    const items = Array.from({ length: lines }, (_, j) => ({
      menu_id: dishes[(i * 3 + j * 5) % dishes.length]!.id,
      quantity: 1 + ((i + j) % 3 === 0 ? 1 : 0) + (j === 0 && i % 5 === 0 ? 2 : 0),
    })).filter((item, k, all) => all.findIndex((x) => x.menu_id === item.menu_id) === k);
    const r = await call<Order>(
      store,
      'POST',
      '/api/orders',
      { client_order_id: randomUUID(), items },
      token,
    );
    expect(r.status).toBe(201);
    orders.push(r.data);
  }
  const setStatus = (o: Order, status: string) =>
    call(store, 'PUT', `/api/admin/orders/${o.id}/status`, { status }, admin).then((r) =>
      expect(r.status).toBe(200),
    );
  for (const o of orders.slice(0, 5)) {
    await setStatus(o, 'preparing');
    await setStatus(o, 'completed');
  }
  for (const o of orders.slice(5, 13)) await setStatus(o, 'preparing');

  await expect(page.getByTestId('count-pending')).toContainText('11');
  await expect(page.getByTestId('count-preparing')).toContainText('8');
  await expect(page.getByTestId('column-completed').getByTestId('ticket')).toHaveCount(5);

  // Age the oldest half past the amber line, so the screenshot shows both colours.
  const middle = new Date(orders[12]!.created_at).getTime();
  const pageNow = await page.evaluate(() => Date.now());
  // 8 minutes: past amber for 10-minute dishes (amber at 7), not yet for 12- and 15-minute ones.
  await page.clock.fastForward(Math.max(0, middle + 8 * 60_000 - 2_000 - pageNow));
  await expect(page.locator('[data-age=warn]').first()).toBeVisible();
  await expect(page.locator('[data-age=fresh]').first()).toBeVisible();
  // Jumping the clock trips the silence watchdog; wait until the board says it is live again.
  await expect(page.getByTestId('connection-banner')).toHaveCount(0, { timeout: 20_000 });
  // Signing in was the gesture that unlocked the chime: no sound prompt on this board.
  await expect(page.getByTestId('enable-sound')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/kitchen-busy-board.png' });
});
