/** Shared steps of the kitchen board specs. */
import { expect, type Page } from '@playwright/test';
import type { StoreProcess } from './fixtures/store';
import type { Order } from '../../src-shared/types';

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
