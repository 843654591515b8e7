/**
 * A2 "reconnects by itself and never misses an event": the store server stops and starts
 * again on the same port and data; orders placed right after the restart, before the page
 * has reconnected, appear on the dashboard once it is back.
 */
import { expect, test } from '@playwright/test';
import { startStore, type StoreProcess } from './fixtures/store';
import { placeOrder } from './fixtures/api';
import { loginAdmin, SCREENS } from './admin.helpers';

let store: StoreProcess;
test.beforeAll(async () => {
  store = await startStore();
});
test.afterAll(async () => {
  await store?.dispose();
});

test('the dashboard shows "reconnecting", comes back after a restart and shows the missed orders', async ({
  page,
}) => {
  await loginAdmin(page, store);
  const before = await placeOrder(store, 6, 1);
  await expect(page.getByTestId('table-card-6').getByText(before.order_number)).toBeVisible({
    timeout: 2000,
  });

  await store.stop();
  const conn = page.getByTestId('connection');
  await expect(conn).toHaveAttribute('data-state', 'reconnecting');
  await expect(conn).toContainText('재연결 중');
  await page.screenshot({ path: `${SCREENS}/admin-reconnecting.png` });

  await store.restart();
  // Placed at once: the page is still waiting out its backoff, so it learns of these only by
  // resuming from its Last-Event-ID.
  const missed = [await placeOrder(store, 6, 1), await placeOrder(store, 7, 2)];
  // Backoff (1 s, 2 s, 4 s, …) plus the restart itself: allow for a few rounds.
  await expect(conn).toHaveAttribute('data-state', 'live', { timeout: 30_000 });
  for (const o of missed) {
    const card = page.getByTestId(`table-card-${o.table_number}`);
    await expect(card.getByText(o.order_number)).toBeVisible();
    await expect(card).toHaveClass(/has-new/);
  }
  await expect(page.getByTestId('table-card-6')).toContainText('주문 2건');

  // And live events flow again on the new connection.
  const after = await placeOrder(store, 8, 1);
  await expect(page.getByTestId('table-card-8').getByText(after.order_number)).toBeVisible({ timeout: 2000 });
});
