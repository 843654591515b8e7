/**
 * Kitchen board K8 hands-free: a keyboard or USB bump bar drives the board on its own — digits
 * and arrows select (with a visible ring), Enter and Space bump, R and Backspace recall.
 */
import { expect, test, type Page } from '@playwright/test';
import { startStore, type StoreProcess } from './fixtures/store';
import { clearTables, signInKitchen, ticketOf } from './kitchen.helpers';
import { adminToken, call, placeOrder } from './fixtures/api';
import type { Order } from '../../src-shared/types';

let store: StoreProcess;

test.beforeAll(async () => {
  store = await startStore();
});
test.afterAll(async () => store?.dispose());

const selected = (page: Page) => page.locator('[data-testid=ticket][data-selected=true]');

async function serverStatus(order: Order) {
  const admin = await adminToken(store);
  const r = await call<Order>(store, 'GET', `/api/admin/orders/${order.id}`, undefined, admin);
  return r.data.status;
}

test('select with digits and arrows, bump with Enter and Space, recall with R and Backspace', async ({
  page,
}) => {
  await clearTables(store);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await signInKitchen(page, store);
  await expect(page.getByTestId('board')).toHaveAttribute('data-loaded', 'true');
  const orders: Order[] = [];
  for (const table of [1, 2, 3]) orders.push(await placeOrder(store, table));
  const [first, second, third] = orders as [Order, Order, Order];
  await expect(page.getByTestId('ticket-flow').getByTestId('ticket')).toHaveCount(3);
  // The keys legend is in the settings panel.
  await page.getByTestId('open-settings').click();
  await expect(page.getByTestId('keys-legend')).toContainText('Enter');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('settings')).toHaveCount(0);

  // Nothing selected yet; 2 picks the second ticket, with a ring you can see.
  await expect(selected(page)).toHaveCount(0);
  await page.keyboard.press('2');
  await expect(selected(page)).toHaveAttribute('data-order-number', second.order_number);
  const ring = await selected(page).evaluate((el) => getComputedStyle(el).outlineWidth);
  expect(parseFloat(ring)).toBeGreaterThanOrEqual(3);
  await page.keyboard.press('ArrowRight');
  await expect(selected(page)).toHaveAttribute('data-order-number', third.order_number);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(selected(page)).toHaveAttribute('data-order-number', first.order_number);
  await page.keyboard.press('ArrowRight');

  // Enter starts the selected ticket, Space finishes it; it goes to the recall rail. Saves are
  // slowed down so that Space comes while Enter's change is still being saved (a busy store PC):
  // the second press waits for the first instead of being dropped.
  const slow = '**/api/admin/orders/*/status';
  await page.route(slow, async (route) => {
    await new Promise((r) => setTimeout(r, 600));
    await route.continue();
  });
  await page.keyboard.press('Enter');
  await expect(ticketOf(page, second)).toHaveAttribute('data-status', 'preparing');
  await expect(ticketOf(page, first)).toHaveAttribute('data-status', 'pending');
  await page.keyboard.press(' ');
  await expect(
    page.getByTestId('column-completed').locator(`[data-order-number="${second.order_number}"]`),
  ).toHaveCount(1);
  await expect.poll(() => serverStatus(second)).toBe('completed');
  await page.unroute(slow);
  // The selection moves on to the ticket that took its place.
  await expect(selected(page)).toHaveAttribute('data-order-number', third.order_number);

  // R recalls the last bump (completed → preparing), Backspace the one before (→ pending).
  await page.keyboard.press('r');
  await expect(
    page.getByTestId('ticket-flow').locator(`[data-order-number="${second.order_number}"]`),
  ).toHaveAttribute('data-status', 'preparing');
  await page.keyboard.press('Backspace');
  await expect(ticketOf(page, second)).toHaveAttribute('data-status', 'pending');
  await expect.poll(() => serverStatus(second)).toBe('pending');

  // Pressed back to back (a bump bar's double press), both recalls land: neither is dropped
  // while the first is still being saved.
  await page.keyboard.press('2');
  await expect(selected(page)).toHaveAttribute('data-order-number', second.order_number);
  await page.keyboard.press('Enter');
  await expect.poll(() => serverStatus(second)).toBe('preparing');
  // Space's answer comes late: the server has saved it, this screen has not heard yet. R must
  // still undo that Space and Backspace the Enter — not R the Enter (completed → preparing →
  // pending) and then Backspace the Space (→ preparing again).
  const sent: string[] = [];
  let releaseAnswer = () => {};
  const answerHeld = new Promise<void>((r) => (releaseAnswer = r));
  await page.route(slow, async (route) => {
    sent.push((route.request().postDataJSON() as { status: string }).status);
    const response = await route.fetch();
    await answerHeld;
    await route.fulfill({ response });
  });
  await page.keyboard.press(' ');
  await expect.poll(() => serverStatus(second)).toBe('completed');
  await page.keyboard.press('r');
  await page.keyboard.press('Backspace');
  releaseAnswer();
  await expect(ticketOf(page, second)).toHaveAttribute('data-status', 'pending');
  await expect.poll(() => serverStatus(second)).toBe('pending');
  // A wrong order of recalls ends with one more save right after: give it the time to show.
  await page.waitForTimeout(1500);
  expect(sent).toEqual(['completed', 'preparing', 'pending']);
  expect(await serverStatus(second)).toBe('pending');
  await page.unroute(slow);

  // Esc clears the selection; Enter with none selected bumps the oldest ticket.
  await page.keyboard.press('Escape');
  await expect(selected(page)).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(ticketOf(page, first)).toHaveAttribute('data-status', 'preparing');
  await expect(selected(page)).toHaveAttribute('data-order-number', first.order_number);
  await expect.poll(() => serverStatus(first)).toBe('preparing');
  await page.screenshot({ path: 'test-results/screens/kitchen-keys.png' });
});
