/**
 * Checkout and floor on the admin screen (A12, A13): two payments, a void, a refused
 * over-payment, the rest split three ways and recorded, ending in one step; ending with money
 * due asks first and names it; moving table 3 to 7 and merging 7 into 8 while tablets watch.
 * Layout is measured at 1920×1080 and 1366×768; screenshots go to test-results/screens/.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { startStore, type StoreProcess } from './fixtures/store';
import { adminToken, call, placeOrder } from './fixtures/api';
import { loginAdmin, SCREENS } from './admin.helpers';
import type { Bill, TableInfo } from '../../src-shared/types';

let store: StoreProcess;
let admin: string;

test.beforeAll(async () => {
  store = await startStore();
  admin = await adminToken(store);
});
test.afterAll(async () => store?.dispose());

const won = (n: number) => `${n.toLocaleString('en-US')}원`;

async function tableIdOf(n: number) {
  const r = await call<{ tables: TableInfo[] }>(store, 'GET', '/api/admin/tables', undefined, admin);
  return r.data.tables.find((t) => t.table_number === n)!.id;
}

async function billOf(n: number): Promise<Bill> {
  const r = await call<Bill>(store, 'GET', `/api/admin/tables/${await tableIdOf(n)}/bill`, undefined, admin);
  expect(r.status).toBe(200);
  return r.data;
}

/** Orders at a table until its bill is at least `min`. */
async function orderAtLeast(table: number, min: number): Promise<Bill> {
  await placeOrder(store, table, 3);
  let bill = await billOf(table);
  while (bill.total_amount < min) {
    await placeOrder(store, table, 3);
    bill = await billOf(table);
  }
  return bill;
}

async function openCheckout(page: Page, table: number): Promise<Locator> {
  await page.getByTestId(`table-card-${table}`).getByRole('button', { name: '계산' }).click();
  const dialog = page.getByRole('dialog', { name: `${table}번 테이블 계산` });
  await expect(dialog.getByTestId('checkout')).toBeVisible();
  return dialog;
}

