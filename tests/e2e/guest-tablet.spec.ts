/**
 * Guest service on the tablet (T9–T11): a staff call whose status follows the staff live, an
 * offline call delivered once, the bill matching the server's, a guest's phone that joins by the
 * tablet's QR, orders, is seen live by the tablet and ends with the seating; and the header's
 * call button measured at tablet and phone sizes.
 */
import { randomUUID } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { startStore, type StoreProcess } from './fixtures/store';
import { adminToken, call, tableToken } from './fixtures/api';
import { SCREENS } from './admin.helpers';
import type { Bill, MenuTree, Order, StaffCall, StaffCallList, TableInfo } from '../../src-shared/types';

let store: StoreProcess;
let admin: string;
let menu: MenuTree;

test.beforeAll(async () => {
  store = await startStore();
  admin = await adminToken(store);
  const { token } = await tableToken(store, 10);
  menu = (await call<MenuTree>(store, 'GET', '/api/menus', undefined, token)).data;
});
test.afterAll(async () => store?.dispose());

const dishes = () => menu.categories.flatMap((c) => c.menus);
/** Dishes a + adds at once (no required options). */
const plain = () => dishes().filter((m) => m.available && !m.option_groups.some((g) => g.min_select > 0));
const card = (page: Page, id: number) => page.locator(`.card[data-menu-id="${id}"]`);

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function setUpTablet(page: Page, table: number, size = { width: 1280, height: 800 }) {
  await page.setViewportSize(size);
  await page.goto(`${store.url}/table/`);
  await page.getByLabel('매장 코드').fill('demo');
  await page.getByLabel('테이블 번호').fill(String(table));
  await page.getByLabel('비밀번호').fill(store.password);
  await page.getByRole('button', { name: '연결하기' }).click();
  await expect(page.locator('.conn')).toHaveAttribute('data-state', 'live');
}

async function tableIdOf(n: number) {
  const r = await call<{ tables: TableInfo[] }>(store, 'GET', '/api/admin/tables', undefined, admin);
  return r.data.tables.find((t) => t.table_number === n)!.id;
}

async function callsOf(tableNumber: number): Promise<StaffCall[]> {
  const r = await call<StaffCallList>(
    store,
    'GET',
    '/api/admin/staff-calls?status=open,acknowledged,done',
    undefined,
    admin,
  );
  expect(r.status).toBe(200);
  return r.data.calls.filter((c) => c.table_number === tableNumber);
}

async function endSession(tableNumber: number) {
  const r = await call(
    store,
    'POST',
    `/api/admin/tables/${await tableIdOf(tableNumber)}/session/end`,
    {},
    admin,
  );
  expect(r.status).toBe(200);
}

/** Opens the tablet's phone QR and returns the invite URL, pointed at this test's server. */
async function inviteUrl(page: Page): Promise<string> {
  await page.getByRole('button', { name: '휴대폰으로 주문' }).click();
  const qr = page.getByTestId('guest-qr');
  await expect(qr).toBeVisible();
  const url = new URL((await qr.getAttribute('data-url'))!);
  expect(url.pathname).toBe('/table/guest');
  return `${store.url}/table/guest?code=${url.searchParams.get('code')}`;
}

async function phoneJoins(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const phone = await context.newPage();
  await phone.goto(url);
  await expect(phone.locator('.conn')).toHaveAttribute('data-state', 'live');
  return { context, phone };
}

