/** Shared steps of the kitchen board specs. */
import { expect, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import type { StoreProcess } from './fixtures/store';
import { adminToken, call, tableToken } from './fixtures/api';
import type { MenuTree, Order, TableInfo } from '../../src-shared/types';

/** Signs in to the kitchen board (the demo manager by default) and waits until it is live. */
export async function signInKitchen(
  page: Page,
  store: StoreProcess,
  username = 'admin',
  password = store.password,
) {
  await page.goto(`${store.url}/kitchen/`);
  await page.getByLabel('매장 코드').fill('demo');
  await page.getByLabel('아이디').fill(username);
  await page.getByLabel('비밀번호').fill(password);
  await page.getByRole('button', { name: '로그인' }).click();
  await expect(page.getByTestId('live-indicator')).toHaveAttribute('data-state', 'live');
}

export const ticketOf = (page: Page, o: Pick<Order, 'order_number'>) =>
  page.locator(`[data-testid=ticket][data-order-number="${o.order_number}"]`);

export interface DishPick {
  /** The dish's Korean name in the demo menu, e.g. 김치찌개. */
  name: string;
  quantity?: number;
  /** Option names to choose; a required group left out gets its first option. */
  options?: string[];
}

/** Places an order of named demo dishes (with options) through the tablet API. */
export async function orderDishes(
  store: StoreProcess,
  tableNumber: number,
  picks: DishPick[],
): Promise<Order> {
  const { token } = await tableToken(store, tableNumber);
  const menu = await call<MenuTree>(store, 'GET', '/api/menus', undefined, token);
  const dishes = menu.data.categories.flatMap((c) => c.menus);
  const items = picks.map((p) => {
    const dish = dishes.find((m) => m.name === p.name);
    if (!dish) throw new Error(`no dish ${p.name}`);
    const option_ids = dish.option_groups.flatMap((g) => {
      const chosen = g.options.filter((o) => p.options?.includes(o.name)).map((o) => o.id);
      return chosen.length || g.min_select === 0 ? chosen : g.options.slice(0, g.min_select).map((o) => o.id);
    });
    return { menu_id: dish.id, quantity: p.quantity ?? 1, option_ids };
  });
  const r = await call<Order>(store, 'POST', '/api/orders', { client_order_id: randomUUID(), items }, token);
  if (r.status !== 201) throw new Error(`order failed: ${r.status} ${JSON.stringify(r.data)}`);
  return r.data;
}

/** Ends every open session, so a test starts from an empty board. */
export async function clearTables(store: StoreProcess) {
  const admin = await adminToken(store);
  const tables = await call<{ tables: TableInfo[] }>(store, 'GET', '/api/admin/tables', undefined, admin);
  for (const t of tables.data.tables.filter((t) => t.session)) {
    const r = await call(store, 'POST', `/api/admin/tables/${t.id}/session/end`, undefined, admin);
    expect(r.status).toBe(200);
  }
}

/** Picks this board's stations by name in the settings panel ([] = the expo view). */
export async function pickStations(page: Page, names: string[]) {
  await page.getByTestId('open-settings').click();
  const picker = page.getByTestId('station-picker');
  for (const box of await picker.getByRole('checkbox').all()) await box.uncheck();
  for (const name of names) await picker.getByLabel(name, { exact: true }).check();
  await page.getByRole('button', { name: '저장' }).click();
  await expect(page.getByTestId('settings')).toHaveCount(0);
}