/** The dialog fits the window, nothing in it overflows sideways, amounts stay on one line. */
async function checkLayout(page: Page, dialog: Locator) {
  const size = page.viewportSize()!;
  const box = (await dialog.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(size.width);
  expect(box.y + box.height).toBeLessThanOrEqual(size.height);
  const overflow = await dialog.evaluate((d) => {
    const body = d.querySelector('.modal-body')!;
    return body.scrollWidth - body.clientWidth;
  });
  expect(overflow).toBeLessThanOrEqual(0);
  const amounts = dialog.locator('.co-sums dd, .co-share-amount, .co-pay-amount, .co-method, .co-record');
  for (const a of await amounts.all()) {
    const one = await a.evaluate((el) => {
      const style = getComputedStyle(el);
      const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.4;
      const pad = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
      return {
        lines: (el.getBoundingClientRect().height - pad) / line,
        spill: el.scrollWidth - el.clientWidth,
      };
    });
    expect(one.lines, (await a.textContent()) ?? '').toBeLessThan(1.6);
    expect(one.spill, (await a.textContent()) ?? '').toBeLessThanOrEqual(0);
  }
}

async function pay(dialog: Locator, method: string, amount: number) {
  await dialog.getByRole('radio', { name: method, exact: true }).click();
  await dialog.getByTestId('pay-amount').fill(String(amount));
  await dialog.getByTestId('pay-record').click();
}

test('payments, a void, a refused over-payment, a three-way split, then 이용 완료 in one step', async ({
  page,
}) => {
  const start = await orderAtLeast(4, 20_000);
  await loginAdmin(page, store);
  await page.setViewportSize({ width: 1920, height: 1080 });
  const dialog = await openCheckout(page, 4);
  await expect(dialog.getByTestId('bill-total')).toHaveText(won(start.total_amount));
  // The amount starts as what is due.
  await expect(dialog.getByTestId('pay-amount')).toHaveValue(String(start.total_amount));

  await pay(dialog, '카드', 10_000);
  await expect(dialog.getByTestId('bill-paid')).toHaveText(won(10_000));
  await pay(dialog, '계좌이체', 1_000);
  await expect(dialog.getByTestId('payment-row')).toHaveCount(2);
  await expect(dialog.getByTestId('bill-paid')).toHaveText(won(11_000));

  // Void the transfer with a reason; it stays listed, struck through, and no longer counts.
  await dialog.getByTestId('payment-row').nth(1).getByRole('button', { name: '결제 취소' }).click();
  const voidDialog = page.getByRole('dialog', { name: '결제 취소' });
  await expect(voidDialog).toContainText(won(1_000));
  await voidDialog.getByRole('button', { name: '결제 취소' }).click();
  await expect(voidDialog).toContainText('사유를 입력하세요');
  await voidDialog.getByLabel('취소 사유').fill('잘못 입력');
  await voidDialog.getByRole('button', { name: '결제 취소' }).click();
  await expect(voidDialog).toHaveCount(0);
  await expect(dialog.getByTestId('payment-row').nth(1)).toHaveClass(/is-voided/);
  await expect(dialog.getByTestId('bill-paid')).toHaveText(won(10_000));

  // More than is due: the server's 409 in plain words.
  const due1 = start.total_amount - 10_000;
  await pay(dialog, '현금', due1 + 1_000);
  await expect(dialog.getByRole('alert')).toContainText(`남은 금액(${won(due1)})보다 많이 받을 수 없습니다`);

  await pay(dialog, '현금', 5_000);
  const due = start.total_amount - 15_000;
  await expect(dialog.getByTestId('bill-due')).toHaveText(won(due));
  await expect(dialog.getByTestId('pay-amount')).toHaveValue(String(due));
  await page.screenshot({ path: `${SCREENS}/checkout-panel-1920.png` });
  await checkLayout(page, dialog);

  // Split the rest three ways; the shares add up exactly; each is recorded with one tap.
  const split = dialog.getByTestId('split-panel');
  await split.getByRole('button', { name: '+' }).click();
  await expect(split.getByTestId('split-ways')).toHaveText('3명');
  await split.getByRole('button', { name: '나누기' }).click();
  const shares = split.locator('.co-share');
  await expect(shares).toHaveCount(3);
  const amounts = (await split.locator('.co-share-amount').allTextContents()).map((s) =>
    Number(s.replace(/\D/g, '')),
  );
  expect(amounts.reduce((a, b) => a + b, 0)).toBe(due);
  expect(Math.max(...amounts) - Math.min(...amounts)).toBeLessThanOrEqual(1);
  await page.screenshot({ path: `${SCREENS}/checkout-split-1920.png` });
  for (let i = 0; i < 3; i++) {
    await shares.nth(i).getByRole('button', { name: '현금 기록' }).click();
    await expect(shares.nth(i)).toHaveClass(/is-paid/);
  }
  await expect(dialog.getByTestId('bill-due')).toHaveText(won(0));
  await expect(dialog).toContainText('모두 결제되었습니다');
  await page.screenshot({ path: `${SCREENS}/checkout-split-paid-1920.png` });
  await checkLayout(page, dialog);
  const after = await billOf(4);
  expect(after.payments.filter((p) => !p.voided_at)).toHaveLength(5);
  expect(after.due_amount).toBe(0);

  // Paid in full: 이용 완료 is one step.
  await dialog.getByTestId('checkout-end').click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByText('4번 테이블 이용 완료 (결제 완료)')).toBeVisible();
  await expect(page.getByTestId('table-card-4')).toContainText('비어 있음');
});

test('ending with money due asks first, names the amount and shows it recorded (1366×768)', async ({
  page,
}) => {
  const bill = await orderAtLeast(5, 1);
  await loginAdmin(page, store);
  const dialog = await openCheckout(page, 5);
  await checkLayout(page, dialog);
  await page.screenshot({ path: `${SCREENS}/checkout-panel-1366.png` });
  // Pay for one ticked line only.
  await dialog.getByRole('checkbox').first().check();
  await expect(dialog.getByTestId('pay-amount')).toHaveValue(String(bill.lines[0]!.amount));
  await expect(dialog.getByTestId('lines-selected')).toContainText(won(bill.lines[0]!.amount));
  await dialog.getByTestId('pay-record').click();
  const due = bill.total_amount - bill.lines[0]!.amount;
  await expect(dialog.getByTestId('bill-due')).toHaveText(won(due));

  await dialog.getByTestId('checkout-end').click();
  const confirm = page.getByRole('dialog', { name: '미결제 금액이 있습니다' });
  await expect(confirm).toContainText(`미결제 ${won(due)}`);
  await page.screenshot({ path: `${SCREENS}/checkout-end-unpaid-1366.png` });
  await confirm.getByRole('button', { name: '미결제로 이용 완료' }).click();
  await expect(page.getByText(`5번 테이블 이용 완료 — 미결제 ${won(due)} 기록됨`)).toBeVisible();
  await expect(page.getByTestId('table-card-5')).toContainText('비어 있음');

  // The table's history shows the visit's payment and what it left unpaid, once per visit.
  await page.getByTestId('table-card-5').getByRole('button', { name: '이력' }).click();
  const money = page.getByTestId('history-list').locator('.session-money');
  await expect(money).toHaveCount(1);
  await expect(money).toContainText(won(bill.lines[0]!.amount));
  await expect(money.locator('.unpaid')).toHaveText(`미결제 ${won(due)}`);
});

