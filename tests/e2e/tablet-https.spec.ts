/**
 * Tablets as offline apps over the store's HTTPS: Debian Chromium trusts the store only through
 * `--ignore-certificate-errors-spki-list` pinned to the store CA's key (never by ignoring all
 * certificate errors), so the HTTPS origin is a secure context with a service worker. A reload
 * while the store server is down still shows the menu, the cart, the last known orders and the
 * queued order, which arrives exactly once when the server is back on the same ports and data.
 * The plain-HTTP onboarding page shows the Android and iPad steps and finds the HTTPS origin
 * trusted.
 */
import { mkdirSync } from 'node:fs';
import { expect, test, chromium, type Browser, type Page } from '@playwright/test';
import { startStore, storeCa, type StoreProcess } from './fixtures/store';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './fixtures/chromium';
import { adminToken, call, tableToken } from './fixtures/api';
import type { AdminOrders, Menu, MenuTree, TableInfo, TlsInfo } from '../../src-shared/types';

let store: StoreProcess;
let httpsUrl: string;
let browser: Browser;
let dishes: Menu[];

test.beforeAll(async () => {
  // HTTPS on a free port; restart() keeps both ports and the data folder, so the HTTPS origin
  // (its service worker, cart and outbox) is the same after the outage.
  store = await startStore({ https: true });
  httpsUrl = store.httpsUrl!;
  // The CA as a tablet downloads it; Chromium accepts chains that carry its key.
  const ca = await storeCa(store);
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, `--ignore-certificate-errors-spki-list=${ca.spkiSha256}`],
  });

  const { token } = await tableToken(store, 3);
  dishes = (await call<MenuTree>(store, 'GET', '/api/menus', undefined, token)).data.categories[0]!.menus;
  mkdirSync('test-results/screens', { recursive: true });
});

test.afterAll(async () => {
  await browser?.close();
  await store?.dispose();
});

async function newPage(width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  // Counts screen wake lock requests, passing them on to the browser.
  await context.addInitScript(() => {
    const w = window as unknown as { wakeRequests: number };
    w.wakeRequests = 0;
    const lock = navigator.wakeLock;
    if (!lock) return;
    const request = lock.request.bind(lock);
    lock.request = (type?: 'screen') => {
      w.wakeRequests++;
      return request(type);
    };
  });
  return context.newPage();
}

const card = (page: Page, id: number) => page.locator(`.card[data-menu-id="${id}"]`);
const addButton = (page: Page, id: number) => card(page, id).locator('.card-add');

async function placeOrder(page: Page) {
  await page.getByRole('button', { name: '주문하기' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '주문 확정' }).click();
}

async function tableId(n: number) {
  const admin = await adminToken(store);
  const r = await call<{ tables: TableInfo[] }>(store, 'GET', '/api/admin/tables', undefined, admin);
  return r.data.tables.find((t) => t.table_number === n)!.id;
}

test('on HTTPS the tablet is an offline app: a reload with the server down shows menu, cart, last orders and the outbox', async () => {
  const page = await newPage(1280, 800);
  await page.goto(`${httpsUrl}/table/`);
  expect(await page.evaluate(() => window.isSecureContext)).toBe(true);
  await page.getByLabel('매장 코드').fill('demo');
  await page.getByLabel('테이블 번호').fill('3');
  await page.getByLabel('비밀번호').fill(store.password);
  await page.getByRole('button', { name: '연결하기' }).click();
  const [a, b, c] = [dishes[0]!, dishes[1]!, dishes[2] ?? dishes[0]!];
  await expect(addButton(page, a.id)).toBeEnabled();
  // The service worker registers on this origin and takes control of the page.
  await page.waitForFunction(() => !!navigator.serviceWorker?.controller);
  const registration = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(registration).toBe(`${httpsUrl}/table/`);
  // The ordering screen keeps the screen on.
  await page.waitForFunction(() => (window as unknown as { wakeRequests: number }).wakeRequests > 0);

  // One order while the store answers: the table's last known orders.
  await addButton(page, a.id).click();
  await placeOrder(page);
  await expect(page.getByTestId('order-number')).toHaveAttribute('data-order-number', /^ORD-\d{8}-\d{4}$/);
  await page.getByRole('dialog').getByRole('button', { name: '메뉴로' }).click();
  // Loaded once through the service worker, so the menu is in its cache too.
  await page.reload();
  await expect(page.locator('.conn')).toHaveAttribute('data-state', 'live');

  await store.stop();
  await expect(page.locator('.conn')).toHaveAttribute('data-state', 'reconnecting');
  // An order placed now waits in the outbox; another dish waits in the cart.
  await addButton(page, b.id).click();
  await addButton(page, b.id).click();
  await placeOrder(page);
  await expect(page.getByRole('dialog')).toContainText('주문을 전송 중입니다');
  await page.getByRole('dialog').getByRole('button', { name: '메뉴로' }).click();
  await addButton(page, c.id).click();

  await page.reload();
  await expect(addButton(page, a.id)).toBeEnabled();
  await expect(page.locator('.cart-line')).toHaveCount(1);
  await expect(page.getByTestId('offline-banner')).toBeVisible();
  await expect(page.getByTestId('offline-banner')).toContainText('전송 대기 1건');
  await page.getByRole('button', { name: '주문 내역' }).click();
  const waiting = page.locator('.order-card.pending-send');
  await expect(waiting).toHaveCount(1);
  await expect(waiting).toContainText(`${b.name} × 2`);
  await expect(page.getByTestId('last-known')).toBeVisible();
  await expect(page.locator('.order-card:not(.pending-send)')).toHaveCount(1);
  await expect(page.locator('.order-card:not(.pending-send)')).toContainText(a.name);
  await page.screenshot({ path: 'test-results/screens/tablet-https-offline-reload.png' });

  // Back on the same ports and data: the queued order goes out, once.
  await store.restart();
  await expect(waiting).toHaveCount(0, { timeout: 45_000 });
  await expect(page.getByTestId('offline-banner')).toBeHidden();
  await expect(page.locator('.order-card')).toHaveCount(2);
  await page.reload();
  await expect(page.locator('.conn')).toHaveAttribute('data-state', 'live');
  const admin = await adminToken(store);
  const r = await call<AdminOrders>(
    store,
    'GET',
    `/api/admin/orders?status=pending,preparing,completed&table_id=${await tableId(3)}`,
    undefined,
    admin,
  );
  expect(r.data.orders.map((o) => o.items.map((i) => [i.menu_id, i.quantity]))).toEqual(
    expect.arrayContaining([[[a.id, 1]], [[b.id, 2]]]),
  );
  expect(r.data.orders).toHaveLength(2);
  await page.context().close();
});

