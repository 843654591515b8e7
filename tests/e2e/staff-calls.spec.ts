/**
 * T9 staff calls on the staff screens (and T11 revoking guest phones): a table's call reaches
 * the admin dashboard and the kitchen board with the call sound, the kitchen acknowledges, the
 * admin sees it live and finishes it, and it leaves both screens; a manager edits the call
 * buttons and the table gets them; the admin ends a table's guest-phone logins. The call bar is
 * measured at the screens' sizes (element boxes) and photographed for a human look.
 */
import { randomUUID } from 'node:crypto';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { startStore, type StoreProcess } from './fixtures/store';
import { adminToken, call, tableToken } from './fixtures/api';
import { loginAdmin, SCREENS } from './admin.helpers';
import { clearTables, orderDishes, signInKitchen } from './kitchen.helpers';
import type { CallPresetList, GuestInvite, StaffCall, StaffCallList } from '../../src-shared/types';

let store: StoreProcess;

test.beforeAll(async () => {
  store = await startStore();
});
test.afterAll(async () => store?.dispose());

/** How many times this page rang the call sound (the app counts each ring on <html>). */
const sounds = async (page: Page) =>
  Number((await page.locator('html').getAttribute('data-call-sounds')) ?? 0);

async function callFrom(tableNumber: number, labels: string[], note?: string): Promise<StaffCall> {
  const { token } = await tableToken(store, tableNumber);
  const presets = await call<CallPresetList>(store, 'GET', '/api/call-presets', undefined, token);
  expect(presets.status).toBe(200);
  const preset_ids = labels.map((l) => {
    const p = presets.data.presets.find((x) => x.label === l);
    if (!p) throw new Error(`no preset ${l}`);
    return p.id;
  });
  const r = await call<StaffCall>(
    store,
    'POST',
    '/api/staff-calls',
    { client_call_id: randomUUID(), preset_ids, ...(note ? { note } : {}) },
    token,
  );
  expect(r.status).toBe(201);
  return r.data;
}

const callEntry = (page: Page, c: StaffCall) => page.locator(`[data-testid=call][data-call-id="${c.id}"]`);

type Box = { x: number; y: number; width: number; height: number };
const boxOf = async (l: Locator): Promise<Box> => {
  const b = await l.boundingBox();
  if (!b) throw new Error('no box');
  return b;
};

/** The bar lies inside the screen, its entries inside the bar, and nothing in it is cut off. */
async function expectBarFits(page: Page) {
  const bar = page.getByTestId('call-bar');
  const viewport = page.viewportSize()!;
  const b = await boxOf(bar);
  expect(b.x).toBeGreaterThanOrEqual(0);
  expect(b.x + b.width).toBeLessThanOrEqual(viewport.width + 0.5);
  for (const entry of await bar.getByTestId('call').all()) {
    const e = await boxOf(entry);
    expect(e.x + e.width).toBeLessThanOrEqual(b.x + b.width + 0.5);
    expect(e.y + e.height).toBeLessThanOrEqual(b.y + b.height + 0.5);
    // Buttons are whole (not clipped by the entry) and one line high.
    for (const button of await entry.getByRole('button').all()) {
      const btn = await boxOf(button);
      expect(btn.x + btn.width).toBeLessThanOrEqual(e.x + e.width + 0.5);
      expect(btn.height).toBeLessThan(70);
    }
  }
  const overflow = await bar.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  return b;
}

