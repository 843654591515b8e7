/**
 * Kitchen board K1–K3: sign-in, two boards kept in step over SSE, bump and recall, rollback on a
 * failed bump, the sound prompt and mute, Korean/English. (Open tickets flow in one area, the
 * finished ones sit in the recall rail `column-completed`.)
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { startStore, type StoreProcess } from './fixtures/store';
import { signInKitchen } from './kitchen.helpers';
import { adminToken, call, placeOrder } from './fixtures/api';

let store: StoreProcess;
const KITCHEN = { username: 'cook', password: 'cook-pass-1' };

test.beforeAll(async () => {
  store = await startStore();
  const token = await adminToken(store);
  const r = await call(store, 'POST', '/api/admin/staff', { ...KITCHEN, role: 'kitchen' }, token);
  expect(r.status).toBe(201);
});
test.afterAll(async () => store?.dispose());

async function signIn(page: Page, username = KITCHEN.username, password = KITCHEN.password) {
  await signInKitchen(page, store, username, password);
  await expect(page.getByTestId('board')).toHaveAttribute('data-loaded', 'true');
}

async function openBoard(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await signIn(page);
  return page;
}

const ticket = (page: Page, orderNumber: string) =>
  page.locator(`[data-testid=ticket][data-order-number="${orderNumber}"]`);
/** The area a ticket is in: the open flow or the recall rail. */
const area = (page: Page, name: 'ticket-flow' | 'column-completed', orderNumber: string) =>
  page.getByTestId(name).locator(`[data-order-number="${orderNumber}"]`);
/** Taps a ticket's header, which bumps the whole ticket (its lines bump one by one). */
const bumpTicket = (page: Page, orderNumber: string, position?: { x: number; y: number }) =>
  ticket(page, orderNumber)
    .getByTestId('ticket-bump')
    .click(position ? { position } : undefined);

test('sign-in errors are explained, and a kitchen account stays signed in across a reload', async ({
  page,
}) => {
  await page.goto(`${store.url}/kitchen/`);
  await page.getByLabel('매장 코드').fill('demo');
  await page.getByLabel('아이디').fill(KITCHEN.username);
  await page.getByLabel('비밀번호').fill('wrong-password');
  await page.getByRole('button', { name: '로그인' }).click();
  await expect(page.getByTestId('login-error')).toContainText('비밀번호가 틀렸습니다');
  await page.screenshot({ path: 'test-results/screens/kitchen-login.png' });

  await signIn(page);
  await page.reload();
  await expect(page.getByTestId('live-indicator')).toHaveAttribute('data-state', 'live');

  // Signing out returns to the login screen and says why.
  await page.getByRole('button', { name: '로그아웃' }).click();
  await expect(page.getByTestId('logout-reason')).toContainText('로그아웃했습니다');
});

test('a token that stops working sends the board back to sign-in with a reason', async ({ page }) => {
  await signIn(page);
  const token = await page.evaluate(
    () => JSON.parse(localStorage.getItem('table-order.kitchen.session')!).token as string,
  );
  expect((await call(store, 'POST', '/api/admin/logout', undefined, token)).status).toBe(204);
  await page.reload();
  await expect(page.getByTestId('logout-reason')).toContainText('다시 로그인하세요');
});

test('a locked account shows how long to wait', async ({ page }) => {
  const token = await adminToken(store);
  await call(
    store,
    'POST',
    '/api/admin/staff',
    { username: 'locked', password: 'right-pass', role: 'kitchen' },
    token,
  );
  for (let i = 0; i < 5; i++) {
    const r = await call(store, 'POST', '/api/admin/login', {
      store_code: 'demo',
      username: 'locked',
      password: 'nope',
    });
    expect(r.status).toBe(401);
  }
  await page.goto(`${store.url}/kitchen/`);
  await page.getByLabel('매장 코드').fill('demo');
  await page.getByLabel('아이디').fill('locked');
  await page.getByLabel('비밀번호').fill('right-pass');
  await page.getByRole('button', { name: '로그인' }).click();
  await expect(page.getByTestId('login-error')).toContainText(/잠겼습니다\. 1[45]:\d\d 후에/);
  await expect(page.getByRole('button', { name: '로그인' })).toBeDisabled();
});

