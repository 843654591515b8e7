/**
 * Kitchen board K4: the store server stops and comes back; orders placed right after the restart,
 * while the board is still backing off, all reach the board, and none shows twice.
 */
import { expect, test, type Page } from '@playwright/test';
import { startStore, type StoreProcess } from './fixtures/store';
import { signInKitchen } from './kitchen.helpers';
import { adminToken, call, placeOrder } from './fixtures/api';
import type { Order } from '../../src-shared/types';

let store: StoreProcess;

test.beforeAll(async () => {
  store = await startStore();
});
test.afterAll(async () => store?.dispose());

const signIn = (page: Page) => signInKitchen(page, store);

/** Order numbers of every ticket on the board, in all columns. */
const boardNumbers = (page: Page) =>
  page.getByTestId('ticket').evaluateAll((els) => els.map((el) => el.getAttribute('data-order-number')!));

test('stop, restart, orders placed while the board reconnects: every order once', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await signIn(page);

  const before: Order[] = [];
  for (const table of [1, 2, 3]) before.push(await placeOrder(store, table));
  for (const o of before)
    await expect(page.locator(`[data-order-number="${o.order_number}"]`)).toHaveCount(1);

  await store.stop();
  const banner = page.getByTestId('connection-banner');
  await expect(banner).toHaveAttribute('data-state', 'reconnecting');
  await expect(page.getByTestId('live-indicator')).toHaveAttribute('data-state', 'reconnecting');
  // The "offline for" time ticks, so nobody mistakes a frozen board for a quiet one.
  const first = await page.getByTestId('offline-for').textContent();
  await expect(page.getByTestId('offline-for')).not.toHaveText(first!);
  await page.screenshot({ path: 'test-results/screens/kitchen-reconnecting.png' });

  await store.restart();
  // Right away, while the board sleeps in its backoff: new orders and a bump from another screen.
  const after: Order[] = [];
  for (const table of [4, 5, 6, 1, 2]) after.push(await placeOrder(store, table, 2));
  const token = await adminToken(store);
  const bumped = await call(
    store,
    'PUT',
    `/api/admin/orders/${before[0]!.id}/status`,
    { status: 'preparing' },
    token,
  );
  expect(bumped.status).toBe(200);
  // Recorded, not asserted: whether the orders really landed during the backoff depends on timing.
  // The board may already be live (no banner to read): do not wait for one.
  test.info().annotations.push({
    type: 'board state after the post-restart orders',
    description: (await banner.getAttribute('data-state', { timeout: 500 }).catch(() => null)) ?? 'live',
  });

  await expect(banner).toHaveCount(0, { timeout: 45_000 });
  await expect(page.getByTestId('live-indicator')).toHaveAttribute('data-state', 'live');
  const all = [...before, ...after];
  for (const o of all) await expect(page.locator(`[data-order-number="${o.order_number}"]`)).toHaveCount(1);
  await expect(page.locator(`[data-order-number="${before[0]!.order_number}"]`)).toHaveAttribute(
    'data-status',
    'preparing',
  );

  const numbers = await boardNumbers(page);
  expect(numbers.length).toBe(all.length);
  expect(new Set(numbers).size).toBe(numbers.length);
  expect(new Set(numbers)).toEqual(new Set(all.map((o) => o.order_number)));

  // A hard kill (no goodbye on the socket) heals the same way.
  await store.kill();
  await expect(banner).toHaveAttribute('data-state', 'reconnecting', { timeout: 45_000 });
  await store.restart();
  const late = await placeOrder(store, 7);
  await expect(banner).toHaveCount(0, { timeout: 45_000 });
  await expect(page.locator(`[data-order-number="${late.order_number}"]`)).toHaveCount(1);
  const final = await boardNumbers(page);
  expect(final.length).toBe(all.length + 1);
  expect(new Set(final).size).toBe(final.length);
});
