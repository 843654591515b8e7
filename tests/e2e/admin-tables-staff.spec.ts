/**
 * A8 and A9 in a real browser: the API's field errors shown at their fields, pairing QR,
 * passwords, deleting a busy table, staff accounts, and a kitchen login on manager pages.
 */
import { expect, test } from '@playwright/test';
import { startStore, type StoreProcess } from './fixtures/store';
import { call, placeOrder } from './fixtures/api';
import { loginAdmin, SCREENS } from './admin.helpers';

let store: StoreProcess;
test.beforeAll(async () => {
  store = await startStore();
});
test.afterAll(async () => {
  await store?.dispose();
});

const tableLogin = (table_number: number, password: string) =>
  call(store, 'POST', '/api/table/login', { store_code: 'demo', table_number, password });

test('tables: field errors, add, pairing QR, password change, delete', async ({ page }) => {
  await loginAdmin(page, store);
  await page.getByRole('button', { name: '테이블', exact: true }).click();
  await expect(page.getByTestId('table-row-10')).toBeVisible();
  const form = page.getByTestId('add-table-form');
  const number = form.getByLabel('테이블 번호');
  const password = form.getByLabel('테이블 비밀번호');

  // Number 0 and a too-short password: both field errors of the shared schema, each at its field.
  await number.fill('0');
  await password.fill('12');
  await form.getByRole('button', { name: '추가' }).click();
  await expect(form.locator('.field-invalid')).toHaveCount(2);
  await expect(form.locator('.field-invalid', { hasText: '테이블 번호' })).toContainText(/\S/);
  await expect(form.locator('.field-invalid', { hasText: '테이블 비밀번호' })).toContainText(/\S/);
  await expect(form.getByRole('alert').last()).toContainText('입력을 확인하세요.');
  // A duplicate number is a 409, shown at the number field.
  await number.fill('3');
  await password.fill('pass-1234');
  await form.getByRole('button', { name: '추가' }).click();
  await expect(form.locator('.field-invalid', { hasText: '테이블 번호' })).toContainText(
    '이미 있는 테이블 번호입니다.',
  );

  await number.fill('11');
  await form.getByRole('button', { name: '추가' }).click();
  const row = page.getByTestId('table-row-11');
  await expect(row).toBeVisible();
  await expect(number).toHaveValue('');
  expect((await tableLogin(11, 'pass-1234')).status).toBe(200);
  await expect(page.getByTestId('tablet-url')).toHaveText(`${store.url}/table/`);
  await page.screenshot({ path: `${SCREENS}/admin-tables.png` });

  // Pairing QR, big enough to scan, and a code that pairs a tablet.
  await row.getByRole('button', { name: '연결 QR' }).click();
  const qr = page.getByTestId('pairing-qr');
  await expect(qr).toBeVisible();
  const box = await qr.boundingBox();
  expect(box!.width).toBeGreaterThanOrEqual(256);
  expect(await qr.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThanOrEqual(256);
  await expect(page.getByRole('dialog')).toContainText('후 만료');
  const url = await page.getByTestId('pairing-url').textContent();
  expect(url).toContain('/table/');
  await page.screenshot({ path: `${SCREENS}/admin-tables-qr.png` });
  const code = (await page.getByTestId('pairing-code').textContent())!.trim();
  const paired = await call<{ table: { table_number: number } }>(store, 'POST', '/api/table/pair', {
    pairing_code: code,
  });
  expect(paired.status).toBe(200);
  expect(paired.data.table.table_number).toBe(11);
  await page.getByRole('dialog').getByRole('button', { name: '닫기' }).last().click();

  // Change the password: too short (4 < 6) is said at the password field by the browser itself,
  // no request sent; then a good one makes the old one stop working.
  await row.getByRole('button', { name: /비밀번호 변경/ }).click();
  const edit = page.getByRole('dialog');
  const newPassword = edit.getByLabel('새 비밀번호');
  const puts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'PUT' && r.url().includes('/api/admin/tables/')) puts.push(r.url());
  });
  await newPassword.fill('abcd');
  await edit.getByRole('button', { name: '저장' }).click();
  const passwordField = edit.locator('.field', { has: page.getByLabel('새 비밀번호') });
  await expect(passwordField.locator('.field-error')).toHaveText('6자 이상이어야 합니다.');
  await expect(newPassword).toHaveAttribute('aria-invalid', 'true');
  await expect(newPassword).toHaveAccessibleDescription('6자 이상이어야 합니다.');
  await expect(edit.locator('.field-invalid')).toHaveCount(1);
  await page.screenshot({ path: `${SCREENS}/admin-table-dialog-error.png` });
  expect(puts).toEqual([]);
  await edit.getByLabel('새 비밀번호').fill('new-pass-11');
  await edit.getByRole('button', { name: '저장' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect((await tableLogin(11, 'pass-1234')).status).toBe(401);
  expect((await tableLogin(11, 'new-pass-11')).status).toBe(200);

  // A table in use cannot be deleted: the 409 in words.
  await placeOrder(store, 2, 1);
  await page.getByTestId('table-row-2').getByRole('button', { name: '삭제' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '삭제' }).click();
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText(
    '이용 중인 테이블은 삭제할 수 없습니다',
  );
  await page.getByRole('dialog').getByRole('button', { name: '취소' }).click();
  await row.getByRole('button', { name: '삭제' }).click();
  await expect(page.getByRole('dialog')).toContainText('11번 테이블');
  await page.getByRole('dialog').getByRole('button', { name: '삭제' }).click();
  await expect(row).toHaveCount(0);
});

