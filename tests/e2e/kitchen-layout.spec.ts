/**
 * Kitchen board K8 fit: with 40 open tickets at 1280×800, 1920×1080 and 3840×2160 no ticket
 * header wraps (each of its parts is one line high, all on one row) and no ticket is wider than
 * its box or the screen, and none overlaps another — measured on element boxes, not screenshot pixels. Screenshots of the
 * busy board at each size go to test-results/screens for a human look.
 */
import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { startStore, type StoreProcess } from './fixtures/store';
import { clearTables, signInKitchen } from './kitchen.helpers';
import { adminToken, call, tableToken } from './fixtures/api';
import type { MenuTree, Order } from '../../src-shared/types';

let store: StoreProcess;

test.beforeAll(async () => {
  store = await startStore();
});
test.afterAll(async () => store?.dispose());

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];

/** 40 varied orders over 10 tables: 1–4 lines, options, quantities, a few requests. */
async function placeForty(): Promise<Order[]> {
  const login = await tableToken(store, 1);
  const menu = await call<MenuTree>(store, 'GET', '/api/menus', undefined, login.token);
  const dishes = menu.data.categories.flatMap((c) => c.menus).filter((m) => m.available);
  const tokens = new Map<number, string>();
  const orders: Order[] = [];
  for (let i = 0; i < 40; i++) {
    const table = (i % 10) + 1;
    if (!tokens.has(table)) tokens.set(table, (await tableToken(store, table)).token);
    const lines = 1 + ((i * 7) % 4);
    const picked = [...new Set(Array.from({ length: lines }, (_, j) => (i * 3 + j * 5) % dishes.length))];
    const items = picked.map((d, j) => {
      const dish = dishes[d]!;
      // Required groups get an option that varies with the order; optional ones sometimes one.
      const option_ids = dish.option_groups.flatMap((g) =>
        g.min_select > 0 || (i + j) % 3 === 0 ? [g.options[(i + j) % g.options.length]!.id] : [],
      );
      return {
        menu_id: dish.id,
        quantity: 1 + ((i + j) % 4 === 0 ? 2 : 0),
        option_ids,
        ...(i % 6 === 0 && j === 0 ? { note: '양파 빼주세요, 아주 맵게' } : {}),
      };
    });
    const r = await call<Order>(
      store,
      'POST',
      '/api/orders',
      { client_order_id: randomUUID(), items },
      tokens.get(table),
    );
    expect(r.status).toBe(201);
    orders.push(r.data);
  }
  return orders;
}

interface Problem {
  order: string;
  what: string;
}

/** Every way a ticket can break the layout, measured in the page. */
function findProblems(page: Page): Promise<Problem[]> {
  return page.evaluate(() => {
    const problems: { order: string; what: string }[] = [];
    const viewport = document.documentElement.clientWidth;
    for (const ticket of document.querySelectorAll<HTMLElement>('[data-testid=ticket]')) {
      const order = ticket.dataset.orderNumber ?? '?';
      const box = ticket.getBoundingClientRect();
      if (box.left < -0.5 || box.right > viewport + 0.5)
        problems.push({ order, what: `ticket ${box.left}–${box.right} outside 0–${viewport}` });
      if (ticket.scrollWidth > ticket.clientWidth + 1)
        problems.push({
          order,
          what: `content ${ticket.scrollWidth}px wider than ticket ${ticket.clientWidth}px`,
        });
      const head = ticket.querySelector<HTMLElement>('.ticket-head, .recall-head');
      if (!head) {
        problems.push({ order, what: 'no header' });
        continue;
      }
      if (head.scrollWidth > head.clientWidth + 1)
        problems.push({ order, what: `header content ${head.scrollWidth}px > ${head.clientWidth}px` });
      const parts = [...head.children] as HTMLElement[];
      // One row: every part overlaps every other vertically (a wrapped part sits below the rest).
      const rects = parts.map((p) => p.getBoundingClientRect());
      const lowestTop = Math.max(...rects.map((r) => r.top));
      const highestBottom = Math.min(...rects.map((r) => r.bottom));
      if (lowestTop >= highestBottom)
        problems.push({
          order,
          what: `header parts on different rows: tops ${rects.map((r) => r.top).join(',')}`,
        });
      for (const part of parts) {
        const style = getComputedStyle(part);
        const lineHeight =
          style.lineHeight === 'normal' ? parseFloat(style.fontSize) * 1.4 : parseFloat(style.lineHeight);
        const height = part.getBoundingClientRect().height;
        // One line of text (plus its own padding), never two.
        const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
        if (height > lineHeight * 1.5 + padding)
          problems.push({
            order,
            what: `"${part.textContent}" ${height}px high, one line is ${lineHeight}px`,
          });
        // The table number and the timer must show whole; only the order number may be cut.
        if (!part.classList.contains('ticket-number') && part.scrollWidth > part.clientWidth + 1)
          problems.push({ order, what: `"${part.textContent}" cut off` });
      }
    }
    // Tickets never sit on top of each other (rows squeezed below their tickets' height).
    const boxes = [...document.querySelectorAll<HTMLElement>('[data-testid=ticket]')].map((el) => ({
      order: el.dataset.orderNumber ?? '?',
      r: el.getBoundingClientRect(),
    }));
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (x > 0.5 && y > 0.5) problems.push({ order: a.order, what: `overlaps ${b.order} by ${x}×${y}px` });
      }),
    );
    return problems;
  });
}

