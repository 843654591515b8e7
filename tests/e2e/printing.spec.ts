/**
 * A14 in a real browser against a fake ESC/POS printer (a real TCP server on 127.0.0.1): the
 * manager adds a kitchen printer on the printers screen, a test slip and a tablet order print
 * (Korean decoded from CP949), the printer is unplugged (the admin shows 연결 안 됨, the kitchen
 * board its alert, the job lands in 출력 실패) and 다시 출력 prints it once it is back; paper
 * out prints again headed 재출력; a kitchen account cannot open the printers screen.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { startStore, type StoreProcess } from './fixtures/store';
import { adminToken, call } from './fixtures/api';
import { loginAdmin, SCREENS } from './admin.helpers';
import { orderDishes, signInKitchen } from './kitchen.helpers';
import { startFakePrinter, type FakePrinter } from '../helpers/fake-printer';
import type { Order, PrintJob } from '../../src-shared/types';

let store: StoreProcess;
let admin: string;
let fake: FakePrinter;
let page: Page;
let kitchen: Page;

const PRINTER = '주방 프린터';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }) => {
  store = await startStore();
  admin = await adminToken(store);
  fake = await startFakePrinter();
  page = await browser.newPage();
});
test.afterAll(async () => {
  await page?.close();
  await kitchen?.close();
  await fake?.close();
  await store?.dispose();
});

const shortNumber = (o: Order) => `#${o.order_number.split('-').pop()}`;
const row = () => page.locator(`.printer-row[data-printer="${PRINTER}"]`);
const failedPanel = () => page.locator('section[aria-labelledby=failed-jobs]');
const jobOf = async (orderId: number) =>
  (
    await call<{ jobs: PrintJob[] }>(
      store,
      'GET',
      '/api/admin/print-jobs?status=pending,failed,done',
      undefined,
      admin,
    )
  ).data.jobs.find((j) => j.order_id === orderId);
/** Slips for an order received since `from` (the printer counts only what it printed while ok). */
const slipsOf = (o: Order, from = 0) =>
  fake
    .texts()
    .slice(from)
    .filter((x) => x.includes(shortNumber(o)));

async function shoot(p: Page, name: string, sizes: [number, number][]) {
  for (const [width, height] of sizes) {
    await p.setViewportSize({ width, height });
    await p.screenshot({ path: `${SCREENS}/${name}-${width}x${height}.png` });
    await expectTidy(p);
  }
}

/** Nothing overflows its card and no button or status badge wraps onto a second line. */
async function expectTidy(p: Page) {
  const problems = await p.evaluate(() => {
    const out: string[] = [];
    const lines = (el: Element) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    };
    const inside = (el: Element, box: Element) => {
      const a = el.getBoundingClientRect();
      const b = box.getBoundingClientRect();
      return (
        a.left >= b.left - 0.5 &&
        a.right <= b.right + 0.5 &&
        a.top >= b.top - 0.5 &&
        a.bottom <= b.bottom + 0.5
      );
    };
    const sel =
      '.printers-layout button, .printer-status, .modal button, .printer-alert > *, .printer-form legend, .printer-form label';
    for (const el of document.querySelectorAll(sel)) {
      if (el.matches('button, .printer-status, .printer-alert > *') && lines(el) > 1)
        out.push(`wraps: ${el.textContent}`);
      if (el.scrollWidth > el.clientWidth + 1) out.push(`overflows itself: ${el.textContent}`);
    }
    for (const card of document.querySelectorAll('.printers-layout .panel, .modal, .printer-row, .job-row'))
      for (const el of card.querySelectorAll('*'))
        if (el.getClientRects().length && !inside(el, card)) out.push(`outside its card: ${el.textContent}`);
    const alert = document.querySelector('.printer-alert');
    if (alert && !inside(alert, document.querySelector('.board')!)) out.push('alert outside the board');
    if (document.documentElement.scrollWidth > window.innerWidth) out.push('page scrolls sideways');
    return out;
  });
  expect(problems).toEqual([]);
}

async function openPrinters(p: Page) {
  await p.getByRole('button', { name: '프린터', exact: true }).click();
  await expect(p.getByRole('heading', { name: '프린터', exact: true })).toBeVisible();
}

async function openKitchen(browser: Browser) {
  kitchen = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await signInKitchen(kitchen, store);
}

test('a manager adds a kitchen printer; the test slip and a tablet order print in Korean', async () => {
  await loginAdmin(page, store);
  await openPrinters(page);
  await expect(page.getByText('등록된 프린터가 없습니다.')).toBeVisible();

  await page.getByRole('button', { name: '프린터 추가' }).click();
  const dialog = page.getByRole('dialog', { name: '프린터 추가' });
  await dialog.getByLabel('이름').fill(PRINTER);
  await dialog.getByLabel('IP 주소').fill('127.0.0.1');
  await dialog.getByLabel('포트').fill(String(fake.port));
  await expect(dialog.getByRole('radio', { name: '주방' })).toBeChecked();
  await shoot(page, 'admin-printer-dialog', [
    [1920, 1080],
    [1366, 768],
  ]);
  await dialog.getByRole('button', { name: '저장' }).click();
  await expect(dialog).toHaveCount(0);

  await expect(row()).toContainText(`127.0.0.1:${fake.port}`);
  await expect(row()).toContainText('전체');
  // The worker asks the printer for its status (DLE EOT) and the badge follows printer.updated.
  await expect(row().locator('.printer-status')).toHaveText('정상', { timeout: 20_000 });
  expect(fake.queries).toBeGreaterThan(0);

  await row().getByRole('button', { name: '테스트 인쇄' }).click();
  await expect(page.getByText('테스트 인쇄를 보냈습니다.')).toBeVisible();
  await expect.poll(() => fake.texts().filter((x) => x.includes('한글 출력 확인')).length).toBe(1);
  expect(fake.texts()[0]).toContain(PRINTER);

  const o = await orderDishes(store, 3, [{ name: '비빔밥', quantity: 2 }]);
  await expect.poll(() => slipsOf(o).length).toBe(1);
  const slip = slipsOf(o)[0]!;
  expect(slip).toContain('테이블 3');
  expect(slip).toContain('비빔밥');
  expect(slip).toContain('x2');
  expect(slip).not.toContain('재출력');
  expect(slip).not.toContain('?');
  await expect.poll(async () => (await jobOf(o.id))?.status).toBe('done');

  await shoot(page, 'admin-printers', [
    [1920, 1080],
    [1366, 768],
  ]);
});