test('a staff call of 물 + 앞접시 with a note shows 요청을 받았습니다, then 처리 중 and 완료 live', async ({
  page,
}) => {
  await setUpTablet(page, 3);
  await page.getByTestId('call-button').click();
  const sheet = page.getByTestId('call-sheet');
  await expect(sheet).toBeVisible();
  await sheet.getByRole('button', { name: '물', exact: true }).click();
  await sheet.getByRole('button', { name: '앞접시', exact: true }).click();
  await expect(sheet.getByRole('button', { name: '물', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await sheet.getByLabel('요청 사항 (선택)').fill('아기 의자도 부탁드려요');
  await page.screenshot({ path: `${SCREENS}/guest-call-sheet.png` });
  await sheet.getByRole('button', { name: '호출하기' }).click();

  const row = sheet.locator('.call-row').first();
  await expect(row).toContainText('물, 앞접시, “아기 의자도 부탁드려요”');
  await expect(row).toContainText('요청을 받았습니다');
  await page.screenshot({ path: `${SCREENS}/guest-call-sent.png` });
  await sheet.getByRole('button', { name: '닫기' }).click();
  const strip = page.getByTestId('call-strip');
  await expect(strip).toContainText('요청을 받았습니다');

  const [made] = await callsOf(3);
  expect(made!.items.map((i) => i.label)).toEqual(['물', '앞접시']);
  expect(made!.note).toBe('아기 의자도 부탁드려요');
  let r = await call(store, 'PUT', `/api/admin/staff-calls/${made!.id}`, { status: 'acknowledged' }, admin);
  expect(r.status).toBe(200);
  await expect(strip.locator(`[data-call-id="${made!.id}"]`)).toContainText('처리 중');
  r = await call(store, 'PUT', `/api/admin/staff-calls/${made!.id}`, { status: 'done' }, admin);
  expect(r.status).toBe(200);
  await expect(strip.locator(`[data-call-id="${made!.id}"]`)).toContainText('완료');
});

test('a call made while the server is down is delivered exactly once when it is back', async ({ page }) => {
  await setUpTablet(page, 4);
  // The reload below is answered by the service worker: it must be in control first.
  await page.waitForFunction(() => !!navigator.serviceWorker?.controller);
  await store.stop();
  await expect(page.locator('.conn')).toHaveAttribute('data-state', 'reconnecting');
  await page.getByTestId('call-button').click();
  const sheet = page.getByTestId('call-sheet');
  // Presets were loaded while online; a note alone is a call too.
  await sheet.getByRole('button', { name: '물티슈', exact: true }).click();
  await sheet.getByRole('button', { name: '호출하기' }).click();
  await expect(sheet.locator('.call-row').first()).toContainText('요청을 보냈습니다');
  await expect(sheet.getByRole('alert')).toContainText('연결되면 자동으로 한 번만 전송됩니다');
  await sheet.getByRole('button', { name: '닫기' }).click();
  await expect(page.getByTestId('call-strip')).toContainText('요청을 보냈습니다');
  // Still waiting after a reload: it is kept on the tablet.
  await page.reload();
  await expect(page.getByTestId('call-strip')).toContainText('요청을 보냈습니다');

  await store.restart();
  await expect(page.getByTestId('call-strip')).toContainText('요청을 받았습니다', { timeout: 45_000 });
  await expect(page.locator('.conn')).toHaveAttribute('data-state', 'live');
  await page.reload();
  await expect(page.locator('.conn')).toHaveAttribute('data-state', 'live');
  await expect(page.getByTestId('call-strip').locator('.call-row')).toHaveCount(1);
  const calls = await callsOf(4);
  expect(calls).toHaveLength(1);
  expect(calls[0]!.items.map((i) => i.label)).toEqual(['물티슈']);
});

test('the bill shows the merged lines and the totals the server has, and asks for the bill', async ({
  page,
}) => {
  const { token } = await tableToken(store, 5);
  const [a, b] = [plain()[0]!, plain()[1]!];
  for (const items of [
    [{ menu_id: a.id, quantity: 2 }],
    [
      { menu_id: a.id, quantity: 1 },
      { menu_id: b.id, quantity: 1, note: '덜 맵게' },
    ],
  ]) {
    const r = await call<Order>(
      store,
      'POST',
      '/api/orders',
      { client_order_id: randomUUID(), items },
      token,
    );
    expect(r.status).toBe(201);
  }
  const bill = (await call<Bill>(store, 'GET', '/api/bill', undefined, token)).data;
  expect(bill.lines).toHaveLength(2);

  await setUpTablet(page, 5);
  await page.getByRole('button', { name: '주문 내역' }).click();
  await page.getByRole('tab', { name: '계산서' }).click();
  const view = page.getByTestId('bill-view');
  const lines = view.locator('.bill-line');
  await expect(lines).toHaveCount(bill.lines.length);
  const won = (n: number) => `${n.toLocaleString('en-US')}원`;
  for (const [i, line] of bill.lines.entries()) {
    await expect(lines.nth(i)).toContainText(line.menu_name);
    await expect(lines.nth(i).locator('.bill-line-qty')).toHaveText(
      `${won(line.unit_price)} × ${line.quantity}`,
    );
    await expect(lines.nth(i).locator('.bill-line-amount')).toHaveText(won(line.amount));
    if (line.note) await expect(lines.nth(i)).toContainText(line.note);
  }
  expect(bill.lines.find((l) => l.menu_name === a.name)!.quantity).toBe(3);
  await expect(view.getByTestId('bill-total')).toHaveText(won(bill.total_amount));
  await expect(view.getByTestId('bill-paid')).toHaveText(won(bill.paid_amount));
  await expect(view.getByTestId('bill-due')).toHaveText(won(bill.due_amount));
  await page.screenshot({ path: `${SCREENS}/guest-bill.png` });

  // A new order shows on the open bill without touching it.
  const more = await call<Order>(
    store,
    'POST',
    '/api/orders',
    { client_order_id: randomUUID(), items: [{ menu_id: b.id, quantity: 1 }] },
    token,
  );
  expect(more.status).toBe(201);
  await expect(view.getByTestId('bill-total')).toHaveText(won(bill.total_amount + more.data.total_amount));

  await view.getByRole('button', { name: '계산 요청' }).click();
  await expect(view.getByRole('status')).toContainText('계산 요청을 보냈습니다');
  const calls = await callsOf(5);
  expect(calls.map((c) => c.items.map((i) => i.label).join() || c.note)).toContain('계산 요청');
});

test('a phone joins by the QR, orders, the tablet sees it live; after 이용 완료 the phone cannot order', async ({
  page,
  browser,
}) => {
  await setUpTablet(page, 6);
  const url = await inviteUrl(page);
  await expect(page.getByTestId('guest-qr-expiry')).toContainText('까지 사용할 수 있습니다');
  await page.screenshot({ path: `${SCREENS}/guest-qr-dialog.png` });
  await page.getByRole('dialog').getByRole('button', { name: '닫기' }).click();
  await page.getByRole('button', { name: '주문 내역' }).click();

  const { context, phone } = await phoneJoins(browser, url);
  try {
    await expect(phone.locator('.table-no')).toHaveText('6번 테이블');
    // A guest phone: no QR for more phones; the code is gone from the address bar.
    await expect(phone.getByRole('button', { name: '휴대폰으로 주문' })).toHaveCount(0);
    expect(new URL(phone.url()).search).toBe('');
    await phone.screenshot({ path: `${SCREENS}/guest-phone-menu.png` });

    const dish = plain()[0]!;
    await card(phone, dish.id).locator('.card-add').click();
    await card(phone, dish.id).locator('.card-add').click();
    await phone.getByRole('button', { name: '펼치기' }).click();
    await phone.screenshot({ path: `${SCREENS}/guest-phone-cart.png` });
    await phone.getByRole('button', { name: '주문하기' }).click();
    await phone.getByRole('dialog').getByRole('button', { name: '주문 확정' }).click();
    await expect(phone.getByRole('dialog')).toContainText('주문이 접수되었습니다');
    await phone.getByRole('dialog').getByRole('button', { name: '메뉴로' }).click();

    // The tablet sees the phone's order live.
    const tabletOrder = page.locator('.order-card:not(.pending-send)');
    await expect(tabletOrder).toHaveCount(1);
    await expect(tabletOrder).toContainText(`${dish.name} × 2`);

    await phone.getByRole('button', { name: '주문 내역' }).click();
    await expect(phone.locator('.order-card')).toHaveCount(1);
    await phone.screenshot({ path: `${SCREENS}/guest-phone-orders.png` });
    // And the phone sees the tablet's.
    await page.getByRole('button', { name: '메뉴로' }).click();
    await card(page, dish.id).locator('.card-add').click();
    await page.getByRole('button', { name: '주문하기' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '주문 확정' }).click();
    await expect(phone.locator('.order-card')).toHaveCount(2);
    await phone.getByRole('tab', { name: '계산서' }).click();
    await expect(phone.locator('.bill-line')).toHaveCount(1);
    await phone.screenshot({ path: `${SCREENS}/guest-phone-bill.png` });

    const guestToken = await phone.evaluate(
      () => (JSON.parse(localStorage.getItem('table-order.tablet.session')!) as { token: string }).token,
    );
    await endSession(6);
    const ended = phone.getByTestId('guest-ended');
    await expect(ended).toContainText('이용이 끝났습니다');
    await expect(ended).toContainText('방문해 주셔서 감사합니다');
    await expect(phone.getByRole('button', { name: '주문하기' })).toHaveCount(0);
    await phone.screenshot({ path: `${SCREENS}/guest-phone-ended.png` });
    // A reload keeps the end screen: never the tablet's setup.
    await phone.reload();
    await expect(ended).toBeVisible();
    await expect(phone.getByLabel('매장 코드')).toHaveCount(0);
    const r = await call(
      store,
      'POST',
      '/api/orders',
      { client_order_id: randomUUID(), items: [{ menu_id: dish.id, quantity: 1 }] },
      guestToken,
    );
    expect(r.status).toBe(401);
    // The same invite no longer logs anyone in.
    await phone.goto(url);
    await expect(phone.getByTestId('guest-ended')).toHaveAttribute('data-reason', 'invalid');
  } finally {
    await context.close();
  }
});

const SIZES = [
  { width: 1280, height: 800, table: 7 },
  { width: 800, height: 1280, table: 8 },
];

async function checkLayout(page: Page, size: { width: number; height: number }) {
  const button = page.getByTestId('call-button');
  await expect(button).toBeVisible();
  const b = (await button.boundingBox())!;
  expect(b.x).toBeGreaterThanOrEqual(0);
  expect(b.x + b.width).toBeLessThanOrEqual(size.width);
  expect(b.width).toBeGreaterThanOrEqual(44);
  expect(b.height).toBeGreaterThanOrEqual(44);
  // Nothing else in the header sits on it, and the cart never covers it.
  const others = await page
    .locator('.header .brand, .header-actions > *:not([data-testid="call-button"]), .cart')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as Box));
  expect(others.filter((o) => o.width > 1 && intersects(o, b))).toEqual([]);
  const [scrollWidth, innerWidth] = await page.evaluate(() => [
    document.scrollingElement!.scrollWidth,
    window.innerWidth,
  ]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  const header = await page
    .locator('.header, .header *')
    .evaluateAll((els) => Math.max(...els.map((e) => e.getBoundingClientRect().right)));
  expect(header).toBeLessThanOrEqual(size.width);
}

for (const size of SIZES) {
  test(`${size.width}×${size.height}: the call button is in reach and nothing overflows`, async ({
    page,
  }) => {
    await setUpTablet(page, size.table, size);
    await card(page, plain()[0]!.id).locator('.card-add').click();
    await checkLayout(page, size);
    await page.getByRole('button', { name: '주문 내역' }).click();
    await page.getByRole('tab', { name: '계산서' }).click();
    await checkLayout(page, size);
    await page.getByTestId('call-button').click();
    const sheet = page.getByTestId('call-sheet').locator('.modal');
    const box = (await sheet.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(size.width);
    await page.screenshot({ path: `${SCREENS}/guest-call-sheet-${size.width}x${size.height}.png` });
  });
}

test('390×844 phone: call button, cart, orders, bill and call sheet fit', async ({ page, browser }) => {
  await setUpTablet(page, 9);
  const url = await inviteUrl(page);
  const { context, phone } = await phoneJoins(browser, url);
  const size = { width: 390, height: 844 };
  try {
    await card(phone, plain()[0]!.id).locator('.card-add').click();
    await phone.getByRole('button', { name: '펼치기' }).click();
    await checkLayout(phone, size);
    await phone.getByRole('button', { name: '주문 내역' }).click();
    await checkLayout(phone, size);
    await phone.getByRole('tab', { name: '계산서' }).click();
    await checkLayout(phone, size);
    await phone.getByTestId('call-button').click();
    const sheet = phone.getByTestId('call-sheet').locator('.modal');
    const box = (await sheet.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(size.width);
    const send = (await phone.getByRole('button', { name: '호출하기' }).boundingBox())!;
    expect(send.x + send.width).toBeLessThanOrEqual(size.width);
    await phone.screenshot({ path: `${SCREENS}/guest-phone-call-sheet.png` });
  } finally {
    await context.close();
  }
});