test('a call reaches the admin and the kitchen with its sound; kitchen acknowledges, admin finishes', async ({
  browser,
}) => {
  await clearTables(store);
  const order = await orderDishes(store, 3, [{ name: '김치찌개' }]);

  const adminCtx = await browser.newContext();
  const admin = await adminCtx.newPage();
  await loginAdmin(admin, store);
  const kitchenCtx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const kitchen = await kitchenCtx.newPage();
  await signInKitchen(kitchen, store);
  await expect(
    kitchen.locator(`[data-testid=ticket][data-order-number="${order.order_number}"]`),
  ).toBeVisible();
  const adminSounds = await sounds(admin);
  const kitchenSounds = await sounds(kitchen);

  const c = await callFrom(3, ['물', '앞접시'], '아이 의자도 부탁해요');
  for (const page of [admin, kitchen]) {
    const entry = callEntry(page, c);
    await expect(entry).toBeVisible();
    await expect(entry).toHaveAttribute('data-status', 'open');
    await expect(entry).toContainText('3번');
    await expect(entry).toContainText('물 · 앞접시');
    await expect(entry).toContainText('아이 의자도 부탁해요');
  }
  // The call sound rang once on each screen.
  await expect.poll(() => sounds(admin)).toBe(adminSounds + 1);
  await expect.poll(() => sounds(kitchen)).toBe(kitchenSounds + 1);
  // The dashboard card of table 3 shows its open call too.
  const card = admin.getByTestId('table-card-3');
  await expect(card.getByTestId('table-calls')).toContainText('물 · 앞접시');

  // Layout: the kitchen bar sits above the tickets, never over a ticket's header.
  for (const size of [
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    await kitchen.setViewportSize(size);
    await expect(callEntry(kitchen, c)).toBeVisible();
    const bar = await expectBarFits(kitchen);
    for (const head of await kitchen.locator('[data-testid=ticket] .ticket-head').all()) {
      const h = await boxOf(head);
      expect(h.y).toBeGreaterThanOrEqual(bar.y + bar.height - 0.5);
    }
    await kitchen.screenshot({ path: `${SCREENS}/kitchen-call-${size.width}x${size.height}.png` });
  }
  // The admin bar sits under the top bar and above the table cards.
  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1366, height: 768 },
  ]) {
    await admin.setViewportSize(size);
    await expect(callEntry(admin, c)).toBeVisible();
    const bar = await expectBarFits(admin);
    const top = await boxOf(admin.locator('.topbar'));
    expect(bar.y).toBeGreaterThanOrEqual(top.y + top.height - 0.5);
    const head = await boxOf(card.locator('.tc-head'));
    expect(head.y).toBeGreaterThanOrEqual(bar.y + bar.height - 0.5);
    await admin.screenshot({ path: `${SCREENS}/admin-call-${size.width}x${size.height}.png` });
  }

  // 확인 on the kitchen: the admin sees it acknowledged live, and so does the table.
  await callEntry(kitchen, c).getByTestId('call-ack').click();
  await expect(callEntry(kitchen, c)).toHaveAttribute('data-status', 'acknowledged');
  await expect(callEntry(admin, c)).toHaveAttribute('data-status', 'acknowledged');
  await expect(callEntry(admin, c).getByTestId('call-ack')).toHaveCount(0);
  const { token } = await tableToken(store, 3);
  const mine = await call<StaffCallList>(store, 'GET', '/api/staff-calls', undefined, token);
  expect(mine.data.calls.find((x) => x.id === c.id)?.status).toBe('acknowledged');

  // 완료 on the admin: gone from both screens and the card.
  await callEntry(admin, c).getByTestId('call-done').click();
  await expect(callEntry(admin, c)).toHaveCount(0);
  await expect(callEntry(kitchen, c)).toHaveCount(0);
  await expect(card.getByTestId('table-calls')).toHaveCount(0);

  // The kitchen's C key: the oldest open call first → 확인, then (none open) → 완료.
  const first = await callFrom(4, [], '계산서 갖다 주세요');
  const second = await callFrom(5, ['물티슈']);
  await expect(callEntry(kitchen, second)).toBeVisible();
  await expect(kitchen.getByTestId('call').first()).toHaveAttribute('data-call-id', String(first.id));
  await kitchen.keyboard.press('c');
  await expect(callEntry(kitchen, first)).toHaveAttribute('data-status', 'acknowledged');
  await expect(callEntry(admin, first)).toHaveAttribute('data-status', 'acknowledged');
  // The open one now leads the bar (open calls before acknowledged ones).
  await expect(kitchen.getByTestId('call').first()).toHaveAttribute('data-call-id', String(second.id));
  await kitchen.keyboard.press('c');
  await expect(callEntry(kitchen, second)).toHaveAttribute('data-status', 'acknowledged');
  await kitchen.keyboard.press('c');
  await expect(callEntry(kitchen, first)).toHaveCount(0);
  await expect(callEntry(admin, first)).toHaveCount(0);
  await kitchen.keyboard.press('c');
  await expect(kitchen.getByTestId('call-bar')).toHaveCount(0);
  await expect(admin.getByTestId('call-bar')).toHaveCount(0);

  await adminCtx.close();
  await kitchenCtx.close();
});

test('more calls than fit: the oldest stays first and the rest are counted', async ({ page }) => {
  await clearTables(store);
  await loginAdmin(page, store);
  const calls: StaffCall[] = [];
  for (const n of [1, 2, 3, 4, 5, 6, 7]) calls.push(await callFrom(n, ['물']));
  await expect(callEntry(page, calls[0]!)).toBeVisible();
  await expect(page.getByTestId('call-bar')).toHaveAttribute('data-open', '7');
  const shown = await page.getByTestId('call').count();
  expect(shown).toBeLessThan(7);
  await expect(page.getByTestId('call').first()).toHaveAttribute('data-call-id', String(calls[0]!.id));
  await expect(page.getByTestId('call-more')).toContainText(`+${7 - shown}건`);
  await expectBarFits(page);
  await page.screenshot({ path: `${SCREENS}/admin-call-folded-1366x768.png` });
  await page.getByTestId('call-more').click();
  await expect(page.getByTestId('call')).toHaveCount(7);
  await page.screenshot({ path: `${SCREENS}/admin-call-many-1366x768.png` });
  await clearTables(store);
  // Ending the seatings closes their calls (call.updated → done).
  await expect(page.getByTestId('call-bar')).toHaveCount(0);
});

