/** A1 first run: a server with no store sets one up from the admin app, then logs in. */
import { expect, test } from '@playwright/test';
import { startStore, type StoreProcess } from './fixtures/store';
import { SCREENS } from './admin.helpers';

let store: StoreProcess;
test.beforeAll(async () => {
  store = await startStore({ demo: false });
});
test.afterAll(async () => {
  await store?.dispose();
});

test('first-time setup creates the store and its manager, who can then log in', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  // A server with no store opens the setup screen by itself (/health says setup_required).
  await page.goto(`${store.url}/admin/`);
  await expect(page.getByRole('heading', { name: '처음 설정' })).toBeVisible();

  // Bad input: the shared schema's field errors, each at its field, checked before any request.
  await page.getByLabel('매장 코드').fill('my store!');
  await page.getByLabel('비밀번호').fill('123');
  await page.getByRole('button', { name: '매장 만들기' }).click();
  await expect(page.locator('.field-invalid', { hasText: '매장 코드' })).toContainText('영문, 숫자');
  await expect(page.locator('.field-invalid', { hasText: '매장 이름' })).toBeVisible();
  await expect(page.locator('.field-invalid', { hasText: '비밀번호' })).toContainText('4자 이상');
  await page.screenshot({ path: `${SCREENS}/admin-setup.png` });

  await page.getByLabel('매장 코드').fill('bistro');
  await page.getByLabel('매장 이름').fill('작은 비스트로');
  await page.getByLabel('아이디').fill('owner');
  await page.getByLabel('비밀번호').fill('owner-pass-1');
  await page.getByRole('button', { name: '매장 만들기' }).click();
  await expect(page.getByText('매장을 만들었습니다. 이제 로그인하세요.')).toBeVisible();
  await page.getByRole('button', { name: '로그인으로 돌아가기' }).click();

  // The store code is remembered from setup.
  await expect(page.getByLabel('매장 코드')).toHaveValue('bistro');
  await page.getByLabel('아이디').fill('owner');
  await page.getByLabel('비밀번호').fill('owner-pass-1');
  await page.getByRole('button', { name: '로그인' }).click();
  await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'live');
  await expect(page.getByText('작은 비스트로')).toBeVisible();
  await expect(page.getByText('테이블이 없습니다.')).toBeVisible();

  // Once the store exists, the admin app opens on the login screen again.
  await page.getByRole('button', { name: '로그아웃' }).click();
  await page.goto(`${store.url}/admin/`);
  await expect(page.getByRole('button', { name: '로그인' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '처음 설정' })).toHaveCount(0);

  // A second setup is refused in words.
  await page.goto(`${store.url}/admin/setup`);
  await page.getByLabel('매장 코드').fill('other');
  await page.getByLabel('매장 이름').fill('Other');
  await page.getByLabel('비밀번호').fill('other-pass');
  await page.getByRole('button', { name: '매장 만들기' }).click();
  await expect(page.getByRole('alert')).toContainText('이미 매장이 설정되어 있습니다.');
});
