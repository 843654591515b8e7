/**
 * The apps' icons and bundled font, through the real store server: each app's page names a
 * favicon, an apple-touch-icon and a manifest whose icons all answer 200 with an image type,
 * /favicon.ico at the root leads to an icon (browsers ask for it on their own), and a Korean
 * page renders in Noto Sans KR while downloading only a few of its unicode-range slices.
 */
import { expect, test, type Page, type Response } from '@playwright/test';
import { startStore, type StoreProcess } from './fixtures/store';

let store: StoreProcess;

test.beforeAll(async () => {
  store = await startStore();
});
test.afterAll(async () => store?.dispose());

async function expectImage(page: Page, href: string) {
  const res = await page.request.get(new URL(href, page.url()).href);
  expect(res.status(), href).toBe(200);
  expect(res.headers()['content-type'], href).toMatch(/^image\//);
}

for (const app of ['table', 'admin', 'kitchen']) {
  test(`/${app}/ names an icon, an apple-touch-icon and a manifest with PNG icons`, async ({ page }) => {
    await page.goto(`${store.url}/${app}/`);
    const hrefs = (selector: string) =>
      page.locator(selector).evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
    const icons = await hrefs('link[rel=icon]');
    expect(icons.length).toBeGreaterThan(0);
    for (const href of icons) await expectImage(page, href);
    const touch = await hrefs('link[rel=apple-touch-icon]');
    expect(touch).toHaveLength(1);
    await expectImage(page, touch[0]!);

    const [manifestHref] = await hrefs('link[rel=manifest]');
    expect(manifestHref).toBeTruthy();
    const manifestUrl = new URL(manifestHref!, page.url()).href;
    const manifest = (await (await page.request.get(manifestUrl)).json()) as {
      start_url: string;
      icons: Array<{ src: string; sizes: string; type: string }>;
    };
    expect(manifest.start_url).toBe(`/${app}/`);
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons) await expectImage(page, new URL(icon.src, manifestUrl).href);
  });
}

test('/favicon.ico at the root leads to an icon, not a 404', async ({ request }) => {
  const first = await request.get(`${store.url}/favicon.ico`, { maxRedirects: 0 });
  expect([301, 302]).toContain(first.status());
  const followed = await request.get(`${store.url}/favicon.ico`);
  expect(followed.status()).toBe(200);
  expect(followed.headers()['content-type']).toMatch(/^image\//);
});

/** Counts the font files a page downloads until its fonts are ready. */
function countFonts(page: Page) {
  const seen: Response[] = [];
  page.on('response', (r) => {
    if (r.url().endsWith('.woff2')) seen.push(r);
  });
  return async () => {
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const sizes = await Promise.all(seen.map(async (r) => (await r.body()).length));
    expect(seen.every((r) => r.status() === 200)).toBe(true);
    return { files: seen.length, bytes: sizes.reduce((a, b) => a + b, 0) };
  };
}

async function expectNotoKr(page: Page) {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  expect(family.split(',')[0]!.trim().replace(/["']/g, '')).toBe('Noto Sans KR');
  expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans KR"', '한글'))).toBe(true);
}

test('the admin sign-in renders in Noto Sans KR from a few slices', async ({ page }) => {
  const done = countFonts(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${store.url}/admin/`);
  await expect(page.getByLabel('매장 코드')).toBeVisible();
  await expectNotoKr(page);
  const { files, bytes } = await done();
  test.info().annotations.push({ type: 'fonts', description: `admin sign-in: ${files} files, ${bytes} B` });
  // Some slices for Hangul and Latin, in two weights — never the whole family (~190 files).
  expect(files).toBeGreaterThan(0);
  expect(files).toBeLessThan(60);
});

test('the tablet menu renders in Noto Sans KR from a few slices', async ({ page }) => {
  const done = countFonts(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${store.url}/table/`);
  await page.getByLabel('매장 코드').fill('demo');
  await page.getByLabel('테이블 번호').fill('3');
  await page.getByLabel('비밀번호').fill(store.password);
  await page.getByRole('button', { name: '연결하기' }).click();
  await expect(page.locator('.card').first()).toBeVisible();
  await expectNotoKr(page);
  const { files, bytes } = await done();
  test.info().annotations.push({ type: 'fonts', description: `tablet menu: ${files} files, ${bytes} B` });
  expect(files).toBeGreaterThan(0);
  expect(files).toBeLessThan(80);
});
