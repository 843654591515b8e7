/**
 * Backups (A10) and the day summary (A11) on the admin screen: a backup on demand grows the
 * list; restoring a backup made before an order removes that order from the live board (the
 * server's resync, no reload); the summary matches GET /api/admin/summary, a card payment made
 * over the API shows under 카드, and the CSV link downloads a file that starts with the BOM.
 * Layout is measured at 1920×1080 and 1366×768; screenshots go to test-results/screens/.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { startStore, type StoreProcess } from './fixtures/store';
import { adminToken, call, placeOrder } from './fixtures/api';
import { loginAdmin, SCREENS } from './admin.helpers';
import type { BackupInfo, Bill, DaySummary, TableInfo } from '../../src-shared/types';

test.describe.configure({ mode: 'serial' });

let store: StoreProcess;
let admin: string;

test.beforeAll(async () => {
  store = await startStore();
  admin = await adminToken(store);
});
test.afterAll(async () => store?.dispose());

const won = (n: number) => `${n.toLocaleString('en-US')}원`;

async function backups(): Promise<BackupInfo[]> {
  const r = await call<{ backups: BackupInfo[] }>(store, 'GET', '/api/admin/backups', undefined, admin);
  expect(r.status).toBe(200);
  return r.data.backups;
}

async function tableIdOf(n: number) {
  const r = await call<{ tables: TableInfo[] }>(store, 'GET', '/api/admin/tables', undefined, admin);
  return r.data.tables.find((t) => t.table_number === n)!.id;
}

/** The panel fits the window; no table inside spills sideways; numbers stay on one line. */
async function checkLayout(page: Page, panel: Locator) {
  const size = page.viewportSize()!;
  const box = (await panel.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(size.width);
  const pageSpill = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(pageSpill).toBeLessThanOrEqual(0);
  for (const table of await panel.locator('table').all()) {
    const t = (await table.boundingBox())!;
    expect(t.x + t.width, 'table inside the panel').toBeLessThanOrEqual(box.x + box.width + 0.5);
    const spill = await table.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(spill).toBeLessThanOrEqual(0);
  }
  for (const cell of await panel.locator('td.num, .stat strong').all()) {
    // Lines of the text itself (a cell is as tall as its row, buttons included).
    const one = await cell.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      return { lines: tops.size, spill: el.scrollWidth - el.clientWidth };
    });
    expect(one.lines, (await cell.textContent()) ?? '').toBe(1);
    expect(one.spill, (await cell.textContent()) ?? '').toBeLessThanOrEqual(0);
  }
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

test('back up now grows the list; restoring an older backup removes a later order from the board', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await loginAdmin(page, store);
  await page.getByRole('button', { name: '백업', exact: true }).click();
  const panel = page.locator('.report-panel.backups');
  await expect(panel.getByRole('heading', { name: '백업' })).toBeVisible();
  const before = (await backups()).length;

  await panel.getByRole('button', { name: '지금 백업' }).click();
  const rows = panel.locator('tbody tr');
  await expect(rows).toHaveCount(before + 1);
  const fresh = panel.locator('tr.fresh');
  await expect(fresh).toContainText('수동');
  await expect(fresh).toContainText(/\d+ KB|\d+\.\d MB/);
  const name = await fresh.getAttribute('data-backup');
  expect((await backups()).map((b) => b.name)).toContain(name);

  // An order placed after that backup, seen on the live board.
  const order = await placeOrder(store, 2, 2);
  await page.getByRole('button', { name: '실시간 현황' }).click();
  await expect(page.getByTestId('order-row').filter({ hasText: order.order_number })).toBeVisible();

  await page.getByRole('button', { name: '백업', exact: true }).click();
  await shoot(page, panel, 'admin-backups');
  await panel.locator(`tr[data-backup="${name}"]`).getByRole('button', { name: '복원' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('모든 주문');
  await expect(dialog).toContainText('메뉴');
  await expect(dialog).toContainText('테이블');
  await expect(dialog).toContainText('"복원 전" 백업으로 먼저 저장');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: `${SCREENS}/admin-backups-restore-dialog-1366.png` });
  await dialog.getByRole('button', { name: '복원하기' }).click();
  await expect(panel.getByTestId('restore-done')).toBeVisible({ timeout: 30_000 });
  await expect(dialog).toBeHidden();
  // The server kept the state from before the restore first.
  await expect.poll(async () => (await backups()).some((b) => b.kind === 'pre-restore')).toBe(true);
  await expect(panel.locator('tbody tr').filter({ hasText: '복원 전' }).first()).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/admin-backups-restored-1366.png` });

  // No reload: the board was refreshed by the server's resync.
  await page.getByRole('button', { name: '실시간 현황' }).click();
  await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'live');
  await expect(page.getByTestId('order-row').filter({ hasText: order.order_number })).toHaveCount(0);
});

test('the day summary matches the API, shows a card payment, and downloads the CSV with a BOM', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await placeOrder(store, 3, 2);
  await placeOrder(store, 4, 1);
  const tableId = await tableIdOf(3);
  const bill = await call<Bill>(store, 'GET', `/api/admin/tables/${tableId}/bill`, undefined, admin);
  const amount = Math.min(5000, bill.data.total_amount);
  const pay = await call(
    store,
    'POST',
    `/api/admin/tables/${tableId}/payments`,
    { client_payment_id: randomUUID(), method: 'card', amount },
    admin,
  );
  expect(pay.status).toBe(201);
  const api = await call<DaySummary>(store, 'GET', '/api/admin/summary', undefined, admin);
  expect(api.data.order_count).toBeGreaterThanOrEqual(2);

  await loginAdmin(page, store);
  await page.getByRole('button', { name: '일일 요약' }).click();
  const panel = page.locator('.report-panel.summary');
  await expect(panel.getByTestId('summary')).toHaveAttribute('data-date', api.data.date);
  await expect(panel.getByTestId('summary-orders')).toContainText(`${api.data.order_count}건`);
  await expect(panel.getByTestId('summary-sales')).toContainText(won(api.data.sales_total));
  const card = panel.locator('tr[data-method="card"]');
  await expect(card).toContainText('카드');
  await expect(card).toContainText(won(amount));
  await expect(panel.getByTestId('summary-tables')).toContainText('3번');
  await expect(panel.getByTestId('summary-menu').locator('tbody tr')).toHaveCount(api.data.by_menu.length);
  await shoot(page, panel, 'admin-summary');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('link', { name: 'CSV 다운로드' }).click(),
  ]);
  const file = readFileSync((await download.path())!);
  expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(file.toString('utf8')).toContain(String(api.data.sales_total));

  // The previous day has no orders in a store that started today: the empty state.
  await panel.getByRole('button', { name: '◀ 전날' }).click();
  await expect(panel.getByText('이 날에는 주문이 없습니다.')).toBeVisible();
  await expect(panel.getByTestId('summary-orders')).toContainText('0건');
  await page.screenshot({ path: `${SCREENS}/admin-summary-empty-1366.png` });
  await panel.getByRole('button', { name: '오늘' }).click();
  await expect(panel.getByTestId('summary')).toHaveAttribute('data-date', api.data.date);
});
