/**
 * A7 in a real browser: categories and items with a photo uploaded from the PC; the result
 * is what tablets get from GET /api/menus, and the photo is served from the store.
 */
import { expect, test } from '@playwright/test';
import { deflateSync } from 'node:zlib';
import { startStore, type StoreProcess } from './fixtures/store';
import { call, tableToken } from './fixtures/api';
import { loginAdmin, SCREENS } from './admin.helpers';
import type { MenuTree } from '../../src-shared/types';

/** A real 16×16 PNG (orange square), built byte by byte so the server's content check sees a PNG. */
function makePng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const size = 16;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const row = Buffer.concat([
    Buffer.from([0]),
    Buffer.from(Array.from({ length: size }, () => [240, 140, 30]).flat()),
  ]);
  const raw = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

let store: StoreProcess;
test.beforeAll(async () => {
  store = await startStore();
});
test.afterAll(async () => {
  await store?.dispose();
});

test('a menu item created with an uploaded photo reaches the tablet menu, with the photo served', async ({
  page,
}) => {
  const png = makePng();
  await loginAdmin(page, store);
  await page.getByRole('button', { name: '메뉴', exact: true }).click();

  // A new category, selected at once.
  await page.getByLabel('카테고리 추가').fill('여름 특선');
  await page.getByRole('button', { name: '추가', exact: true }).click();
  await expect(page.getByRole('heading', { name: '메뉴 · 여름 특선' })).toBeVisible();

  // A duplicate category name is the API's 409, said in words.
  await page.getByLabel('카테고리 추가').fill('  여름 특선 ');
  await page.getByRole('button', { name: '추가', exact: true }).click();
  await expect(page.locator('.cat-add').getByRole('alert')).toContainText('이미 있는 카테고리 이름입니다.');
  await page.getByLabel('카테고리 추가').fill('');

  await page.getByRole('button', { name: '메뉴 추가' }).click();
  const dialog = page.getByRole('dialog');
  // No name, no price: the server's field errors land under those fields.
  await dialog.getByRole('button', { name: '저장' }).click();
  await expect(dialog.locator('.field-invalid')).toHaveCount(2);
  await expect(dialog.locator('.field-invalid', { hasText: '이름' })).toBeVisible();
  await expect(dialog.locator('.field-invalid', { hasText: '가격(원)' })).toBeVisible();

  await dialog.getByLabel('이름').fill('물냉면');
  await dialog.getByLabel('가격(원)').fill('9500');
  await dialog.getByLabel('설명').fill('시원한 육수');
  const file = dialog.locator('input[type=file]');
  const imageError = dialog.locator('.image-picker').getByRole('alert');
  // Checked before upload: type and size.
  await file.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(imageError).toContainText('PNG, JPEG, WebP 사진만');
  await file.setInputFiles({
    name: 'big.png',
    mimeType: 'image/png',
    buffer: Buffer.alloc(2 * 1024 * 1024 + 1),
  });
  await expect(imageError).toContainText('사진이 너무 큽니다');
  // Checked by the server by content: a "PNG" that is not one is a 415, said in words.
  await file.setInputFiles({
    name: 'fake.png',
    mimeType: 'image/png',
    buffer: Buffer.from('not really a png'),
  });
  await expect(imageError).toContainText('PNG, JPEG, WebP 사진만');
  await file.setInputFiles({ name: 'noodles.png', mimeType: 'image/png', buffer: png });
  await expect(dialog.getByText('사진을 올렸습니다.')).toBeVisible();
  await expect(dialog.getByTestId('image-preview')).toHaveAttribute('src', /^\/images\//);
  await page.screenshot({ path: `${SCREENS}/admin-menu-item.png` });
  await dialog.getByRole('button', { name: '저장' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const row = page.locator('.item', { hasText: '물냉면' });
  await expect(row).toContainText('9,500원');

  // A second item without a photo, then reorder and sold-out.
  await page.getByRole('button', { name: '메뉴 추가' }).click();
  await page.getByRole('dialog').getByLabel('이름').fill('비빔냉면');
  await page.getByRole('dialog').getByLabel('가격(원)').fill('10000');
  await page.getByRole('dialog').getByRole('button', { name: '저장' }).click();
  await expect(page.locator('.item')).toHaveCount(2);
  await page.locator('.item', { hasText: '비빔냉면' }).getByRole('button', { name: '위로' }).click();
  await expect(page.locator('.item').first()).toContainText('비빔냉면');
  await row.getByRole('button', { name: '품절로 표시' }).click();
  await expect(row).toContainText('품절');
  await expect(row.getByRole('button', { name: '판매 재개' })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/admin-menu.png` });

  // What a tablet sees.
  const { token } = await tableToken(store, 1);
  const tree = await call<MenuTree>(store, 'GET', '/api/menus', undefined, token);
  const cat = tree.data.categories.find((c) => c.name === '여름 특선')!;
  expect(cat.menus.map((m) => m.name)).toEqual(['비빔냉면', '물냉면']);
  const item = cat.menus.find((m) => m.name === '물냉면')!;
  expect(item).toMatchObject({ price: 9500, description: '시원한 육수', available: false });
  expect(item.image_url).toMatch(/^\/images\//);
  const img = await fetch(store.url + item.image_url);
  expect(img.status).toBe(200);
  expect(Buffer.from(await img.arrayBuffer()).equals(png)).toBe(true);

  // The admin list shows the served photo.
  await expect(row.locator('img')).toHaveAttribute('src', item.image_url!);
  expect(await row.locator('img').evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(16);

  // Delete with confirmation; the tablet menu no longer has it.
  await page.locator('.item', { hasText: '비빔냉면' }).getByRole('button', { name: '삭제' }).click();
  await expect(page.getByRole('dialog')).toContainText('비빔냉면');
  await page.getByRole('dialog').getByRole('button', { name: '삭제' }).click();
  await expect(page.locator('.item')).toHaveCount(1);
  const after = await call<MenuTree>(store, 'GET', '/api/menus', undefined, token);
  expect(after.data.categories.find((c) => c.name === '여름 특선')!.menus.map((m) => m.name)).toEqual([
    '물냉면',
  ]);

  // A category with items cannot be deleted: the 409 is explained.
  await page.locator('.cat.active').getByRole('button', { name: '삭제' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '삭제' }).click();
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText(
    '메뉴가 남아 있는 카테고리는 삭제할 수 없습니다',
  );
});