test('two boards: a new order shows on both, a bump on one moves it on the other, recall brings it back', async ({
  browser,
}) => {
  const a = await openBoard(browser);
  const b = await openBoard(browser);
  const alertsBefore = Number(await a.getByTestId('board').getAttribute('data-alerts'));

  const order = await placeOrder(store, 3, 2);
  for (const page of [a, b]) {
    await expect(ticket(page, order.order_number)).toHaveAttribute('data-status', 'pending');
    await expect(area(page, 'ticket-flow', order.order_number)).toHaveCount(1);
  }
  // K3: the new order flashed the board and counted as an alert (the chime plays with it).
  await expect(a.getByTestId('flash')).toBeAttached();
  await expect(a.getByTestId('board')).toHaveAttribute('data-alerts', String(alertsBefore + 1));
  await expect(ticket(a, order.order_number)).toHaveClass(/is-new/);

  // K2: every board agrees within a second.
  await bumpTicket(a, order.order_number);
  await expect(ticket(b, order.order_number)).toHaveAttribute('data-status', 'preparing', { timeout: 1_000 });
  await expect(area(b, 'ticket-flow', order.order_number)).toHaveCount(1);

  await bumpTicket(b, order.order_number);
  for (const page of [a, b]) {
    await expect(area(page, 'column-completed', order.order_number)).toHaveCount(1);
  }
  await a.screenshot({ path: 'test-results/screens/kitchen-bumped.png' });

  // Recall from board A: back to 준비중 on both.
  await ticket(a, order.order_number).click();
  for (const page of [a, b]) {
    await expect(area(page, 'ticket-flow', order.order_number)).toHaveAttribute('data-status', 'preparing');
    await expect(page.locator(`[data-order-number="${order.order_number}"]`)).toHaveCount(1);
  }

  // The server agrees.
  const token = await adminToken(store);
  const r = await call<{ status: string }>(store, 'GET', `/api/admin/orders/${order.id}`, undefined, token);
  expect(r.data.status).toBe('preparing');

  // Deleting the order (manager) and ending a session drop tickets on every board.
  expect((await call(store, 'DELETE', `/api/admin/orders/${order.id}`, undefined, token)).status).toBe(204);
  await expect(ticket(b, order.order_number)).toHaveCount(0);
  const other = await placeOrder(store, 4);
  await expect(ticket(a, other.order_number)).toHaveCount(1);
  const end = await call(store, 'POST', `/api/admin/tables/${other.table_id}/session/end`, undefined, token);
  expect(end.status).toBe(200);
  await expect(ticket(a, other.order_number)).toHaveCount(0);
  await expect(ticket(b, other.order_number)).toHaveCount(0);
  await a.context().close();
  await b.context().close();
});

test('a bump the server refuses rolls back with a message', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await signIn(page);
  const order = await placeOrder(store, 5);
  await expect(ticket(page, order.order_number)).toHaveAttribute('data-status', 'pending');

  await page.route('**/api/admin/orders/*/status', (route) =>
    route.fulfill({
      status: 409,
      contentType: 'application/json',
      body: JSON.stringify({ detail: 'status change not allowed', error_code: 'CONFLICT' }),
    }),
  );
  await bumpTicket(page, order.order_number);
  await expect(page.getByTestId('bump-failure')).toContainText('상태를 바꾸지 못했습니다');
  await expect(page.getByTestId('bump-failure')).toContainText('5번 테이블');
  await expect(ticket(page, order.order_number)).toHaveAttribute('data-status', 'pending');
  await expect(area(page, 'ticket-flow', order.order_number)).toHaveCount(1);
  await page.unroute('**/api/admin/orders/*/status');

  // A network failure rolls back too.
  await page.route('**/api/admin/orders/*/status', (route) => route.abort('connectionrefused'));
  // A deliberate second tap, away from the first: the same spot within 500 ms is a finger bounce.
  await bumpTicket(page, order.order_number, { x: 8, y: 8 });
  await expect(page.getByTestId('bump-failure').last()).toContainText('서버에 연결할 수 없습니다');
  await expect(ticket(page, order.order_number)).toHaveAttribute('data-status', 'pending');
});

test('sound: a blocked browser shows the tap-to-enable prompt; mute persists; English switch', async ({
  page,
}) => {
  await signIn(page);
  // Chromium keeps audio suspended until a gesture on the page; a fresh load (the board left
  // running overnight, or a kiosk start) has none.
  await page.reload();
  const prompt = page.getByTestId('enable-sound');
  await expect(prompt).toBeVisible();
  await expect(prompt).toContainText('소리');
  await prompt.click();
  await expect(prompt).toHaveCount(0);

  await page.getByTestId('mute').click();
  await expect(page.getByTestId('mute')).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(page.getByTestId('mute')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('mute').click();
  await expect(page.getByTestId('mute')).toHaveAttribute('aria-pressed', 'false');

  await page.getByTestId('lang').click();
  await expect(page.getByTestId('count-pending')).toContainText('Pending');
  await expect(page.getByTestId('count-preparing')).toContainText('Cooking');
  await expect(page.getByTestId('column-completed').getByRole('heading')).toContainText('Recently done');
  await page.getByTestId('lang').click();
  await expect(page.getByTestId('count-pending')).toContainText('대기');
});
