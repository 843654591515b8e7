/** SSE across restarts, resync when the log no longer holds the resume point, and slow clients. */
import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import type { Menu, Order } from '../../src-shared/types';
import { startServer, stopAllServers, type TestServer } from './helpers/server';
import { json } from './helpers/sse';
import { menuItems, placeOrder, uuid } from './helpers/api';

afterAll(stopAllServers);

const lastEventId = (t: TestServer) =>
  (
    t.sql().prepare("SELECT seq FROM sqlite_sequence WHERE name = 'events'").get() as
      { seq: number } | undefined
  )?.seq ?? 0;
const eventIdsAfter = (t: TestServer, id: number) =>
  (t.sql().prepare('SELECT id FROM events WHERE id > ? ORDER BY id').all(id) as { id: number }[]).map(
    (e) => e.id,
  );

describe('restart', () => {
  it('event ids continue above the old ones, and an old resume id replays exactly what came after', async () => {
    const t = await startServer();
    const admin = (await t.adminLogin()).token;
    const table = await t.tableLogin(1);
    const menu = await menuItems(t, table.token);
    const s = await t.sse('/api/admin/events', admin);
    await s.next('snapshot');
    const before = await placeOrder(t, table.token, [{ menu_id: menu[0]!.id, quantity: 1 }]);
    const createdFrame = await s.next('order.created');
    expect(json(createdFrame).order.id).toBe(before.id);
    const seen = Number(createdFrame.id);
    const oldMax = lastEventId(t);

    await t.restart();
    // Tokens are stored, so they survive the restart.
    expect((await t.call('GET', '/api/admin/dashboard', { token: admin })).status).toBe(200);
    const after = await placeOrder(t, table.token, [{ menu_id: menu[1]!.id, quantity: 1 }]);
    await t.call('PUT', `/api/admin/orders/${after.id}/status`, {
      token: admin,
      body: { status: 'preparing' },
    });
    const newIds = eventIdsAfter(t, oldMax);
    expect(newIds.length).toBeGreaterThanOrEqual(2);
    expect(Math.min(...newIds)).toBeGreaterThan(oldMax);

    const resumed = await t.sse('/api/admin/events', admin, { lastEventId: seen });
    const expected = eventIdsAfter(t, seen);
    const got = await resumed.until((f) => Number(f.id) === expected[expected.length - 1]);
    expect(got.filter((f) => f.event).map((f) => Number(f.id))).toEqual(expected);
    expect(resumed.frames.some((f) => f.event === 'snapshot')).toBe(false);
    const created = got.find((f) => f.event === 'order.created' && json(f).order.id === after.id);
    expect(created).toBeDefined();
    await t.close();
  });
});

describe('resync', () => {
  it('a Last-Event-ID older than the log holds gets resync, then a snapshot', async () => {
    const t = await startServer();
    const admin = (await t.adminLogin()).token;
    const table = await t.tableLogin(2);
    const menu = await menuItems(t, table.token);
    await placeOrder(t, table.token, [{ menu_id: menu[0]!.id, quantity: 1 }]);
    const start = lastEventId(t);
    for (let i = 0; i < 3; i++) await placeOrder(t, table.token, [{ menu_id: menu[0]!.id, quantity: 1 }]);
    const keepFrom = lastEventId(t);
    await placeOrder(t, table.token, [{ menu_id: menu[0]!.id, quantity: 1 }]);
    // Retention: everything up to keepFrom is gone from the log.
    t.sql().prepare('DELETE FROM events WHERE id <= ?').run(keepFrom);
    const head = lastEventId(t);

    for (const [channel, token] of [
      ['/api/admin/events', admin],
      ['/api/table/events', table.token],
    ] as const) {
      const s = await t.sse(channel, token, { lastEventId: start });
      expect((await s.next()).retry).toBe(1000);
      const resync = await s.next();
      expect(resync.event).toBe('resync');
      const snap = await s.next();
      expect(snap.event).toBe('snapshot');
      expect(Number(snap.id)).toBe(head);
      if (channel === '/api/table/events') {
        expect(json(snap)).toEqual((await t.call('GET', '/api/orders', { token })).data);
      } else {
        expect(json(snap).last_event_id).toBe(head);
      }
      s.close();
    }

    // Resuming from a point the log still holds replays normally.
    const ok = await t.sse('/api/admin/events', admin, { lastEventId: keepFrom });
    const f = await ok.next('order.created');
    expect(Number(f.id)).toBe(keepFrom + 1);
    expect(ok.frames.some((x) => x.event === 'resync' || x.event === 'snapshot')).toBe(false);
    ok.close();

    // An empty log (all purged) cannot replay anything either.
    t.sql().exec('DELETE FROM events');
    const empty = await t.sse('/api/admin/events', admin, { lastEventId: start });
    expect((await empty.next(undefined)).retry).toBe(1000);
    expect((await empty.next()).event).toBe('resync');
    expect((await empty.next()).event).toBe('snapshot');
    empty.close();

    // A resume id from the future (another database) is a resync too.
    const future = await t.sse('/api/admin/events', admin, { lastEventId: head + 1000 });
    await future.next();
    expect((await future.next()).event).toBe('resync');
    future.close();
    await t.close();
  });
});