test('40 tickets: no header wraps and no ticket overflows at 1280, 1920 and 3840 px', async ({ page }) => {
  test.setTimeout(240_000);
  await clearTables(store);
  await page.setViewportSize(SIZES[0]!);
  await signInKitchen(page, store);
  await expect(page.getByTestId('board')).toHaveAttribute('data-loaded', 'true');

  // Placed while the board is open, so the newest carry the 새 주문 ribbon.
  const orders = await placeForty();
  const admin = await adminToken(store);
  const setStatus = async (o: Order, status: string) =>
    expect((await call(store, 'PUT', `/api/admin/orders/${o.id}/status`, { status }, admin)).status).toBe(
      200,
    );
  for (const o of orders.slice(0, 4)) {
    await setStatus(o, 'preparing');
    await setStatus(o, 'completed');
  }
  for (const o of orders.slice(4, 14)) await setStatus(o, 'preparing');
  await expect(page.getByTestId('ticket-flow').getByTestId('ticket')).toHaveCount(36);
  await expect(page.getByTestId('column-completed').getByTestId('ticket')).toHaveCount(4);
  await expect(page.getByTestId('ticket-new').first()).toBeVisible();

  for (const size of SIZES) {
    await page.setViewportSize(size);
    // Let layout settle (fonts, the resize observer's "more below" count).
    await expect(page.getByTestId('ticket-flow')).toBeVisible();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const problems = await findProblems(page);
    expect(problems, `${size.width}×${size.height}`).toEqual([]);
    // The flow uses the width: more than one ticket per row.
    const lefts = await page
      .getByTestId('ticket-flow')
      .getByTestId('ticket')
      .evaluateAll((els) => new Set(els.map((e) => Math.round(e.getBoundingClientRect().left))).size);
    expect(lefts).toBeGreaterThan(2);
    // No ticket hides silently: tickets starting below the visible list are announced.
    const below = await page.getByTestId('ticket-flow').evaluate((flow) => {
      const grid = flow.querySelector('.ticket-grid')!;
      const bottom = grid.getBoundingClientRect().bottom;
      return [...grid.querySelectorAll('[data-testid=ticket]')].filter(
        (el) => el.getBoundingClientRect().top > bottom - 40,
      ).length;
    });
    if (size.width < 3840) expect(below, `${size.width}: 36 tickets do not fit`).toBeGreaterThan(0);
    if (below > 0) await expect(page.getByTestId('more-open')).toContainText(String(below));
    else await expect(page.getByTestId('more-open')).toHaveCount(0);
    await page.screenshot({ path: `test-results/screens/kitchen-busy-${size.width}x${size.height}.png` });
  }
});