test('a manager edits the call buttons; the table gets them', async ({ page }) => {
  await loginAdmin(page, store);
  await page.getByRole('button', { name: '호출 버튼' }).click();
  const rows = page.getByTestId('preset-row');
  await expect(rows).toHaveCount(5);
  await expect(rows.first().getByLabel('버튼 이름 (한국어)')).toHaveValue('물');

  // Validation: an empty new row and a name that is too long are marked, nothing is saved.
  await page.getByTestId('preset-add').click();
  await expect(rows).toHaveCount(6);
  await rows.nth(1).getByLabel('버튼 이름 (한국어)').fill('수저와 젓가락을 한 벌 더 가져다 주세요');
  await page.getByRole('button', { name: '저장', exact: true }).click();
  await expect(rows.nth(5)).toContainText('이름을 입력하세요.');
  await expect(rows.nth(1)).toContainText('20자 이하로 입력하세요.');
  await expect(page.getByTestId('presets-form')).toContainText('표시된 칸을 고친 뒤 저장하세요.');
  await page.screenshot({ path: `${SCREENS}/admin-call-presets-errors-1366x768.png`, fullPage: true });

  // Fix: rename 수저·젓가락 back to a short name, name the new one, translate it, move it up.
  await rows.nth(1).getByLabel('버튼 이름 (한국어)').fill('수저');
  await rows.nth(5).getByLabel('버튼 이름 (한국어)').fill('냅킨');
  await rows.nth(5).getByLabel('English').fill('Napkins');
  await rows.nth(5).getByLabel('日本語').fill('ナプキン');
  await rows.nth(0).getByLabel('버튼 이름 (한국어)').fill('물 주세요');
  await page.getByRole('button', { name: '냅킨 위로' }).click();
  await expect(rows.nth(4).getByLabel('버튼 이름 (한국어)')).toHaveValue('냅킨');
  // Delete asks first: 물티슈 goes.
  await page.getByRole('button', { name: '물티슈 삭제' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '삭제' }).click();
  await expect(rows).toHaveCount(5);
  await expect(page.getByText('저장하지 않은 변경이 있습니다')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/admin-call-presets-1366x768.png`, fullPage: true });
  await page.getByRole('button', { name: '저장', exact: true }).click();
  await expect(page.getByText('호출 버튼을 저장했습니다.')).toBeVisible();
  await expect(page.getByText('저장하지 않은 변경이 있습니다')).toHaveCount(0);

  const { token } = await tableToken(store, 1);
  const r = await call<CallPresetList>(store, 'GET', '/api/call-presets', undefined, token);
  expect(r.data.presets.map((p) => p.label)).toEqual(['물 주세요', '수저', '앞접시', '냅킨', '계산 요청']);
  const napkins = r.data.presets.find((p) => p.label === '냅킨')!;
  expect(napkins.translations).toEqual({ en: { label: 'Napkins' }, ja: { label: 'ナプキン' } });

  // After a reload the editor shows what was saved.
  await page.reload();
  await expect(rows).toHaveCount(5);
  await expect(rows.nth(3).getByLabel('English')).toHaveValue('Napkins');
});

test('a kitchen account sees no presets editor', async ({ page }) => {
  const admin = await adminToken(store);
  const made = await call(
    store,
    'POST',
    '/api/admin/staff',
    {
      username: 'cook-calls',
      password: 'cook-pass-1234',
      role: 'kitchen',
    },
    admin,
  );
  expect(made.status).toBe(201);
  await loginAdmin(page, store, 'cook-calls', 'cook-pass-1234');
  await page.goto(`${store.url}/admin/call-presets`);
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByTestId('presets-form')).toHaveCount(0);
});

test('revoking a table’s guest phones ends their logins and says how many', async ({ page }) => {
  const { token } = await tableToken(store, 2);
  const invite = await call<GuestInvite>(store, 'POST', '/api/table/guest-invite', undefined, token);
  expect(invite.status).toBe(201);
  const guest = await call<{ token: string }>(store, 'POST', '/api/table/guest-login', {
    code: invite.data.code,
  });
  expect(guest.status).toBe(200);
  const before = await call(store, 'GET', '/api/call-presets', undefined, guest.data.token);
  expect(before.status).toBe(200);

  await loginAdmin(page, store);
  await page.getByRole('button', { name: '테이블', exact: true }).click();
  const row = page.getByTestId('table-row-2');
  await row.getByRole('button', { name: '휴대폰 연결 해제' }).click();
  await expect(page.getByRole('dialog')).toContainText('2번 테이블에 QR로 연결된 손님 휴대폰');
  await page.getByRole('dialog').getByRole('button', { name: '휴대폰 연결 해제' }).click();
  await expect(page.getByText('2번 테이블 휴대폰 1대 연결 해제')).toBeVisible();

  const after = await call(store, 'GET', '/api/call-presets', undefined, guest.data.token);
  expect(after.status).toBe(401);
  // The tablet itself stays signed in.
  const tablet = await call(store, 'GET', '/api/call-presets', undefined, token);
  expect(tablet.status).toBe(200);
});
