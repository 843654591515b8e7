/**
 * Tablet app (T1–T6) against a real store server in real Chromium: setup, menu, cart, order,
 * my orders live, reload, re-login, pairing, sold-out live, session end, touch targets.
 */
import { expect, test, type Page } from '@playwright/test';
import { startStore, type StoreProcess } from './fixtures/store';
import { adminToken, call, placeOrder, tableToken } from './fixtures/api';
import type { AdminOrders, MenuTree, Order, PairingCode, TableInfo } from '../../src-shared/types';

let store: StoreProcess;
let admin: string;
let menu: MenuTree;

test.beforeAll(async () => {
  store = await startStore();
  admin = await adminToken(store);
  const { token } = await tableToken(store, 10);
  menu = (await call<MenuTree>(store, 'GET', '/api/menus', undefined, token)).data;
});

test.afterAll(async () => {
  await store?.dispose();
});

function dish(name: string) {
  const m = menu.categories.flatMap((c) => c.menus).find((x) => x.name === name);
  if (!m) throw new Error(`no dish ${name}`);
  return m;
}

const card = (page: Page, id: number) => page.locator(`.card[data-menu-id="${id}"]`);
/** The tile's + control (T2): adds at once, or opens the dish sheet when the dish has options. */
const addButton = (page: Page, id: number) => card(page, id).locator('.card-add');

/** One of a dish with no choices made: straight from +, or through its sheet. */
async function add(page: Page, id: number) {
  await addButton(page, id).click();
  const m = menu.categories.flatMap((c) => c.menus).find((x) => x.id === id)!;
  if (m.option_groups.length > 0) {
    await page.getByTestId('sheet-add').click();
    await expect(page.getByTestId('dish-sheet')).toBeHidden();
  }
}
const cartLine = (page: Page, id: number) => page.locator(`.cart-line[data-menu-id="${id}"]`);

async function tableId(n: number) {
  const r = await call<{ tables: TableInfo[] }>(store, 'GET', '/api/admin/tables', undefined, admin);
  return r.data.tables.find((t) => t.table_number === n)!.id;
}

async function setUp(page: Page, table: number) {
  await page.goto(`${store.url}/table/`);
  await page.getByLabel('매장 코드').fill('demo');
  await page.getByLabel('테이블 번호').fill(String(table));
  await page.getByLabel('비밀번호').fill(store.password);
  await page.getByRole('button', { name: '연결하기' }).click();
  await expect(page.getByText(`${table}번 테이블`)).toBeVisible();
  await expect(addButton(page, dish('비빔밥').id)).toBeEnabled();
}

/** Every visible button is at least 44×44 CSS px (T2). */
async function expectTouchTargets(page: Page) {
  const boxes = await page
    .locator('button:visible')
    .evaluateAll((els) =>
      els.map((e) => ({ text: e.textContent?.trim().slice(0, 30), ...e.getBoundingClientRect().toJSON() })),
    );
  expect(boxes.length).toBeGreaterThan(0);
  const small = boxes.filter((b) => b.width < 44 || b.height < 44);
  expect(small, JSON.stringify(small)).toEqual([]);
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
});