test('staff: add a kitchen account with field errors, change its password; kitchen sees 403 pages', async ({
  page,
}) => {
  await loginAdmin(page, store);
  await page.getByRole('button', { name: '직원', exact: true }).click();
  await expect(page.getByTestId('staff-row-admin')).toContainText('(나)');
  const form = page.getByTestId('add-staff-form');
  await form.getByLabel('아이디').fill('kitchen1');
  await form.getByLabel('비밀번호').fill('12');
  await form.getByRole('button', { name: '추가' }).click();
  await expect(form.locator('.field-invalid', { hasText: '비밀번호' })).toContainText(/\S/);
  await form.getByLabel('비밀번호').fill('kitchen-pass');
  await form.getByRole('button', { name: '추가' }).click();
  const row = page.getByTestId('staff-row-kitchen1');
  await expect(row).toContainText('주방');
  // The same username again: 409 at the username field.
  await form.getByLabel('아이디').fill('kitchen1');
  await form.getByLabel('비밀번호').fill('kitchen-pass');
  await form.getByRole('button', { name: '추가' }).click();
  await expect(form.locator('.field-invalid')).toContainText('이미 있는 아이디입니다.');

  await row.getByRole('button', { name: '비밀번호 변경' }).click();
  await page.getByRole('dialog').getByLabel('새 비밀번호').fill('abc');
  await page.getByRole('dialog').getByRole('button', { name: '저장' }).click();
  await expect(page.getByRole('dialog').locator('.field-invalid')).toContainText('4자 이상이어야 합니다.');
  await page.screenshot({ path: `${SCREENS}/admin-staff-dialog.png` });
  await page.getByRole('dialog').getByLabel('새 비밀번호').fill('kitchen-pass-2');
  await page.getByRole('dialog').getByRole('button', { name: '저장' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByText('비밀번호를 바꿨습니다.')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/admin-staff.png` });

  await page.getByRole('button', { name: '로그아웃' }).click();
  await loginAdmin(page, store, 'kitchen1', 'kitchen-pass-2');
  await expect(page.getByTestId('table-card-1')).toBeVisible();
  for (const nav of ['테이블', '메뉴', '스테이션', '직원', '주문 이력']) {
    await page.getByRole('button', { name: nav, exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('관리자 계정만');
  }
});
