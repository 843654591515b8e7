/**
 * Menus real restaurants can enter (T7, T8) end to end: a guest picks options and writes a
 * request, the kitchen ticket and the admin order show all of it, the tablet speaks Japanese,
 * and an option the manager marks sold out greys out on an open tablet.
 */
import { expect, test, type Page } from '@playwright/test';
import { startStore, type StoreProcess } from './fixtures/store';
import { adminToken, call, tableToken } from './fixtures/api';
import { SCREENS } from './admin.helpers';
import { ticketOf } from './kitchen.helpers';
import type { AdminOrders, Menu, MenuTree } from '../../src-shared/types';

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

function dish(name: string): Menu {
  const m = menu.categories.flatMap((c) => c.menus).find((x) => x.name === name);
  if (!m) throw new Error(`no dish ${name}`);
  return m;
}
const option = (m: Menu, name: string) =>
  m.option_groups.flatMap((g) => g.options).find((o) => o.name === name)!;

const card = (page: Page, id: number) => page.locator(`.card[data-menu-id="${id}"]`);
const sheet = (page: Page) => page.getByTestId('dish-sheet');
const pick = (page: Page, name: string) => sheet(page).locator('.opt', { hasText: name });

/**
 * Staff sign-in through the form (admin or kitchen). Password hashing is deliberately slow and
 * this machine is shared, so the wait for the live screen is generous.
 */
async function signIn(page: Page, app: 'admin' | 'kitchen') {
  await page.goto(`${store.url}/${app}/`);
  await page.getByLabel('매장 코드').fill('demo');
  await page.getByLabel('아이디').fill('admin');
  await page.getByLabel('비밀번호').fill(store.password);
  await page.getByRole('button', { name: '로그인' }).click();
  const live = page.getByTestId(app === 'admin' ? 'connection' : 'live-indicator');
  await expect(live).toHaveAttribute('data-state', 'live', { timeout: 30_000 });
}

async function setUp(page: Page, table: number) {
  await page.goto(`${store.url}/table/`);
  await page.getByLabel('매장 코드').fill('demo');
  await page.getByLabel('테이블 번호').fill(String(table));
  await page.getByLabel('비밀번호').fill(store.password);
  await page.getByRole('button', { name: '연결하기' }).click();
  await expect(card(page, dish('비빔밥').id).locator('.card-add')).toBeEnabled();
}

test('a guest orders 김치찌개 (매운맛) and 라면 with toppings and a request; kitchen and admin show all of it', async ({
  page,
  browser,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await setUp(page, 1);
  const stew = dish('김치찌개');
  const ramen = dish('라면');

  // A required group is asked for before the dish goes in.
  await card(page, stew.id).locator('.card-add').click();
  await sheet(page).getByTestId('sheet-add').click();
  await expect(sheet(page).getByRole('alert')).toContainText('‘맵기’을(를) 선택해 주세요.');
  await pick(page, '매운맛').click();
  await expect(sheet(page).getByRole('alert')).toHaveCount(0);
  await expect(sheet(page).getByTestId('sheet-add')).toHaveText('9,000원 담기');
  await sheet(page).getByTestId('sheet-add').click();
  await expect(sheet(page)).toBeHidden();

  // Two toppings and a request; the price follows the choice.
  await card(page, ramen.id).locator('.card-add').click();
  await expect(sheet(page).getByTestId('origin')).toContainText('밀가루');
  await expect(sheet(page).getByTestId('allergens')).toContainText('밀');
  await pick(page, '치즈').click();
  await pick(page, '계란').click();
  await sheet(page).getByRole('textbox').fill('양파 빼주세요');
  await expect(sheet(page)).toContainText('7/100');
  await expect(sheet(page).getByTestId('sheet-add')).toHaveText('6,500원 담기');
  await page.screenshot({ path: `${SCREENS}/tablet-option-sheet.png` });
  await sheet(page).getByTestId('sheet-add').click();
  await expect(sheet(page)).toBeHidden();

  // The same dish without options is another line.
  await card(page, ramen.id).locator('.card-add').click();
  await sheet(page).getByTestId('sheet-add').click();
  const ramenLines = page.locator(`.cart-line[data-menu-id="${ramen.id}"]`);
  await expect(ramenLines).toHaveCount(2);
  await expect(card(page, ramen.id).locator('.in-cart-badge')).toHaveText('2개 담음');

  const check = async () => {
    await expect(page.locator(`.cart-line[data-menu-id="${stew.id}"]`)).toContainText('매운맛');
    await expect(ramenLines.first()).toContainText('치즈 +1,000원 · 계란 +500원');
    await expect(ramenLines.first()).toContainText('요청 사항: 양파 빼주세요');
    await expect(page.getByTestId('cart-total')).toHaveText('20,500원');
  };
  await check();
  await page.reload();
  await check();

  await page.getByRole('button', { name: '주문하기' }).click();
  const review = page.getByRole('dialog');
  await expect(review).toContainText('치즈 +1,000원 · 계란 +500원');
  await expect(review).toContainText('요청 사항: 양파 빼주세요');
  await review.getByRole('button', { name: '주문 확정' }).click();
  const number = page.getByTestId('order-number');
  const orderNumber = (await number.getAttribute('data-order-number'))!;
  await expect(number).toHaveText(`주문번호 ${Number(orderNumber.slice(-4))}`);

  // The server priced and stored every choice.
  const orders = (await call<AdminOrders>(store, 'GET', '/api/admin/orders', undefined, admin)).data;
  const order = orders.orders.find((o) => o.order_number === orderNumber)!;
  expect(order.total_amount).toBe(20_500);
  const withToppings = order.items.find((i) => i.options.length === 2)!;
  expect(withToppings).toMatchObject({ menu_name: '라면', unit_price: 6500, note: '양파 빼주세요' });
  expect(withToppings.options.map((o) => o.option_id)).toEqual([
    option(ramen, '치즈').id,
    option(ramen, '계란').id,
  ]);

  // My orders show the lines with their options and request.
  await page.getByRole('button', { name: '메뉴로' }).click();
  await page.getByRole('button', { name: '주문 내역' }).click();
  const mine = page.locator(`.order-card[data-order-id="${order.id}"]`);
  await expect(mine).toContainText('매운맛');
  await expect(mine).toContainText('요청 사항: 양파 빼주세요');

  // The kitchen ticket: options under each line, the request impossible to miss.
  const kitchenContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const kitchen = await kitchenContext.newPage();
  await signIn(kitchen, 'kitchen');
  const ticket = ticketOf(kitchen, order);
  await expect(ticket).toContainText('매운맛');
  await expect(ticket).toContainText('+치즈');
  await expect(ticket).toContainText('+계란');
  await expect(ticket.getByTestId('ticket-note')).toHaveText('요청: 양파 빼주세요');
  // The header stays on one line.
  const head = await ticket.locator('.ticket-head').boundingBox();
  const table = await ticket.locator('.ticket-table').boundingBox();
  expect(head!.height).toBeLessThan(table!.height * 2);
  await kitchen.screenshot({ path: `${SCREENS}/kitchen-ticket-options.png` });
  await kitchenContext.close();

  // The admin's order detail shows the same.
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await adminPage.setViewportSize({ width: 1366, height: 768 });
  await signIn(adminPage, 'admin');
  await adminPage.getByTestId('table-card-1').getByText(order.order_number).click();
  const detail = adminPage.getByRole('dialog');
  await expect(detail).toContainText('매운맛');
  await expect(detail).toContainText('치즈 (+1,000원) · 계란 (+500원)');
  await expect(detail.getByTestId('line-note')).toHaveText('요청: 양파 빼주세요');
  await adminPage.screenshot({ path: `${SCREENS}/admin-order-options.png` });
  await adminContext.close();
});

test('the tablet in 日本語 shows Japanese dish, group and option names', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await setUp(page, 2);
  await page.getByLabel(/Language/).selectOption('ja');
  const stew = dish('김치찌개');
  await expect(card(page, stew.id)).toContainText('キムチチゲ');
  await expect(page.locator('.rail')).toContainText('チゲ・スープ');
  await expect(page.getByRole('button', { name: '注文履歴' })).toBeVisible();
  await card(page, stew.id).locator('.card-open').click();
  await expect(sheet(page)).toContainText('辛さ');
  await expect(sheet(page)).toContainText('辛口');
  await expect(sheet(page).getByTestId('allergens')).toContainText('豚肉');
  // The Korean name stays under the translated one, for ordering out loud.
  await expect(sheet(page)).toContainText('김치찌개');
  await page.screenshot({ path: `${SCREENS}/tablet-menu-ja-sheet.png` });
  await sheet(page).locator('.sheet-close').click();
  // A dish without a Japanese name falls back to Korean; back to Korean for the next test.
  await page.getByLabel(/Language/).selectOption('ko');
  await expect(card(page, stew.id)).toContainText('김치찌개');
});

