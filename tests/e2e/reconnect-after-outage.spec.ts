/**
 * After a long outage (~15 s, when the backoff has grown to 16 s) the kitchen board and the
 * admin dashboard are live again moments after the store server listens once more: they probe
 * /health while disconnected instead of sleeping out the backoff.
 */
import { expect, test } from '@playwright/test';
import { startStore, type StoreProcess } from './fixtures/store';
import { placeOrder } from './fixtures/api';
import { loginAdmin } from './admin.helpers';
import { signInKitchen, ticketOf } from './kitchen.helpers';

let store: StoreProcess;
test.beforeAll(async () => {
  store = await startStore();
});
test.afterAll(async () => store?.dispose());

test('kitchen board and admin dashboard are live again right after a 15 s outage ends', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const kitchen = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  const admin = await (await browser.newContext()).newPage();
  await signInKitchen(kitchen, store);
  await loginAdmin(admin, store);
  const banner = kitchen.getByTestId('connection-banner');
  const conn = admin.getByTestId('connection');
  await expect(conn).toHaveAttribute('data-state', 'live');

  await store.stop();
  await expect(banner).toHaveAttribute('data-state', 'reconnecting');
  await expect(conn).toHaveAttribute('data-state', 'reconnecting');
  // Long enough for the backoff to reach 8 s and then 16 s.
  await new Promise((r) => setTimeout(r, 15_000));

  await store.restart();
  // Counted from the server's listen: a few seconds even on a busy machine, not the next backoff tick.
  await expect(banner).toHaveCount(0, { timeout: 3000 });
  await expect(kitchen.getByTestId('live-indicator')).toHaveAttribute('data-state', 'live', {
    timeout: 3000,
  });
  await expect(conn).toHaveAttribute('data-state', 'live', { timeout: 3000 });

  // And live events flow on the new connections.
  const order = await placeOrder(store, 3, 1);
  await expect(ticketOf(kitchen, order)).toHaveCount(1);
  await expect(admin.getByTestId('table-card-3').getByText(order.order_number)).toBeVisible();
});
