/**
 * Every admin screen at the two desk sizes (1920×1080 and 1366×768): the list comes from the
 * nav itself, so a screen added later is covered without touching this file. Each screen must
 * not scroll sideways, keep every nav link on one line, and render in the bundled Noto Sans KR;
 * a screenshot of each goes to test-results/screens/admin-<screen>-<width>.png for a human look.
 */
import { expect, test, type Page } from '@playwright/test';
import { startStore, type StoreProcess } from './fixtures/store';
import { loginAdmin, SCREENS } from './admin.helpers';

let store: StoreProcess;

test.beforeAll(async () => {
  store = await startStore();
});
test.afterAll(async () => store?.dispose());

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
];

const navLinks = (page: Page) => page.locator('nav.nav .nav-link');

/** The route a nav link leads to, read from the address bar after following it. */
function screenName(page: Page): string {
  const rest = new URL(page.url()).pathname.replace(/^\/admin\/?/, '');
  return rest.split('/')[0] || 'dashboard';
}

async function expectFits(page: Page, label: string) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${label}: page wider than the window`).toBeLessThanOrEqual(innerWidth);
}

async function expectNavOnOneLineEach(page: Page, label: string) {
  const boxes = await navLinks(page).evaluateAll((els) =>
    els.map((el) => {
      const s = getComputedStyle(el);
      const line = parseFloat(s.lineHeight) || parseFloat(s.fontSize) * 1.5;
      const inner =
        el.getBoundingClientRect().height - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom);
      return { text: el.textContent ?? '', inner, line };
    }),
  );
  for (const b of boxes) expect(b.inner, `${label}: nav link "${b.text}" wraps`).toBeLessThan(b.line * 1.5);
  // In Korean the twelve screens fit one row of the bar at both sizes (a live badge is short).
  const tops = await navLinks(page).evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
  expect(new Set(tops).size, `${label}: nav bar on one row`).toBe(1);
}

async function expectNotoKr(page: Page, label: string) {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const ok = await page.evaluate(() => document.fonts.check('16px "Noto Sans KR"', '한글'));
  expect(ok, `${label}: Noto Sans KR not loaded`).toBe(true);
  const first = await page.evaluate(
    () => getComputedStyle(document.querySelector('main, .content, body')!).fontFamily,
  );
  expect(first.split(',')[0]!.replace(/["']/g, '').trim(), label).toBe('Noto Sans KR');
}

for (const size of SIZES) {
  test(`every admin screen at ${size.width}×${size.height}: fits, nav on one line, Noto Sans KR`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await loginAdmin(page, store);
    await page.setViewportSize(size);
    const count = await navLinks(page).count();
    expect(count).toBeGreaterThanOrEqual(10);
    const seen: string[] = [];
    for (let i = 0; i < count; i++) {
      await navLinks(page).nth(i).click();
      await expect(navLinks(page).nth(i)).toHaveAttribute('aria-current', 'page');
      const name = screenName(page);
      seen.push(name);
      // Loading states settle: nothing busy left on the screen.
      await expect(page.locator('[aria-busy=true]')).toHaveCount(0);
      const label = `${name} at ${size.width}`;
      await expectFits(page, label);
      await expectNavOnOneLineEach(page, label);
      await expectNotoKr(page, label);
      await page.screenshot({ path: `${SCREENS}/admin-${name}-${size.width}.png`, fullPage: true });
    }
    expect(new Set(seen).size).toBe(count);
  });
}
