/**
 * The sales report (A15) on the admin screen. Orders placed over the API show under their
 * store-local hour and as exactly their dishes' quantities and amounts; 오늘 → 이번 달 keeps
 * them; a reversed or too long range is refused before the server is asked; a failed request
 * offers a retry; a day without orders says so without empty axes; the CSV holds the figures.
 * The store runs in a time zone far from the browser's, so "today" must be the store's.
 * uPlot comes in its own chunk, fetched only when the reports screen opens. Layout is measured
 * at 1920×1080 and 1366×768; screenshots go to test-results/screens/.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { startStore, type StoreProcess } from './fixtures/store';
import { adminToken, call, tableToken } from './fixtures/api';
import { loginAdmin, SCREENS } from './admin.helpers';
import type { Menu, MenuTree, Order, Report } from '../../src-shared/types';

// UTC+14 for the store and UTC−10 for the browser: their calendar days differ most of the time.
const STORE_ZONE = 'Pacific/Kiritimati';
test.use({ timezoneId: 'Pacific/Honolulu' });

let store: StoreProcess;
let admin: string;

test.beforeAll(async () => {
  store = await startStore({ env: { TABLE_ORDER_TIMEZONE: STORE_ZONE } });
  admin = await adminToken(store);
});
test.afterAll(async () => store?.dispose());

const won = (n: number) => `${n.toLocaleString('en-US')}원`;

const storeHour = (iso: string) =>
  Number(
    new Intl.DateTimeFormat('en-US', { timeZone: STORE_ZONE, hour: '2-digit', hourCycle: 'h23' }).format(
      new Date(iso),
    ),
  );

async function order(tableNumber: number, lines: { menu: Menu; quantity: number }[]): Promise<Order> {
  const { token } = await tableToken(store, tableNumber);
  const items = lines.map((l) => ({ menu_id: l.menu.id, quantity: l.quantity }));
  const r = await call<Order>(store, 'POST', '/api/orders', { client_order_id: randomUUID(), items }, token);
  expect(r.status).toBe(201);
  return r.data;
}

/** Charts and tables stay inside their cards, cards inside the panel, the page never scrolls sideways. */
async function checkLayout(page: Page, panel: Locator) {
  const size = page.viewportSize()!;
  const box = (await panel.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(size.width);
  const pageSpill = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(pageSpill, 'horizontal page scroll').toBeLessThanOrEqual(0);
  const cards = await panel.locator('.report-card').all();
  expect(cards.length).toBeGreaterThanOrEqual(3);
  for (const card of cards) {
    const c = (await card.boundingBox())!;
    expect(c.x + c.width, 'card inside the panel').toBeLessThanOrEqual(box.x + box.width + 0.5);
    for (const inner of await card.locator('canvas, .uplot, table:visible').all()) {
      const b = (await inner.boundingBox())!;
      expect(b.x, 'chart inside its card').toBeGreaterThanOrEqual(c.x - 0.5);
      expect(b.x + b.width, 'chart inside its card').toBeLessThanOrEqual(c.x + c.width + 0.5);
    }
  }
  // Amounts and counts stay on one line.
  for (const cell of await panel.locator('td.num:visible, .stat strong').all()) {
    const lines = await cell.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    expect(lines, (await cell.textContent()) ?? '').toBe(1);
  }
}

/** At both sizes: every chart has followed its card's width (ResizeObserver), then layout and a screenshot. */
async function shoot(page: Page, panel: Locator, name: string) {
  for (const [width, height] of [
    [1920, 1080],
    [1366, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.evaluate(() => window.scrollTo(0, 0));
    for (const card of await panel.locator('.chart-card').all()) {
      await expect
        .poll(() =>
          card.evaluate((el) => {
            const chart = el.querySelector('.uplot')!.getBoundingClientRect().width;
            const style = getComputedStyle(el);
            const inner = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
            return Math.abs(chart - inner) <= 2;
          }),
        )
        .toBe(true);
    }
    await checkLayout(page, panel);
    await page.screenshot({ path: `${SCREENS}/${name}-${width}.png`, fullPage: true });
  }
}

test('orders show under their hour and dishes, presets keep them, the CSV holds them', async ({ page }) => {
  test.setTimeout(180_000);
  const { token } = await tableToken(store, 5);
  const menu = await call<MenuTree>(store, 'GET', '/api/menus', undefined, token);
  expect(menu.status).toBe(200);
  const plain = menu.data.categories
    .flatMap((c) => c.menus)
    .filter((m) => m.available && !m.option_groups.some((g) => g.min_select > 0));
  const [a, b] = plain as [Menu, Menu];
  const o1 = await order(5, [
    { menu: a, quantity: 3 },
    { menu: b, quantity: 2 },
  ]);
  const o2 = await order(6, [{ menu: a, quantity: 1 }]);
  const total = o1.total_amount + o2.total_amount;
  const today = await call<Report>(store, 'GET', '/api/admin/reports', undefined, admin);
  expect(today.status).toBe(200);
  const storeToday = today.data.to;

  const chunks: string[] = [];
  page.on('request', (r) => {
    if (/\/assets\/ReportCharts-[\w-]+\.js$/.test(r.url())) chunks.push(r.url());
  });
  await loginAdmin(page, store);
  expect(chunks, 'the chart chunk waits for the reports screen').toHaveLength(0);
  await page.getByRole('button', { name: '리포트' }).click();
  const panel = page.locator('.report-panel.reports');
  const report = panel.getByTestId('report');
  await expect(report).toHaveAttribute('data-from', storeToday);
  await expect(report).toHaveAttribute('data-to', storeToday);
  await expect(panel.getByRole('button', { name: '오늘' })).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.getByLabel('종료일')).toHaveValue(storeToday);
  await expect(panel.locator('.bar-chart canvas').first()).toBeVisible();
  expect(chunks).toHaveLength(1);

  /** The figures of the two orders, whatever the range around them. */
  const expectOrders = async () => {
    await expect(panel.getByTestId('report-orders')).toContainText('2건');
    await expect(panel.getByTestId('report-sales')).toContainText(won(total));
    await expect(panel.getByTestId('report-average')).toContainText(won(Math.round(total / 2)));
    const byHour = panel.getByTestId('report-by-hour');
    await byHour.getByText('표로 보기').click();
    const hour = storeHour(o1.created_at);
    const sameHour = storeHour(o2.created_at) === hour;
    const hourRow = byHour.locator(`tr[data-key="${hour}"]`);
    await expect(hourRow.locator('td').first()).toHaveText(`${hour}시`);
    await expect(hourRow.locator('td.num').nth(0)).toHaveText(sameHour ? '2' : '1');
    await expect(hourRow.locator('td.num').nth(1)).toHaveText(won(sameHour ? total : o1.total_amount));
    await byHour.getByText('표로 보기').click();
    const dishes = panel.getByTestId('report-menu');
    await expect(dishes.locator('tbody tr')).toHaveCount(2);
    const rowA = dishes.locator(`tr[data-key="${a.id}"]`);
    await expect(rowA.locator('td').first()).toHaveText(a.name);
    await expect(rowA.locator('td.num').nth(0)).toHaveText('4');
    await expect(rowA.locator('td.num').nth(1)).toHaveText(won(4 * a.price));
    const rowB = dishes.locator(`tr[data-key="${b.id}"]`);
    await expect(rowB.locator('td.num').nth(0)).toHaveText('2');
    await expect(rowB.locator('td.num').nth(1)).toHaveText(won(2 * b.price));
    // The larger seller's bar is the full width of its track.
    const barA = await rowA.locator('.bar > span').evaluate((el) => el.style.width);
    expect(barA).toBe(4 * a.price >= 2 * b.price ? '100%' : `${((4 * a.price) / (2 * b.price)) * 100}%`);
    const tables = panel.getByTestId('report-tables');
    await expect(tables.locator('tbody tr')).toHaveCount(2);
    await expect(tables).toContainText('5번');
    await expect(tables).toContainText('6번');
  };
  await expectOrders();

  await shoot(page, panel, 'admin-reports-today');

  await panel.getByRole('button', { name: '이번 달' }).click();
  await expect(report).toHaveAttribute('data-from', `${storeToday.slice(0, 8)}01`);
  await expect(report).toHaveAttribute('data-to', storeToday);
  await expect(panel.getByRole('button', { name: '이번 달' })).toHaveAttribute('aria-pressed', 'true');
  await expect(report).not.toHaveAttribute('aria-busy', 'true');
  await expectOrders();
  await shoot(page, panel, 'admin-reports-month');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('link', { name: 'CSV 다운로드' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`report-${storeToday.slice(0, 8)}01-${storeToday}.csv`);
  const file = readFileSync((await download.path())!);
  expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = file.toString('utf8').slice(1).split(/\r?\n/);
  expect(lines).toContain(`매출 합계,${total}`);
  expect(lines).toContain(`${a.id},${a.name},4,${4 * a.price}`);
  expect(lines).toContain(`${b.id},${b.name},2,${2 * b.price}`);
});

test('bad ranges are refused before asking; errors offer a retry; an empty day says so', async ({ page }) => {
  test.setTimeout(120_000);
  const today = (await call<Report>(store, 'GET', '/api/admin/reports', undefined, admin)).data.to;
  await loginAdmin(page, store);
  await page.getByRole('button', { name: '리포트' }).click();
  const panel = page.locator('.report-panel.reports');
  await expect(panel.getByTestId('report')).toHaveAttribute('data-to', today);

  const asked: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/admin/reports?')) asked.push(r.url());
  });
  const from = panel.getByLabel('시작일');
  const to = panel.getByLabel('종료일');
  const dayBefore = (d: string, n: number) => {
    const x = new Date(`${d}T00:00:00Z`);
    x.setUTCDate(x.getUTCDate() - n);
    return x.toISOString().slice(0, 10);
  };
  // Each step leaves a range the server would refuse (the inputs apply as they change).
  await from.fill(dayBefore(today, 366));
  await expect(panel.getByTestId('range-problem')).toContainText('최대 366일');
  await expect(panel.getByTestId('range-problem')).toContainText('367일');
  await expect(panel.getByRole('link', { name: 'CSV 다운로드' })).toHaveCount(0);
  await page.screenshot({ path: `${SCREENS}/admin-reports-range-problem-1366.png` });
  await to.fill(dayBefore(today, 367));
  await expect(panel.getByTestId('range-problem')).toContainText('시작일이 종료일보다 늦습니다');
  await to.fill(today);
  await expect(panel.getByTestId('range-problem')).toContainText('최대 366일');
  expect(asked, 'no request for a refused range').toHaveLength(0);
  await from.fill(dayBefore(today, 365));
  await expect(panel.getByTestId('range-problem')).toHaveCount(0);
  await expect(panel.getByTestId('report')).toHaveAttribute('data-from', dayBefore(today, 365));

  // The server failing: the error says so and a retry asks again.
  let fail = true;
  await page.route('**/api/admin/reports?*', (route) =>
    fail
      ? route.fulfill({
          status: 500,
          contentType: 'application/json',
          body: JSON.stringify({ error: { code: 'INTERNAL', message: 'boom' } }),
        })
      : route.continue(),
  );
  await panel.getByRole('button', { name: '지난 30일' }).click();
  const error = panel.getByRole('alert');
  await expect(error).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: `${SCREENS}/admin-reports-error-1366.png` });
  fail = false;
  await error.getByRole('button', { name: '다시 시도' }).click();
  await expect(panel.getByTestId('report')).toHaveAttribute('data-from', dayBefore(today, 29));

  // Yesterday, in a store that opened today: no orders, no empty axes.
  await panel.getByRole('button', { name: '어제' }).click();
  await expect(panel.getByTestId('report')).toHaveAttribute('data-from', dayBefore(today, 1));
  await expect(panel.getByTestId('report-empty')).toHaveText(
    '이 기간에는 주문이 없습니다. 다른 기간을 고르세요.',
  );
  await expect(panel.locator('canvas')).toHaveCount(0);
  await expect(panel.getByTestId('report-orders')).toContainText('0건');
  await page.screenshot({ path: `${SCREENS}/admin-reports-empty-1366.png` });
});
