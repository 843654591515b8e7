/**
 * The audit screen (A16): a second manager deletes an order over the API and the screen lists
 * the deletion under that manager's name; the staff and action filters narrow the list; more
 * than a page of entries is reached with 더 보기. Layout is measured at 1920×1080 and 1366×768
 * (no sideways spill, long details wrap inside their cell); screenshots go to
 * test-results/screens/.
 */
import { randomUUID } from 'node:crypto';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { startStore, type StoreProcess } from './fixtures/store';
import { adminToken, call, placeOrder } from './fixtures/api';
import { loginAdmin, SCREENS } from './admin.helpers';
import type { Order, Payment, TableInfo } from '../../src-shared/types';

test.describe.configure({ mode: 'serial' });

let store: StoreProcess;
let admin: string;
let deputy: string;
let deleted: Order;
const LONG_REASON =
  '손님이 카드를 두 번 긁었다고 하셔서 확인해 보니 같은 금액이 두 번 기록되어 있어 한 건을 취소했습니다 (영수증은 손님께 돌려드림)';

test.beforeAll(async () => {
  store = await startStore();
  admin = await adminToken(store);
  const created = await call(
    store,
    'POST',
    '/api/admin/staff',
    { username: '홍매니저', password: 'deputy-pass-1', role: 'manager' },
    admin,
  );
  expect(created.status).toBe(201);
  deputy = await adminToken(store, '홍매니저', 'deputy-pass-1');

  // The deputy deletes an order at table 3.
  deleted = await placeOrder(store, 3);
  expect((await call(store, 'DELETE', `/api/admin/orders/${deleted.id}`, undefined, deputy)).status).toBe(
    204,
  );

  // The demo manager takes 55 small payments at table 5 and voids one with a long reason:
  // more than one page, and a detail that has to wrap.
  const tables = (await call<{ tables: TableInfo[] }>(store, 'GET', '/api/admin/tables', undefined, admin))
    .data.tables;
  const table5 = tables.find((t) => t.table_number === 5)!.id;
  await placeOrder(store, 5, 3);
  let last: Payment | null = null;
  for (let i = 0; i < 55; i++) {
    const r = await call<Payment>(
      store,
      'POST',
      `/api/admin/tables/${table5}/payments`,
      { client_payment_id: randomUUID(), method: i % 2 ? 'card' : 'cash', amount: 100 },
      admin,
    );
    expect(r.status).toBe(201);
    last = r.data;
  }
  const voided = await call(
    store,
    'DELETE',
    `/api/admin/payments/${last!.id}`,
    { reason: LONG_REASON },
    admin,
  );
  expect(voided.status).toBe(204);
});
test.afterAll(async () => store?.dispose());

/** The panel fits the window; the table does not spill sideways; no cell's text overflows it. */
async function checkLayout(page: Page, panel: Locator) {
  const size = page.viewportSize()!;
  const box = (await panel.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(size.width);
  const pageSpill = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(pageSpill).toBeLessThanOrEqual(0);
  const table = panel.getByTestId('audit-list');
  const t = (await table.boundingBox())!;
  expect(t.x + t.width).toBeLessThanOrEqual(box.x + box.width + 0.5);
  const spill = await table.evaluate((el) => {
    const cells = [...el.querySelectorAll('td, th')];
    return Math.max(el.scrollWidth - el.clientWidth, ...cells.map((c) => c.scrollWidth - c.clientWidth));
  });
  expect(spill).toBeLessThanOrEqual(0);
  // The time stays on one line; details wrap between words, never inside a Korean word.
  for (const cell of await table.locator('td.audit-time').all()) {
    const lines = await cell.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    expect(lines, (await cell.textContent()) ?? '').toBe(1);
  }
  const details = table.locator('td.audit-details').first();
  expect(await details.evaluate((el) => getComputedStyle(el).wordBreak)).toBe('keep-all');
}

async function shoot(page: Page, panel: Locator, name: string) {
  for (const [width, height] of [
    [1920, 1080],
    [1366, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    await checkLayout(page, panel);
    await page.screenshot({ path: `${SCREENS}/${name}-${width}.png`, fullPage: true });
  }
}

test('the audit screen names the manager who deleted an order, filters by staff and action, pages on', async ({
  page,
}) => {
  await loginAdmin(page, store);
  await page.getByRole('button', { name: '감사 기록' }).click();
  const panel = page.locator('.report-panel.audit');
  await expect(panel.getByRole('heading', { name: '감사 기록' })).toBeVisible();
  const list = panel.getByTestId('audit-list');
  const rows = list.locator('tbody tr');

  // The first page: 50 entries, newest first — the void with its reason in words.
  await expect(rows).toHaveCount(50);
  const voidRow = rows.first();
  await expect(voidRow).toHaveAttribute('data-action', 'payment.voided');
  await expect(voidRow).toContainText('admin');
  await expect(voidRow).toContainText('결제 취소');
  await expect(voidRow).toContainText('결제 100원 현금 · 테이블 5');
  await expect(voidRow).toContainText(`사유: ${LONG_REASON}`);
  await shoot(page, panel, 'admin-audit');

  // 더 보기 reaches the older entries, down to the deletion (57 entries in all).
  await panel.getByRole('button', { name: '더 보기' }).click();
  await expect(rows).toHaveCount(57);
  await expect(panel.getByText('모두 표시했습니다.')).toBeVisible();
  const deletion = list.locator('tr[data-action="order.deleted"]');
  await expect(deletion).toHaveCount(1);
  await expect(deletion).toContainText('홍매니저');
  await expect(deletion).toContainText('주문 삭제');
  await expect(deletion).toContainText(`주문 ${deleted.order_number} · 테이블 3`);

  // Only the deputy's entries.
  await panel.getByTestId('audit-staff').selectOption({ label: '홍매니저' });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-action', 'order.deleted');
  await expect(rows.first()).toContainText('홍매니저');
  await expect(panel.getByRole('button', { name: '더 보기' })).toHaveCount(0);
  await shoot(page, panel, 'admin-audit-staff');

  // The demo manager's voids only.
  await panel.getByTestId('audit-staff').selectOption({ label: 'admin' });
  await panel.getByTestId('audit-action').selectOption({ label: '결제 취소' });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(LONG_REASON);

  // A range with nothing in it says so.
  await panel.getByLabel('시작일').fill('2020-01-01');
  await panel.getByLabel('종료일').fill('2020-01-02');
  await expect(panel.getByTestId('audit-empty')).toBeVisible();
  // 최근 7일 brings the default range back.
  await panel.getByRole('button', { name: '최근 7일' }).click();
  await expect(rows).toHaveCount(1);

  // In English the same entry reads in English.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(rows.first()).toContainText('Payment voided');
  await expect(rows.first()).toContainText('Payment ₩100 Cash · Table 5');
});