test('the kitchen and admin apps work on the HTTPS origin', async () => {
  const page = await newPage(1366, 768);
  // Signed in through the form, then live over SSE on the HTTPS origin.
  for (const [app, live] of [
    ['admin', 'connection'],
    ['kitchen', 'live-indicator'],
  ] as const) {
    await page.goto(`${httpsUrl}/${app}/`);
    expect(await page.evaluate(() => window.isSecureContext)).toBe(true);
    await page.getByLabel('매장 코드').fill('demo');
    await page.getByLabel('아이디').fill('admin');
    await page.getByLabel('비밀번호').fill(store.password);
    await page.getByRole('button', { name: '로그인' }).click();
    await expect(page.getByTestId(live)).toHaveAttribute('data-state', 'live');
  }
  await page.context().close();
});

test('the onboarding page on plain HTTP shows the Android and iPad steps and finds the HTTPS origin trusted', async () => {
  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    const page = await newPage(width, height);
    await page.goto(`${store.url}/table/`);
    await page.getByRole('link', { name: '태블릿을 앱처럼 쓰기 (HTTPS)' }).click();
    await expect(page).toHaveURL(`${store.url}/table/https-setup`);
    await expect(page.getByTestId('https-url')).toHaveText(httpsUrl);
    const tls = (await call<TlsInfo>(store, 'GET', '/api/tls')).data;
    await expect(page.getByTestId('ca-fingerprint')).toHaveText(tls.ca_sha256!);
    await expect(page.getByTestId('ca-download')).toHaveAttribute('href', '/tls/store-ca.crt');

    await page.getByRole('tab', { name: 'Android 태블릿' }).click();
    await expect(page.getByTestId('steps-android').locator('li')).toHaveCount(5);
    await expect(page.getByTestId('steps-android')).toContainText('CA 인증서');
    await page.screenshot({ path: `test-results/screens/https-setup-android-${width}.png`, fullPage: true });

    await page.getByRole('tab', { name: 'iPad' }).click();
    await expect(page.getByTestId('steps-ipad').locator('li')).toHaveCount(5);
    await expect(page.getByTestId('steps-ipad')).toContainText('인증서 신뢰 설정');
    await page.getByRole('button', { name: '확인', exact: true }).click();
    await expect(page.getByTestId('https-check')).toContainText('신뢰됨');
    await page.screenshot({ path: `test-results/screens/https-setup-ipad-${width}.png`, fullPage: true });

    await page.getByRole('link', { name: 'HTTPS로 이동' }).click();
    await expect(page).toHaveURL(`${httpsUrl}/table/`);
    expect(await page.evaluate(() => window.isSecureContext)).toBe(true);
    await page.context().close();
  }
});

test('a browser that does not trust the store CA is told so by the onboarding page', async ({ page }) => {
  // Playwright's own browser: no SPKI pin, so the HTTPS origin's certificate is refused.
  await page.goto(`${store.url}/table/https-setup`);
  await page.getByRole('button', { name: '확인', exact: true }).click();
  await expect(page.getByTestId('https-check')).toContainText('아직 인증서를 믿지 않습니다');
  await expect(page.getByRole('link', { name: 'HTTPS로 이동' })).toHaveCount(0);
});

test('the onboarding page says HTTPS is off on a store without it', async () => {
  const plain = await startStore();
  try {
    const page = await newPage(1280, 800);
    await page.goto(`${plain.url}/table/https-setup`);
    await expect(page.getByTestId('https-disabled')).toContainText('HTTPS가 꺼져 있습니다');
    await page.context().close();
  } finally {
    await plain.dispose();
  }
});