test('unplugged: the admin and the kitchen board say so, the job is in 출력 실패, 다시 출력 prints it once', async ({
  browser,
}) => {
  await openKitchen(browser);
  await expect(kitchen.getByTestId('printer-alert')).toHaveCount(0);
  await fake.unplug();
  await expect(row().locator('.printer-status')).toHaveText('연결 안 됨', { timeout: 20_000 });
  const alert = kitchen.getByTestId('printer-alert');
  await expect(alert).toContainText(`${PRINTER} (연결 안 됨)`);
  await expect(alert).toContainText('복구되면 이어서 인쇄됩니다');

  // Ordering goes on while the printer is away; its ticket waits and fails after three tries.
  const o = await orderDishes(store, 5, [{ name: '김치찌개' }, { name: '콜라' }]);
  const failedRow = failedPanel().locator('.job-row');
  await expect(failedRow).toHaveCount(1, { timeout: 30_000 });
  await expect(failedRow).toContainText(PRINTER);
  await expect(failedRow).toContainText('주방 주문서');
  await expect(failedRow).toContainText('시도 3회');
  await expect(row()).toContainText('대기 1건');
  await shoot(page, 'admin-printers-failed', [
    [1920, 1080],
    [1366, 768],
  ]);
  await shoot(kitchen, 'kitchen-printer-alert', [
    [1280, 800],
    [1920, 1080],
  ]);

  // One more automatic try has passed: the next is seconds away, so the click is what prints it.
  await expect.poll(async () => (await jobOf(o.id))?.attempts, { timeout: 30_000 }).toBeGreaterThanOrEqual(4);
  const before = fake.printed.length;
  await fake.plugIn();
  await failedRow.getByRole('button', { name: '다시 출력' }).click();
  await expect.poll(() => slipsOf(o, before).length).toBe(1);
  const slip = slipsOf(o, before)[0]!;
  expect(slip).toContain('테이블 5');
  expect(slip).toContain('김치찌개');
  expect(slip).toContain('콜라');
  // Nothing reached the paper while it was unplugged: not a 재출력.
  expect(slip).not.toContain('재출력');
  await expect(failedPanel().getByText('실패한 출력이 없습니다.')).toBeVisible();
  await expect(row().locator('.printer-status')).toHaveText('정상');
  await expect(alert).toHaveCount(0);
  await expect.poll(async () => (await jobOf(o.id))?.status).toBe('done');
  expect(slipsOf(o)).toHaveLength(1);
});

test('paper out mid-job: 용지 없음 on both screens, and 다시 출력 prints it headed 재출력', async () => {
  fake.mode = 'paper_out';
  const o = await orderDishes(store, 7, [{ name: '비빔밥' }]);
  await expect(row().locator('.printer-status')).toHaveText('용지 없음', { timeout: 20_000 });
  await expect(kitchen.getByTestId('printer-alert')).toContainText(`${PRINTER} (용지 없음)`);
  const failedRow = failedPanel().locator('.job-row');
  await expect(failedRow).toHaveCount(1, { timeout: 30_000 });
  await expect.poll(async () => (await jobOf(o.id))?.attempts, { timeout: 30_000 }).toBeGreaterThanOrEqual(4);
  const before = fake.printed.length;
  fake.mode = 'ok';
  await failedRow.getByRole('button', { name: '다시 출력' }).click();
  await expect.poll(() => slipsOf(o, before).length).toBe(1);
  // The bytes went out while the paper was out: part of it may be on paper, so it says 재출력.
  expect(slipsOf(o, before)[0]).toContain('재출력');
  expect(slipsOf(o, before)[0]).toContain('테이블 7');
  await expect(failedPanel().getByText('실패한 출력이 없습니다.')).toBeVisible();
  await expect(kitchen.getByTestId('printer-alert')).toHaveCount(0);
});

test('a kitchen account cannot open the printers screen', async ({ browser }) => {
  const r = await call(
    store,
    'POST',
    '/api/admin/staff',
    { username: 'cook', password: 'cook-pass-1', role: 'kitchen' },
    admin,
  );
  expect(r.status).toBe(201);
  const cook = await browser.newPage();
  try {
    await loginAdmin(cook, store, 'cook', 'cook-pass-1');
    await cook.getByRole('button', { name: '프린터', exact: true }).click();
    await expect(cook.getByRole('alert')).toContainText('관리자 계정만');
    await expect(cook.getByRole('button', { name: '프린터 추가' })).toHaveCount(0);
    await expect(cook.locator('.printer-row')).toHaveCount(0);
    await expect(cook.getByText(PRINTER)).toHaveCount(0);
  } finally {
    await cook.close();
  }
});