test('an option the manager marks sold out in the admin greys out on the open tablet', async ({
  page,
  browser,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await setUp(page, 3);
  const ramen = dish('라면');
  await card(page, ramen.id).locator('.card-add').click();
  const cheese = sheet(page).locator(`.opt[data-option-id="${option(ramen, '치즈').id}"]`);
  await expect(cheese.locator('input')).toBeEnabled();

  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await adminPage.setViewportSize({ width: 1366, height: 768 });
  await signIn(adminPage, 'admin');
  await adminPage.getByRole('button', { name: '메뉴', exact: true }).click();
  await adminPage.locator('.cat', { hasText: '안주·분식' }).click();
  await adminPage.getByTestId(`menu-item-${ramen.id}`).getByRole('button', { name: '수정' }).click();
  const dialog = adminPage.getByRole('dialog');
  await expect(dialog.getByLabel('English 메뉴명')).toHaveValue('Ramyeon');
  await expect(dialog.getByLabel('日本語 메뉴명')).toHaveValue('ラーメン');
  await expect(dialog.getByTestId('option-group')).toHaveCount(1);
  await expect(dialog.getByLabel('옵션 1 한국어')).toHaveValue('치즈');
  await adminPage.screenshot({ path: `${SCREENS}/admin-dish-dialog-top.png` });
  await dialog.getByLabel('품절 1').check();
  await expect(dialog.getByTestId('dish-preview')).toContainText('품절');
  await adminPage.screenshot({ path: `${SCREENS}/admin-dish-dialog.png` });
  await dialog.getByRole('button', { name: '저장' }).click();
  await expect(adminPage.getByRole('dialog')).toHaveCount(0);

  // Live: the open sheet shows 치즈 disabled and marked 품절.
  await expect(cheese.locator('input')).toBeDisabled();
  await expect(cheese).toContainText('품절');
  await page.screenshot({ path: `${SCREENS}/tablet-option-sold-out.png` });

  // The option kept its id and the other options are untouched.
  const { token } = await tableToken(store, 10);
  const after = (await call<MenuTree>(store, 'GET', '/api/menus', undefined, token)).data;
  const ramenAfter = after.categories.flatMap((c) => c.menus).find((m) => m.id === ramen.id)!;
  expect(ramenAfter.option_groups[0]!.options.map((o) => [o.id, o.available])).toEqual(
    ramen.option_groups[0]!.options.map((o) => [o.id, o.name !== '치즈']),
  );
  await adminContext.close();
});