async function openTablet(page: Page, table: number) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${store.url}/table/`);
  await page.getByLabel('매장 코드').fill('demo');
  await page.getByLabel('테이블 번호').fill(String(table));
  await page.getByLabel('비밀번호').fill(store.password);
  await page.getByRole('button', { name: '연결하기' }).click();
  await expect(page.locator('.conn')).toHaveAttribute('data-state', 'live');
}

test('moving table 3 to 7 and merging 7 into 8, with tablets at 3 and 7 open', async ({ page, browser }) => {
  const at3 = await orderAtLeast(3, 1);
  const at8 = await orderAtLeast(8, 1);
  const ctx3 = await browser.newContext();
  const ctx7 = await browser.newContext();
  const tablet3 = await ctx3.newPage();
  const tablet7 = await ctx7.newPage();
  await openTablet(tablet3, 3);
  await openTablet(tablet7, 7);
  await tablet3.getByRole('button', { name: '주문 내역' }).first().click();
  await expect(tablet3.getByTestId('orders-total')).toHaveText(won(at3.total_amount));
  await tablet7.getByRole('button', { name: '주문 내역' }).first().click();
  await expect(tablet7.locator('.empty-state')).toBeVisible();

  await loginAdmin(page, store);
  let dialog = await openCheckout(page, 3);
  await dialog.getByRole('button', { name: '테이블 이동' }).click();
  const move = page.getByRole('dialog', { name: '3번 테이블 이동' });
  // Only empty tables are offered.
  await expect(move.getByRole('radio', { name: /8번 테이블/ })).toHaveCount(0);
  await move.getByRole('radio', { name: /^7번 테이블/ }).click();
  await expect(move.getByTestId('floor-summary')).toContainText('3번 테이블의 주문');
  await expect(move.getByTestId('floor-summary')).toContainText('7번 테이블로 옮겨집니다');
  await checkLayout(page, move);
  await page.screenshot({ path: `${SCREENS}/floor-move-1366.png` });
  await move.getByRole('button', { name: '7번으로 이동' }).click();
  await expect(move).toHaveCount(0);

  // The tablet at 3 is back to an empty table and says why; the one at 7 shows the orders.
  await expect(tablet3.getByRole('alert')).toContainText('다른 테이블로 이동되었습니다');
  await tablet3.screenshot({ path: `${SCREENS}/tablet-moved-away.png` });
  await tablet3.getByRole('button', { name: '주문 내역' }).first().click();
  await expect(tablet3.locator('.empty-state')).toBeVisible();
  await expect(tablet7.getByTestId('orders-total')).toHaveText(won(at3.total_amount));
  await tablet7.screenshot({ path: `${SCREENS}/tablet-moved-here.png` });

  // The panel follows the guests to table 7.
  dialog = page.getByRole('dialog', { name: '7번 테이블 계산' });
  await expect(dialog.getByTestId('bill-total')).toHaveText(won(at3.total_amount));
  await expect(page.getByTestId('table-card-3')).toContainText('비어 있음');

  await dialog.getByRole('button', { name: '합석' }).click();
  const merge = page.getByRole('dialog', { name: '7번 테이블 합석' });
  await expect(merge.getByRole('radio', { name: /^3번 테이블/ })).toHaveCount(0);
  await merge.getByRole('radio', { name: /^8번 테이블/ }).click();
  await expect(merge.getByTestId('floor-summary')).toContainText('8번 테이블 계산서로 합쳐집니다');
  await checkLayout(page, merge);
  await page.screenshot({ path: `${SCREENS}/floor-merge-1366.png` });
  await merge.getByRole('button', { name: '8번에 합석' }).click();
  await expect(merge).toHaveCount(0);

  await expect(tablet7.getByRole('alert')).toContainText('다른 테이블과 합석되었습니다');
  dialog = page.getByRole('dialog', { name: '8번 테이블 계산' });
  await expect(dialog.getByTestId('bill-total')).toHaveText(won(at3.total_amount + at8.total_amount));
  await expect(page.getByTestId('table-card-7')).toContainText('비어 있음');
  await ctx3.close();
  await ctx7.close();
});
