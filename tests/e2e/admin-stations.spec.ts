/**
 * K5 in a real browser: the manager adds a kitchen station, routes a category to it, renames
 * it, reorders, and deletes it after confirming (its category goes back to 기본) — checked on
 * the screen and through the API; a taken name and the 20-station limit are said in words.
 */
import { expect, test, type Page } from '@playwright/test';
import { startStore, type StoreProcess } from './fixtures/store';
import { adminToken, call } from './fixtures/api';
import { loginAdmin, SCREENS } from './admin.helpers';
import type { Category, Station, StationList } from '../../src-shared/types';

let store: StoreProcess;
let admin: string;

test.beforeAll(async () => {
  store = await startStore();
  admin = await adminToken(store);
});
test.afterAll(async () => store?.dispose());

const stations = async () =>
  (await call<StationList>(store, 'GET', '/api/admin/stations', undefined, admin)).data.stations;
const category = async (name: string) =>
  (
    await call<{ categories: Category[] }>(store, 'GET', '/api/admin/categories', undefined, admin)
  ).data.categories.find((c) => c.name === name)!;
const row = (page: Page, name: string) => page.locator(`.station[data-station-name="${name}"]`);

async function openStations(page: Page) {
  await loginAdmin(page, store);
  await page.getByRole('button', { name: '스테이션', exact: true }).click();
  await expect(page.getByRole('heading', { name: '주방 스테이션' })).toBeVisible();
}

