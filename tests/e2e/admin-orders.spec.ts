/**
 * A1–A6 in a real browser against a real store server: login, a tablet order shows up live,
 * status change, delete, session end, history with a date filter.
 */
import { expect, test } from '@playwright/test';
import { localDate } from '../../src-shared/dates';
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

test('login rejects bad credentials in words, then stays logged in across a reload', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${store.url}/admin/`);
  await expect(page.getByRole('heading', { name: '관리자 로그인' })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/admin-login.png` });
  await page.getByLabel('매장 코드').fill('demo');
  await page.getByLabel('아이디').fill('admin');
  await page.getByLabel('비밀번호').fill('wrong-password');
  await page.getByRole('button', { name: '로그인' }).click();
  await expect(page.getByRole('alert')).toContainText('올바르지 않습니다');

  // Repeated failures lock the account; the wait is shown and the button waits too.
  await page.getByLabel('아이디').fill('ghost');
  for (let i = 1; i <= 5; i++) {
    await page.getByRole('button', { name: '로그인' }).click();
    await expect(page.getByRole('alert')).toContainText('올바르지 않습니다');
    await expect(page.getByRole('button', { name: '로그인' })).toBeEnabled();
  }
  await page.getByRole('button', { name: '로그인' }).click();
  await expect(page.getByRole('alert')).toContainText(/잠겼습니다\. 1[45]분 .*후에 다시 시도하세요/);
  await expect(page.getByRole('button', { name: '로그인' })).toBeDisabled();

  // English is one click away, and stays chosen.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Staff login' })).toBeVisible();
  await page.getByRole('button', { name: '한국어' }).click();

  await loginAdmin(page, store);
  await page.reload();
  await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'live');
  await expect(page.getByTestId('table-card-1')).toBeVisible();

  await page.getByRole('button', { name: '로그아웃' }).click();
  await expect(page.getByRole('heading', { name: '관리자 로그인' })).toBeVisible();
  await expect(page.getByText('로그아웃했습니다.')).toBeVisible();
});

test('a tablet order goes live, changes status, is deleted, the session ends into history', async ({
  page,
}) => {
  await loginAdmin(page, store);
  const card = page.getByTestId('table-card-3');
  await expect(card).toContainText('비어 있음');

  // A2: a new order appears within 2 s of being placed, highlighted as new.
  const first = await placeOrder(store, 3, 2);
  await expect(card.getByText(first.order_number)).toBeVisible({ timeout: 2000 });
  await expect(card).toHaveClass(/has-new/);
  await expect(card.getByTestId('table-total')).toHaveText(`${first.total_amount.toLocaleString('en-US')}원`);
  const second = await placeOrder(store, 3, 1);
  await expect(card.getByText(second.order_number)).toBeVisible({ timeout: 2000 });
  await expect(card).toContainText('주문 2건');
  await placeOrder(store, 5, 1);
  await expect(page.getByTestId('table-card-5').getByTestId('order-row')).toHaveCount(1);
  await page.screenshot({ path: `${SCREENS}/admin-dashboard.png` });

  // Filter by table.
  await page.getByTestId('table-filter').selectOption({ label: '3번 테이블' });
  await expect(page.locator('.table-card')).toHaveCount(1);
  await page.getByTestId('table-filter').selectOption({ label: '전체 테이블' });

  // A3: detail with every line; status forward and one step back.
  await card.getByText(first.order_number).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(first.order_number);
  for (const line of first.items) await expect(dialog).toContainText(line.menu_name);
  await expect(dialog.getByTestId('order-status')).toHaveText('대기중');
  await page.screenshot({ path: `${SCREENS}/admin-order-detail.png` });
  await dialog.getByRole('button', { name: '준비중(으)로 변경' }).click();
  await expect(dialog.getByTestId('order-status')).toHaveText('준비중');
  await dialog.getByRole('button', { name: '완료(으)로 변경' }).click();
  await expect(dialog.getByTestId('order-status')).toHaveText('완료');
  await dialog.getByRole('button', { name: '준비중(으)로 변경' }).click();
  await expect(dialog.getByTestId('order-status')).toHaveText('준비중');
  await dialog.getByRole('button', { name: '닫기', exact: true }).last().click();
  await expect(card.getByRole('button', { name: new RegExp(first.order_number) })).toContainText('준비중');

  // A4: delete with a confirmation that names the order; the total drops at once.
  await card.getByText(second.order_number).click();
  await page.getByRole('dialog').getByRole('button', { name: '주문 삭제' }).click();
  const confirm = page.getByRole('dialog', { name: '주문 삭제' });
  await expect(confirm).toContainText(second.order_number);
  await confirm.getByRole('button', { name: '삭제', exact: true }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(card.getByText(second.order_number)).toHaveCount(0);
  await expect(card.getByTestId('table-total')).toHaveText(`${first.total_amount.toLocaleString('en-US')}원`);
  await expect(card).toContainText('주문 1건');

  // A5: end the session with confirmation; the card is empty again.
  await card.getByRole('button', { name: '이용 완료' }).click();
  const end = page.getByRole('dialog');
  await expect(end).toContainText('3번 테이블');
  await end.getByRole('button', { name: '이용 완료' }).click();
  await expect(card).toContainText('비어 있음');
  await expect(card.getByTestId('order-row')).toHaveCount(0);

  // A6: the table's history, filtered by date.
  await card.getByRole('button', { name: '이력' }).click();
  await expect(page.getByRole('heading', { name: '주문 이력' })).toBeVisible();
  const list = page.getByTestId('history-list');
  await expect(list).toContainText(first.order_number);
  await expect(list).not.toContainText(second.order_number);
  await page.getByLabel('시작일').fill('2020-01-01');
  await page.getByLabel('종료일').fill('2020-01-31');
  await page.getByRole('button', { name: '조회' }).click();
  await expect(page.getByText('조건에 맞는 이력이 없습니다.')).toBeVisible();
  // from after to: the server's field error lands under the date field.
  await page.getByLabel('시작일').fill('2020-02-01');
  await page.getByRole('button', { name: '조회' }).click();
  await expect(page.locator('.field-invalid')).toContainText('시작일이 종료일보다 늦을 수 없습니다.');
  const today = localDate(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone);
  await page.getByLabel('시작일').fill(today);
  await page.getByLabel('종료일').fill(today);
  await page.getByRole('button', { name: '조회' }).click();
  await expect(list).toContainText(first.order_number);
  await expect(list).toContainText('준비중');
  await page.getByTestId('history-table').selectOption({ label: '전체 테이블' });
  await expect(list).toContainText(first.order_number);
  await page.screenshot({ path: `${SCREENS}/admin-history.png` });
});
