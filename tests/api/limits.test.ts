/**
 * Limits against a hostile LAN (SPEC S2), on real servers on port 0: timeouts (a trickled body
 * is cut, an SSE stream is not), the per-address connection cap, the SSE streams per token,
 * the per-table order rate, bounded lists and the security headers. Attacks are bounded in
 * count and time; the timeouts are shortened through StoreServerOptions.limits.
 */
import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import type { Order } from '../../src-shared/types';
import { LIMITS } from '../../src-shared/limits';
import { startServer, stopAllServers, DEMO_PASSWORD } from './helpers/server';
import { expectError, menuItems, placeOrder, uuid } from './helpers/api';
import { lanCall } from './helpers/lan';
import { json } from './helpers/sse';

afterAll(stopAllServers);

/** A raw connection from `from`; resolves once connected. */
function connect(port: number, from = '127.0.0.1'): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const s = net.connect({ host: '127.0.0.1', port, localAddress: from });
    s.once('connect', () => resolve(s));
    s.once('error', reject);
  });
}

/** Resolves with what the server sent when it closes the socket, or null after `ms`. */
function closedWithin(socket: net.Socket, ms: number): Promise<string | null> {
  let got = '';
  socket.on('data', (c: Buffer) => (got += c.toString()));
  socket.on('error', () => undefined);
  return new Promise((resolve) => {
    if (socket.destroyed) return resolve(got);
    const timer = setTimeout(() => resolve(null), ms);
    socket.once('close', () => {
      clearTimeout(timer);
      resolve(got);
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('timeouts', () => {
  it('cuts a trickled body and slow headers, but keeps an SSE stream open longer than every timeout', async () => {
    const t = await startServer({
      heartbeatMs: 60_000,
      limits: {
        headersTimeoutMs: 1000,
        requestTimeoutMs: 2000,
        // Idle timeouts above fetch's keep-alive reuse window, so the test's own calls never
        // race a server-side close of a pooled connection.
        connectionTimeoutMs: 3000,
        keepAliveTimeoutMs: 3000,
      },
    });
    const table = await t.tableLogin(1);
    const stream = await t.sse('/api/table/events', table.token);
    await stream.next('snapshot');

    // A login body of 200 bytes sent one byte every 200 ms would take 40 s.
    const trickle = await connect(t.server.port);
    trickle.write(
      `POST /api/table/login HTTP/1.1\r\nHost: 127.0.0.1:${t.server.port}\r\n` +
        'Content-Type: application/json\r\nContent-Length: 200\r\n\r\n{',
    );
    const drip = setInterval(() => trickle.writable && trickle.write(' '), 200);
    // Headers that never end.
    const slow = await connect(t.server.port);
    slow.write(`GET /health HTTP/1.1\r\nHost: 127.0.0.1:${t.server.port}\r\nX-Slow: 1\r\n`);
    const slowDrip = setInterval(() => slow.writable && slow.write('X: 1\r\n'), 200);
    try {
      const [trickled, headers] = await Promise.all([
        closedWithin(trickle, 15_000),
        closedWithin(slow, 15_000),
      ]);
      expect(trickled, 'the trickled body was not cut off').not.toBeNull();
      expect(trickled).toMatch(/^HTTP\/1\.1 408 /);
      expect(headers, 'the slow headers were not cut off').not.toBeNull();
    } finally {
      clearInterval(drip);
      clearInterval(slowDrip);
    }

    // By now the stream has been quiet for longer than the idle, header and request timeouts.
    await sleep(3500);
    expect(stream.isClosed).toBe(false);
    const menu = await menuItems(t, table.token);
    const order = await placeOrder(t, table.token, [{ menu_id: menu[0]!.id, quantity: 1 }]);
    expect(json(await stream.next('order.created')).order.id).toBe(order.id);
  });
});

describe('connections per address', () => {
  it('refuses connections past the cap from one LAN address; health, login and orders from others still work', async () => {
    const t = await startServer({ limits: { connectionsPerAddress: 5 } });
    const held = await Promise.all(Array.from({ length: 5 }, () => connect(t.server.port, '127.0.0.2')));
    try {
      await sleep(100);
      const extra = await connect(t.server.port, '127.0.0.2');
      extra.write(`GET /health HTTP/1.1\r\nHost: 127.0.0.1:${t.server.port}\r\n\r\n`);
      expect(await closedWithin(extra, 5000)).toBe('');
      await expect(lanCall(t.url, 'GET', '/health', { from: '127.0.0.2' })).rejects.toThrow();

      expect((await lanCall(t.url, 'GET', '/health', { from: '127.0.0.3' })).status).toBe(200);
      const login = await lanCall(t.url, 'POST', '/api/table/login', {
        from: '127.0.0.3',
        body: { store_code: 'demo', table_number: 2, password: DEMO_PASSWORD },
      });
      expect(login.status).toBe(200);
      const menu = await menuItems(t, login.data.token);
      const order = await lanCall(t.url, 'POST', '/api/orders', {
        from: '127.0.0.3',
        token: login.data.token,
        body: { client_order_id: uuid(), items: [{ menu_id: menu[0]!.id, quantity: 1 }] },
      });
      expect(order.status).toBe(201);
      // The store PC itself is not held to the LAN cap.
      expect((await t.call('GET', '/health')).status).toBe(200);

      // A freed slot can be used again.
      held.pop()!.destroy();
      await sleep(200);
      expect((await lanCall(t.url, 'GET', '/health', { from: '127.0.0.2' })).status).toBe(200);
    } finally {
      for (const s of held) s.destroy();
    }
  });
});

describe('SSE streams per token', () => {
  it('opening one stream more than a token may hold closes its oldest; other tokens are untouched', async () => {
    const t = await startServer({ limits: { sseStreamsPerTableToken: 4, sseStreamsPerStaffToken: 2 } });
    const table = await t.tableLogin(1);
    const other = await t.tableLogin(1);
    const streams = [];
    for (let i = 0; i < 4; i++) {
      const s = await t.sse('/api/table/events', table.token);
      await s.next('snapshot');
      streams.push(s);
    }
    const elsewhere = await t.sse('/api/table/events', other.token);
    await elsewhere.next('snapshot');
    const fifth = await t.sse('/api/table/events', table.token);
    await fifth.next('snapshot');
    await streams[0]!.closed;
    expect(streams.slice(1).map((s) => s.isClosed)).toEqual([false, false, false]);
    expect(elsewhere.isClosed).toBe(false);
    expect(t.server.hub.counts().by_channel.table).toBe(5);

    const admin = (await t.adminLogin()).token;
    const a = [];
    for (let i = 0; i < 3; i++) {
      const s = await t.sse('/api/admin/events', admin);
      await s.next('snapshot');
      a.push(s);
    }
    await a[0]!.closed;
    expect(a.slice(1).map((s) => s.isClosed)).toEqual([false, false]);
  });
});

describe('orders per table', () => {
  it('answers 429 RATE_LIMITED with Retry-After past the limit; resends replay uncounted; other tables order on', async () => {
    const t = await startServer({ tableOrdersPerMinute: 3 });
    const flooder = await t.tableLogin(1);
    const guest = await t.tableLogin(2);
    const menu = await menuItems(t, flooder.token);
    const items = [{ menu_id: menu[0]!.id, quantity: 1 }];
    const firstId = uuid();
    const first = await placeOrder(t, flooder.token, items, firstId);
    await placeOrder(t, flooder.token, items);
    // Resends of a placed order (a tablet retrying after a lost answer) replay it, uncounted.
    for (let i = 0; i < 3; i++) {
      const again = await t.call<Order>('POST', '/api/orders', {
        token: flooder.token,
        body: { client_order_id: firstId, items },
      });
      expect(again.status).toBe(200);
      expect(again.data.id).toBe(first.id);
    }
    await placeOrder(t, flooder.token, items);
    const refused = await t.call('POST', '/api/orders', {
      token: flooder.token,
      body: { client_order_id: uuid(), items },
    });
    expectError(refused, 429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Still a replay after the limit is reached.
    const replay = await t.call<Order>('POST', '/api/orders', {
      token: flooder.token,
      body: { client_order_id: firstId, items },
    });
    expect(replay.status).toBe(200);
    // Another table is not held back by the first one's flood.
    await placeOrder(t, guest.token, items);
    // A second tablet of the flooding table shares its table's allowance.
    const sameTable = await t.tableLogin(1);
    expectError(
      await t.call('POST', '/api/orders', {
        token: sameTable.token,
        body: { client_order_id: uuid(), items },
      }),
      429,
    );
  });

  it('0 turns the limit off', async () => {
    const t = await startServer({ tableOrdersPerMinute: 0 });
    const table = await t.tableLogin(1);
    const menu = await menuItems(t, table.token);
    for (let i = 0; i < 25; i++) await placeOrder(t, table.token, [{ menu_id: menu[0]!.id, quantity: 1 }]);
  });
});

describe('bounded lists', () => {
  it("a table's list holds its newest orders and the kitchen's list its oldest, each up to a cap", async () => {
    const t = await startServer();
    const table = await t.tableLogin(1);
    const admin = (await t.adminLogin()).token;
    const menu = await menuItems(t, table.token);
    const ids: number[] = [];
    const total = LIMITS.adminOrdersListMax + 1;
    for (let i = 0; i < total; i += 20) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(20, total - i) }, () =>
          t.call<Order>('POST', '/api/orders', {
            token: table.token,
            body: { client_order_id: uuid(), items: [{ menu_id: menu[0]!.id, quantity: 1 }] },
          }),
        ),
      );
      ids.push(...batch.map((r) => r.data.id));
    }
    ids.sort((a, b) => a - b);
    const mine = await t.call<{ orders: Order[] }>('GET', '/api/orders', { token: table.token });
    expect(mine.data.orders.map((o) => o.id)).toEqual(ids.slice(-LIMITS.tableOrdersListMax).reverse());
    const kitchen = await t.call<{ orders: Order[] }>('GET', '/api/admin/orders', { token: admin });
    expect(kitchen.data.orders.map((o) => o.id)).toEqual(ids.slice(0, LIMITS.adminOrdersListMax));
    // The table's SSE snapshot is the same bounded list.
    const stream = await t.sse('/api/table/events', table.token);
    expect(json(await stream.next('snapshot')).orders).toHaveLength(LIMITS.tableOrdersListMax);
  });
});

describe('security headers', () => {
  it('every answer says nosniff and no-referrer, errors included', async () => {
    const t = await startServer();
    for (const r of [
      await t.call('GET', '/health'),
      await t.call('GET', '/api/orders'),
      await t.call('GET', '/api/admin/nothing-here'),
    ]) {
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('referrer-policy')).toBe('no-referrer');
    }
    const table = await t.tableLogin(1);
    const stream = await t.sse('/api/table/events', table.token);
    expect(stream.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