test('setup → menu → cart → order → my orders, status live', async ({ page }) => {
  await page.goto(`${store.url}/table/`);
  await expect(page.getByRole('heading', { name: '태블릿 설정' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/tablet-setup.png' });

  // A wrong password is explained, not shown as a raw error.
  await page.getByLabel('매장 코드').fill('demo');
  await page.getByLabel('테이블 번호').fill('1');
  await page.getByLabel('비밀번호').fill('wrong-password');
  await page.getByRole('button', { name: '연결하기' }).click();
  await expect(page.getByRole('alert')).toContainText('맞지 않습니다');

  await page.getByLabel('비밀번호').fill(store.password);
  await page.getByRole('button', { name: '연결하기' }).click();
  await expect(page.getByText('1번 테이블')).toBeVisible();
  const bibimbap = dish('비빔밥');
  // 김치찌개 needs a 맵기 choice; this walk-through orders dishes without options.
  const stew = dish('순두부찌개');
  await expect(card(page, bibimbap.id)).toContainText('9,000원');
  // An item without an image gets the placeholder, never a broken image.
  const noImage = menu.categories.flatMap((c) => c.menus).find((m) => m.image_url === null)!;
  expect(noImage).toBeTruthy();
  await page.screenshot({ path: 'test-results/screens/tablet-menu.png' });

  await add(page, bibimbap.id);
  await add(page, bibimbap.id);
  await page
    .locator('.rail-item', { hasText: menu.categories.find((c) => c.id === stew.category_id)!.name })
    .click();
  await add(page, stew.id);
  await add(page, stew.id);
  await expect(page.getByTestId('cart-total')).toHaveText('36,000원');
  await cartLine(page, stew.id)
    .getByRole('button', { name: `${stew.name} 하나 빼기` })
    .click();
  await expect(cartLine(page, stew.id).locator('.qty')).toHaveText('1');
  await expect(page.getByTestId('cart-total')).toHaveText('27,000원');
  await page.locator(`.rail-item`).first().click();
  // A dish without a photo shows its first letter on a tint, never a broken image.
  await expect(card(page, noImage.id).getByTestId('placeholder')).toHaveText(noImage.name[0]!);
  await page.screenshot({ path: 'test-results/screens/tablet-cart.png' });

  await page.getByRole('button', { name: '주문하기' }).click();
  const review = page.getByRole('dialog');
  await expect(review).toContainText(`${bibimbap.name} × 2`);
  await expectTouchTargets(page);
  await review.getByRole('button', { name: '주문 확정' }).click();
  // The guest sees the short daily number ("주문번호 5"); the full one stays for staff.
  const number = page.getByTestId('order-number');
  await expect(number).toHaveAttribute('data-order-number', /^ORD-\d{8}-\d{4}$/);
  await page.screenshot({ path: 'test-results/screens/tablet-order-done.png' });
  const orderNumber = (await number.getAttribute('data-order-number'))!;
  await expect(number).toHaveText(`주문번호 ${Number(orderNumber.slice(-4))}`);
  await expect(page.getByTestId('cart-total')).toHaveText('0원');

  const placed = await call<AdminOrders>(store, 'GET', '/api/admin/orders', undefined, admin);
  const order = placed.data.orders.find((o) => o.order_number === orderNumber)!;
  expect(order.items.map((i) => [i.menu_id, i.quantity])).toEqual([
    [bibimbap.id, 2],
    [stew.id, 1],
  ]);

  // Back to the menu by itself after a few seconds.
  await expect(page.getByRole('dialog')).toBeHidden({ timeout: 10_000 });

  await page.getByRole('button', { name: '주문 내역' }).click();
  const mine = page.locator(`.order-card[data-order-id="${order.id}"]`);
  await expect(mine).toContainText(`주문번호 ${Number(orderNumber.slice(-4))}`);
  await expect(mine).toContainText(`${bibimbap.name} × 2`);
  await expect(mine).toContainText('27,000원');
  await expect(mine.locator('.status')).toHaveText('대기중');
  for (const [status, label] of [
    ['preparing', '준비중'],
    ['completed', '완료'],
  ] as const) {
    const r = await call<Order>(store, 'PUT', `/api/admin/orders/${order.id}/status`, { status }, admin);
    expect(r.status).toBe(200);
    await expect(mine.locator('.status')).toHaveText(label);
  }
  await page.getByLabel(/Language/).selectOption('en');
  await expect(mine.locator('.status')).toHaveText('Completed');
  await page.screenshot({ path: 'test-results/screens/tablet-my-orders-en.png' });
  await page.getByLabel(/Language/).selectOption('ko');
  await page.screenshot({ path: 'test-results/screens/tablet-my-orders.png' });
  await expectTouchTargets(page);
});

test('reload keeps cart and login; expired token and restart re-login silently', async ({ page }) => {
  await setUp(page, 2);
  const bibimbap = dish('비빔밥');
  await add(page, bibimbap.id);
  await expect(cartLine(page, bibimbap.id)).toBeVisible();

  await page.reload();
  await expect(page.getByText('2번 테이블')).toBeVisible();
  await expect(cartLine(page, bibimbap.id).locator('.qty')).toHaveText('1');

  // A token the server no longer accepts (expired, or lost) is replaced with the stored login.
  await page.evaluate(() => {
    const key = 'table-order.tablet.session';
    const s = JSON.parse(localStorage.getItem(key)!);
    localStorage.setItem(key, JSON.stringify({ ...s, token: 'expired-token' }));
  });
  await store.restart();
  await page.reload();
  await expect(addButton(page, bibimbap.id)).toBeEnabled();
  await expect(page.locator('.conn')).toHaveAttribute('data-state', 'live');
  const token = await page.evaluate(
    () => JSON.parse(localStorage.getItem('table-order.tablet.session')!).token,
  );
  expect(token).not.toBe('expired-token');
  await expect(cartLine(page, bibimbap.id)).toBeVisible();
  await expect(page.getByRole('heading', { name: '태블릿 설정' })).toBeHidden();
});

test('a changed table password unpairs the tablet: back to setup with a clear message', async ({ page }) => {
  await setUp(page, 3);
  const id = await tableId(3);
  const r = await call(store, 'PUT', `/api/admin/tables/${id}`, { password: 'new-pass-5678' }, admin);
  expect(r.status).toBe(200);
  await page.reload();
  await expect(page.getByRole('heading', { name: '태블릿 설정' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('이 태블릿의 연결이 해제되었습니다');
  await page.getByLabel('비밀번호').fill('new-pass-5678');
  await page.getByRole('button', { name: '연결하기' }).click();
  await expect(page.getByText('3번 테이블')).toBeVisible();
  await call(store, 'PUT', `/api/admin/tables/${id}`, { password: store.password }, admin);
});

test('QR pairing logs the tablet in; staff can return to setup with a manager login', async ({ page }) => {
  const id = await tableId(4);
  const r = await call<PairingCode>(store, 'POST', `/api/admin/tables/${id}/pairing`, undefined, admin);
  expect(r.status).toBe(201);
  await page.goto(`${store.url}/table/pair?code=${encodeURIComponent(r.data.pairing_code)}`);
  await expect(page.getByText('4번 테이블')).toBeVisible();
  await expect(page).toHaveURL(`${store.url}/table/`);
  await expect(addButton(page, dish('비빔밥').id)).toBeEnabled();

  // Long press (3 s) on the store name, then a manager's credentials.
  const name = page.locator('.store-name');
  await name.hover();
  await page.mouse.down();
  await expect(page.getByRole('dialog')).toBeVisible({ timeout: 6000 });
  await page.mouse.up();
  await page.getByLabel('관리자 아이디').fill('admin');
  await page.getByLabel('비밀번호').fill(store.password);
  await page.getByRole('button', { name: '확인' }).click();
  await expect(page.getByRole('heading', { name: '태블릿 설정' })).toBeVisible();
  await expect(page.getByLabel('테이블 번호')).toHaveValue('4');
});

test('sold-out toggle reaches the open page; session end clears my orders', async ({ page }) => {
  await setUp(page, 5);
  const bibimbap = dish('비빔밥');
  await add(page, bibimbap.id);
  let r = await call(store, 'PUT', `/api/admin/menus/${bibimbap.id}`, { available: false }, admin);
  expect(r.status).toBe(200);
  await expect(addButton(page, bibimbap.id)).toBeDisabled();
  await expect(card(page, bibimbap.id)).toContainText('품절');
  await expect(cartLine(page, bibimbap.id)).toContainText('품절');
  await expect(page.getByRole('button', { name: '주문하기' })).toBeDisabled();
  await page.screenshot({ path: 'test-results/screens/tablet-sold-out.png' });
  await expectTouchTargets(page);
  r = await call(store, 'PUT', `/api/admin/menus/${bibimbap.id}`, { available: true }, admin);
  expect(r.status).toBe(200);
  await expect(addButton(page, bibimbap.id)).toBeEnabled();
  await expect(page.getByRole('button', { name: '주문하기' })).toBeEnabled();

  // Orders placed for this table (by another client) show live; ending the session clears them.
  const order = await placeOrder(store, 5);
  await page.getByRole('button', { name: '주문 내역' }).click();
  await expect(page.locator(`.order-card[data-order-id="${order.id}"]`)).toBeVisible();
  r = await call(store, 'POST', `/api/admin/tables/${await tableId(5)}/session/end`, undefined, admin);
  expect(r.status).toBe(200);
  await expect(page.getByText('아직 주문이 없습니다.')).toBeVisible();
  await expect(page.locator('.order-card')).toHaveCount(0);
});

test('a refused order keeps the cart and says why in plain words', async ({ page }) => {
  // Hold back the live channel so the tablet does not hear about the sold-out item first.
  await page.route('**/api/table/events', (route) => route.abort());
  await setUp(page, 9);
  const dish1 = dish('불고기 정식');
  await add(page, dish1.id);
  await call(store, 'PUT', `/api/admin/menus/${dish1.id}`, { available: false }, admin);
  await page.getByRole('button', { name: '주문하기' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '주문 확정' }).click();
  await expect(page.getByRole('alert')).toContainText('방금 품절된 메뉴가 있습니다');
  await expect(cartLine(page, dish1.id)).toContainText('품절');
  await expect(page.getByTestId('cart-total')).toHaveText('13,000원');
  await page.screenshot({ path: 'test-results/screens/tablet-refused.png' });
  await call(store, 'PUT', `/api/admin/menus/${dish1.id}`, { available: true }, admin);
});

test('portrait 800×1280: touch targets and layout', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 1280 });
  await page.goto(`${store.url}/table/`);
  await expectTouchTargets(page);
  await setUp(page, 6);
  await add(page, dish('비빔밥').id);
  await expectTouchTargets(page);
  await page.screenshot({ path: 'test-results/screens/tablet-menu-portrait.png' });
  // Every card is inside the viewport's width: nothing cut off at the side.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  expect(overflow).toBe(false);
});