describe('slow clients', () => {
  it('a client that stops reading is dropped; the others get every event', async () => {
    const t = await startServer({ heartbeatMs: 60_000 });
    const admin = (await t.adminLogin()).token;
    const table = await t.tableLogin(3);
    // Big events: 50 lines of a 100-character Korean name make an order event of ~20 KB.
    const cat = (await t.call('GET', '/api/admin/categories', { token: admin })).data.categories[0].id;
    const big = await t.call<Menu>('POST', '/api/admin/menus', {
      token: admin,
      body: { category_id: cat, name: '가'.repeat(100), price: 1000 },
    });
    const lines = Array.from({ length: 50 }, () => ({ menu_id: big.data.id, quantity: 1 }));

    const fast = await t.sse('/api/admin/events', admin);
    const snapId = Number((await fast.next('snapshot')).id);

    const port = new URL(t.url).port;
    const slow = net.connect({ host: '127.0.0.1', port: Number(port) });
    await new Promise<void>((resolve) => slow.once('connect', () => resolve()));
    slow.write(`GET /api/admin/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${admin}\r\n\r\n`);
    slow.pause(); // never read: the kernel buffers fill, then the server's
    let slowBytes = 0;
    let slowEnded = false;
    slow.on('data', (d: Buffer) => (slowBytes += d.length));
    slow.on('close', () => (slowEnded = true));
    slow.on('error', () => (slowEnded = true));
    await waitUntil(() => t.server.hub.counts().by_channel.admin === 2);

    // Pump events until the slow client is dropped (bounded).
    const placed: Order[] = [];
    let rounds = 0;
    while (t.server.hub.counts().by_channel.admin === 2) {
      rounds += 1;
      expect(rounds, 'the slow client was never dropped').toBeLessThanOrEqual(60);
      const batch = await Promise.all(
        Array.from({ length: 10 }, () =>
          t.call<Order>('POST', '/api/orders', {
            token: table.token,
            body: { client_order_id: uuid(), items: lines },
          }),
        ),
      );
      for (const r of batch) {
        expect(r.status).toBe(201);
        placed.push(r.data);
      }
    }
    // A few more after the drop: the fast client keeps getting everything.
    const last = await placeOrder(t, table.token, [{ menu_id: big.data.id, quantity: 1 }]);
    placed.push(last);
    const expected = eventIdsAfter(t, snapId);
    const got = await fast.until((f) => f.event === 'order.created' && json(f).order.id === last.id, 15_000);
    expect(got.filter((f) => f.event).map((f) => Number(f.id))).toEqual(expected);
    const createdIds = got.filter((f) => f.event === 'order.created').map((f) => json(f).order.id);
    expect(createdIds).toEqual(placed.map((o) => o.id).sort((a, b) => a - b));
    expect(t.server.hub.counts().by_channel.admin).toBe(1);

    // The slow socket was closed by the server: once read, it ends short of the stream.
    slow.resume();
    await waitUntil(() => slowEnded, 15_000);
    expect(slowBytes).toBeGreaterThan(0);
    expect(slowBytes).toBeLessThan(Buffer.byteLength(fast.raw));
    slow.destroy();
    fast.close();
    await t.close();
  }, 120_000);
});

async function waitUntil(check: () => boolean, timeoutMs = 10_000) {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}
