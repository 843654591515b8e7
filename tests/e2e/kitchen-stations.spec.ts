/**
 * Kitchen board K5–K7: a 주방 board and a 음료 board each show only tickets with their lines,
 * their lines first and the others dimmed; lines are bumped one by one; bumping the last line
 * completes the order on both boards and on the server; the all-day counts follow.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { startStore, type StoreProcess } from './fixtures/store';
import { clearTables, orderDishes, pickStations, signInKitchen, ticketOf } from './kitchen.helpers';
import { adminToken, call } from './fixtures/api';
import type { Order } from '../../src-shared/types';

let store: StoreProcess;

test.beforeAll(async () => {
  store = await startStore();
});
test.afterAll(async () => store?.dispose());

async function openBoard(browser: Browser, stations: string[]) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await signInKitchen(page, store);
  await expect(page.getByTestId('board')).toHaveAttribute('data-loaded', 'true');
  await pickStations(page, stations);
  return page;
}

const allDay = (page: Page, dish: string) => page.locator(`[data-testid=all-day-dish][data-name="${dish}"]`);
const line = (page: Page, order: Order, dish: string) =>
  ticketOf(page, order).getByTestId('ticket-line').filter({ hasText: dish });
const otherLine = (page: Page, order: Order, dish: string) =>
  ticketOf(page, order).getByTestId('ticket-other-line').filter({ hasText: dish });

async function serverOrder(order: Order) {
  const admin = await adminToken(store);
  return (await call<Order>(store, 'GET', `/api/admin/orders/${order.id}`, undefined, admin)).data;
}

test('a 주방 board and a 음료 board: own lines only, per-line bumps, the last line completes the order', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  await clearTables(store);
  const kitchen = await openBoard(browser, ['주방']);
  const drinks = await openBoard(browser, ['음료']);
  await expect(kitchen.getByTestId('board-stations')).toHaveText('주방');
  await expect(drinks.getByTestId('board-stations')).toHaveText('음료');
  // Remembered on the device.
  await drinks.reload();
  await expect(drinks.getByTestId('board-stations')).toHaveText('음료');

  const mixed = await orderDishes(store, 2, [
    { name: '김치찌개', quantity: 2, options: ['보통'] },
    { name: '콜라', options: ['기본'] },
  ]);
  const stewOnly = await orderDishes(store, 3, [{ name: '김치찌개', options: ['순한맛'] }]);

  // Each board: its own lines, the other station's dimmed; a ticket without its lines not at all.
  await expect(line(kitchen, mixed, '김치찌개')).toHaveCount(1);
  await expect(otherLine(kitchen, mixed, '콜라')).toHaveCount(1);
  await expect(ticketOf(kitchen, mixed).getByTestId('ticket-line')).toHaveCount(1);
  await expect(line(drinks, mixed, '콜라')).toHaveCount(1);
  await expect(otherLine(drinks, mixed, '김치찌개')).toHaveCount(1);
  await expect(ticketOf(kitchen, stewOnly)).toHaveCount(1);
  await expect(ticketOf(drinks, stewOnly)).toHaveCount(0);

  // All-day: 3 김치찌개 (순한맛 1, 보통 2) in the kitchen, 1 콜라 at the drinks station.
  await expect(allDay(kitchen, '김치찌개')).toHaveAttribute('data-count', '3');
  await expect(allDay(kitchen, '김치찌개').getByTestId('all-day-options')).toContainText('순한맛 1');
  await expect(allDay(kitchen, '김치찌개').getByTestId('all-day-options')).toContainText('보통 2');
  await expect(allDay(kitchen, '콜라')).toHaveCount(0);
  await expect(allDay(drinks, '콜라')).toHaveAttribute('data-count', '1');
  await expect(allDay(drinks, '김치찌개')).toHaveCount(0);
  await kitchen.screenshot({ path: 'test-results/screens/kitchen-station-kitchen.png' });

  // The drinks station pours the cola: started, then done (a second tap away from the first).
  await line(drinks, mixed, '콜라').click();
  await expect(line(drinks, mixed, '콜라')).toHaveAttribute('data-status', 'preparing');
  await line(drinks, mixed, '콜라').click({ position: { x: 8, y: 8 } });
  // Done here: it leaves the drinks flow for its recall rail; the order is still being cooked.
  const drinksRail = drinks
    .getByTestId('column-completed')
    .locator(`[data-order-number="${mixed.order_number}"]`);
  await expect(drinksRail).toHaveAttribute('data-board-status', 'completed');
  await expect(drinksRail).toHaveAttribute('data-status', 'preparing');
  await expect(allDay(drinks, '콜라')).toHaveCount(0);
  await expect(otherLine(kitchen, mixed, '콜라')).toHaveAttribute('data-status', 'completed');
  expect((await serverOrder(mixed)).status).toBe('preparing');

  // The kitchen finishes the stew line: that was the last line, so the order is completed.
  await line(kitchen, mixed, '김치찌개').click();
  await expect(line(kitchen, mixed, '김치찌개')).toHaveAttribute('data-status', 'preparing');
  await expect(allDay(kitchen, '김치찌개')).toHaveAttribute('data-count', '3');
  await line(kitchen, mixed, '김치찌개').click({ position: { x: 8, y: 8 } });
  await expect(allDay(kitchen, '김치찌개')).toHaveAttribute('data-count', '1');
  for (const page of [kitchen, drinks]) {
    await expect(ticketOf(page, mixed)).toHaveAttribute('data-status', 'completed');
    await expect(
      page.getByTestId('column-completed').locator(`[data-order-number="${mixed.order_number}"]`),
    ).toHaveCount(1);
  }
  await expect.poll(async () => (await serverOrder(mixed)).status).toBe('completed');

  // A whole-ticket bump on a station board moves only that station's lines.
  const both = await orderDishes(store, 4, [{ name: '김치찌개' }, { name: '사이다' }]);
  await expect(ticketOf(drinks, both)).toHaveCount(1);
  await ticketOf(drinks, both).getByTestId('ticket-bump').click();
  await expect(line(drinks, both, '사이다')).toHaveAttribute('data-status', 'preparing');
  await expect(otherLine(drinks, both, '김치찌개')).toHaveAttribute('data-status', 'pending');
  await expect
    .poll(async () => (await serverOrder(both)).items.map((i) => i.status))
    .toEqual(['pending', 'preparing']);
  await drinks.screenshot({ path: 'test-results/screens/kitchen-station-drinks.png' });
  await kitchen.context().close();
  await drinks.context().close();
});

test('all-day counts go up when an order arrives and down as lines are bumped (expo view)', async ({
  page,
}) => {
  await clearTables(store);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await signInKitchen(page, store);
  await expect(page.getByTestId('board')).toHaveAttribute('data-loaded', 'true');
  await expect(page.getByTestId('board-stations')).toHaveText('전체 (엑스포)');

  const a = await orderDishes(store, 5, [{ name: '라면', quantity: 2, options: ['치즈'] }]);
  await expect(allDay(page, '라면')).toHaveAttribute('data-count', '2');
  await expect(allDay(page, '라면')).toContainText('치즈 2');
  const b = await orderDishes(store, 6, [{ name: '라면' }, { name: '식혜' }]);
  await expect(allDay(page, '라면')).toHaveAttribute('data-count', '3');
  await expect(allDay(page, '식혜')).toHaveAttribute('data-count', '1');

  // Finishing a line takes it off; starting one does not.
  await line(page, b, '라면').click();
  await expect(allDay(page, '라면')).toHaveAttribute('data-count', '3');
  await line(page, b, '라면').click({ position: { x: 8, y: 8 } });
  await expect(allDay(page, '라면')).toHaveAttribute('data-count', '2');
  await expect(line(page, b, '라면')).toHaveAttribute('data-status', 'completed');
  // Completed lines are struck through.
  const decoration = await line(page, b, '라면')
    .locator('.name')
    .evaluate((el) => getComputedStyle(el).textDecorationLine);
  expect(decoration).toContain('line-through');
  // A whole ticket finished (expo: the order) takes all its lines off.
  await ticketOf(page, a).getByTestId('ticket-bump').click();
  await expect(ticketOf(page, a)).toHaveAttribute('data-status', 'preparing');
  await expect(allDay(page, '라면')).toHaveAttribute('data-count', '2');
  await ticketOf(page, a).getByTestId('ticket-action').click();
  await expect(allDay(page, '라면')).toHaveCount(0);
  await expect(allDay(page, '식혜')).toHaveAttribute('data-count', '1');
});