test('add, route a category, rename, reorder, delete after confirming (category back to 기본)', async ({
  page,
}) => {
  await openStations(page);
  // The demo store's three stations, in order.
  await expect(page.locator('.station[data-station-name]')).toHaveText([/주방/, /분식/, /음료/]);

  await page.getByLabel('스테이션 추가').fill('  튀김  ');
  await page.getByRole('button', { name: '추가', exact: true }).click();
  await expect(row(page, '튀김')).toBeVisible();
  const fry = (await stations()).find((s) => s.name === '튀김')!;
  expect(fry).toBeTruthy();

  // Route 안주·분식 to the new station.
  const snack = page.getByLabel('안주·분식 스테이션');
  await snack.selectOption({ label: '튀김' });
  await expect.poll(async () => (await category('안주·분식')).station_id).toBe(fry.id);
  await expect(row(page, '튀김')).toContainText('카테고리 1개');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: `${SCREENS}/admin-stations-1920x1080.png` });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: `${SCREENS}/admin-stations-1366x768.png` });

  // A taken name is said at the field, and nothing is created.
  await page.getByLabel('스테이션 추가').fill('튀김');
  await page.getByRole('button', { name: '추가', exact: true }).click();
  await expect(page.locator('.station-add .field-error')).toHaveText('이미 있는 스테이션 이름입니다.');
  expect((await stations()).filter((s) => s.name === '튀김')).toHaveLength(1);
  await page.getByLabel('스테이션 추가').fill('');
  await expect(page.locator('.station-add .field-error')).toHaveText('꼭 입력해야 합니다.');

  // Rename: the select shows the new name, the API has it.
  await page.getByRole('button', { name: '튀김 이름 변경' }).click();
  await page.getByLabel('스테이션 이름', { exact: true }).fill('튀김기');
  await page.getByRole('button', { name: '저장', exact: true }).click();
  await expect(row(page, '튀김기')).toBeVisible();
  await expect(snack.locator('option:checked')).toHaveText('튀김기');
  expect((await stations()).find((s) => s.id === fry.id)!.name).toBe('튀김기');

  // Reorder: 튀김기 up above 음료.
  await page.getByRole('button', { name: '튀김기 위로' }).click();
  await expect(page.locator('.station[data-station-name]')).toHaveText([/주방/, /분식/, /튀김기/, /음료/]);
  await expect
    .poll(async () => (await stations()).map((s) => s.name))
    .toEqual(['주방', '분식', '튀김기', '음료']);

  // Delete: the confirmation says where its categories go; cancel first changes nothing.
  await page.getByRole('button', { name: '튀김기 삭제' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('안주·분식');
  await expect(dialog).toContainText('기본 스테이션으로 옮겨집니다');
  await page.screenshot({ path: `${SCREENS}/admin-stations-delete-1366x768.png` });
  await dialog.getByRole('button', { name: '취소' }).click();
  await expect(dialog).toBeHidden();
  expect((await stations()).some((s) => s.id === fry.id)).toBe(true);

  await page.getByRole('button', { name: '튀김기 삭제' }).click();
  await dialog.getByRole('button', { name: '삭제', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(row(page, '튀김기')).toHaveCount(0);
  await expect(snack).toHaveValue('');
  await expect(snack.locator('option:checked')).toHaveText('기본');
  expect((await stations()).some((s) => s.id === fry.id)).toBe(false);
  expect((await category('안주·분식')).station_id).toBeNull();

  // Back to a real station, and to 기본, from the select.
  const drinks = (await stations()).find((s) => s.name === '음료')!;
  await snack.selectOption({ label: '음료' });
  await expect.poll(async () => (await category('안주·분식')).station_id).toBe(drinks.id);
  await snack.selectOption({ label: '기본' });
  await expect.poll(async () => (await category('안주·분식')).station_id).toBeNull();
});

test('a change made elsewhere shows live; at 20 stations the add form gives way to the limit', async ({
  page,
}) => {
  await openStations(page);
  const created: number[] = [];
  try {
    // Another device adds a station: menu.updated refreshes this screen.
    const r = await call<Station>(store, 'POST', '/api/admin/stations', { name: '그릴' }, admin);
    expect(r.status).toBe(201);
    created.push(r.data.id);
    await expect(row(page, '그릴')).toBeVisible();

    let count = (await stations()).length;
    for (let i = 1; count < 20; i++, count++) {
      const s = await call<Station>(store, 'POST', '/api/admin/stations', { name: `추가 ${i}` }, admin);
      expect(s.status).toBe(201);
      created.push(s.data.id);
    }
    const over = await call(store, 'POST', '/api/admin/stations', { name: '스물한 번째' }, admin);
    expect(over.status).toBe(409);
    await expect(page.getByText('스테이션은 매장당 최대 20개까지 만들 수 있습니다.')).toBeVisible();
    await expect(page.getByLabel('스테이션 추가')).toHaveCount(0);
    await page.screenshot({ path: `${SCREENS}/admin-stations-full-1366x768.png`, fullPage: true });
  } finally {
    for (const id of created) await call(store, 'DELETE', `/api/admin/stations/${id}`, undefined, admin);
  }
  await expect(row(page, '그릴')).toHaveCount(0);
  await expect(page.getByLabel('스테이션 추가')).toBeVisible();
});

test('with no stations the screen says so; a failed load says why and retries', async ({ page }) => {
  // The store server answers 503 (busy) until the screen has said so (after its own retries);
  // 다시 시도 then loads the list.
  let failing = true;
  await page.route('**/api/admin/stations', async (route) => {
    if (failing) {
      await route.fulfill({
        status: 503,
        json: { error_code: 'SERVICE_UNAVAILABLE', detail: 'busy' },
      });
    } else await route.continue();
  });
  await loginAdmin(page, store);
  await page.getByRole('button', { name: '스테이션', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('매장 서버가 잠시 사용할 수 없습니다', {
    timeout: 30_000,
  });
  failing = false;
  await page.getByRole('button', { name: '다시 시도' }).click();
  await expect(page.getByRole('heading', { name: '주방 스테이션' })).toBeVisible();

  for (const s of await stations()) {
    expect((await call(store, 'DELETE', `/api/admin/stations/${s.id}`, undefined, admin)).status).toBe(204);
  }
  await expect(
    page.getByText('아직 스테이션이 없습니다. 모든 카테고리가 기본 스테이션으로 갑니다.'),
  ).toBeVisible();
  await expect(page.getByTestId('station-default')).toContainText('카테고리 4개');
  await expect(page.getByLabel('식사 스테이션')).toHaveValue('');
  await page.screenshot({ path: `${SCREENS}/admin-stations-empty-1366x768.png` });
});
