/** Shared steps of the admin e2e specs. */
import { expect, type Page } from '@playwright/test';
import type { StoreProcess } from './fixtures/store';

export const SCREENS = 'test-results/screens';

/** Logs in through the form (store code, username, password) and waits for the live board. */
export async function loginAdmin(
  page: Page,
  store: StoreProcess,
  username = 'admin',
  password = store.password,
) {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${store.url}/admin/`);
  await page.getByLabel('매장 코드').fill('demo');
  await page.getByLabel('아이디').fill(username);
  await page.getByLabel('비밀번호').fill(password);
  await page.getByRole('button', { name: '로그인' }).click();
  await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'live');
}
