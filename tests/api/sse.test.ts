/** SSE: snapshot on connect, live events, replay by Last-Event-ID, table isolation, pings, presence. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Dashboard, Menu, Order } from '../../src-shared/types';
import { startServer, stopAllServers, type TestServer } from './helpers/server';
import { json, type SseClient, type SseFrame } from './helpers/sse';
import { expectError, menuItems, placeOrder } from './helpers/api';

let t: TestServer;
let admin: string;
let menu: Menu[];
const tables: Record<number, { token: string; id: number }> = {};

const lastEventId = () =>
  (
    t.sql().prepare("SELECT seq FROM sqlite_sequence WHERE name = 'events'").get() as
      { seq: number } | undefined
  )?.seq ?? 0;
const eventsAfter = (id: number) =>
  t.sql().prepare('SELECT id, type, table_id FROM events WHERE id > ? ORDER BY id').all(id) as {
    id: number;
    type: string;
    table_id: number | null;
  }[];
const ids = (frames: SseFrame[]) => frames.filter((f) => f.event).map((f) => Number(f.id));
const dashboardRow = async (tableId: number) =>
  (await t.call<Dashboard>('GET', '/api/admin/dashboard', { token: admin })).data.tables.find(
    (x) => x.id === tableId,
  )!;

beforeAll(async () => {
  t = await startServer({ heartbeatMs: 150 });
  admin = (await t.adminLogin()).token;
  for (const n of [1, 2, 3, 4]) {
    const l = await t.tableLogin(n);
    tables[n] = { token: l.token, id: l.table.id };
  }
  menu = await menuItems(t, tables[1]!.token);
});
afterAll(stopAllServers);
// Streams a test closed may still be open on the server for a moment; start each test from none.
beforeEach(() => waitUntil(() => t.server.hub.counts().total === 0));

async function waitUntil(check: () => boolean, timeoutMs = 5000) {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('connecting', () => {
  it('admin: 200 event-stream, retry: 1000, then a snapshot of the dashboard at the last event id', async () => {
    await placeOrder(t, tables[1]!.token, [{ menu_id: menu[0]!.id, quantity: 1 }]);
    const expected = await t.call<Dashboard>('GET', '/api/admin/dashboard', { token: admin });
    const s = await t.sse('/api/admin/events', admin);
    expect(s.status).toBe(200);
    expect(s.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(s.headers.get('cache-control')).toBe('no-cache');
    const first = await s.next();
    expect(first.retry).toBe(1000);
    expect(s.raw.startsWith('retry: 1000\n')).toBe(true);
    const snap = await s.next();
    expect(snap.event).toBe('snapshot');
    expect(Number(snap.id)).toBe(lastEventId());
    expect(Number(snap.id)).toBe(expected.data.last_event_id);
    expect(json(snap)).toEqual(expected.data);
    expect(snap.data).not.toContain('\n');
    s.close();
  });

  it('table: the snapshot is its GET /api/orders', async () => {
    const expected = await t.call('GET', '/api/orders', { token: tables[1]!.token });
    expect(expected.data.orders.length).toBeGreaterThan(0);
    const before = lastEventId();
    const s = await t.sse('/api/table/events', tables[1]!.token);
    expect(s.status).toBe(200);
    expect((await s.next()).retry).toBe(1000);
    const snap = await s.next();
    expect(snap.event).toBe('snapshot');
    expect(Number(snap.id)).toBe(before);
    expect(json(snap)).toEqual(expected.data);
    s.close();
    await s.closed;
  });

  it('needs a token of the right kind', async () => {
    expectError(await t.call('GET', '/api/admin/events'), 401);
    expectError(await t.call('GET', '/api/table/events'), 401);
    expectError(await t.call('GET', '/api/admin/events', { token: tables[1]!.token }), 403);
    expectError(await t.call('GET', '/api/table/events', { token: admin }), 403);
  });
});

describe('live events', () => {
  it('delivers every event type, with increasing ids, to the channels that should get it', async () => {
    const a = await t.sse('/api/admin/events', admin);
    const tb = await t.sse('/api/table/events', tables[2]!.token);
    await a.next('snapshot');
    await tb.next('snapshot');
    await a.next('table.updated'); // table 2 came online

    const order = await placeOrder(t, tables[2]!.token, [{ menu_id: menu[1]!.id, quantity: 2 }]);
    for (const s of [a, tb]) expect(json(await s.next('order.created'))).toEqual({ order });

    const upd = await t.call<Order>('PUT', `/api/admin/orders/${order.id}/status`, {
      token: admin,
      body: { status: 'preparing' },
    });
    for (const s of [a, tb]) expect(json(await s.next('order.updated'))).toEqual({ order: upd.data });

    const second = await placeOrder(t, tables[2]!.token, [{ menu_id: menu[0]!.id, quantity: 1 }]);
    await t.call('DELETE', `/api/admin/orders/${second.id}`, { token: admin });
    for (const s of [a, tb])
      expect(json(await s.next('order.deleted'))).toEqual({ order_id: second.id, table_id: tables[2]!.id });

    await t.call('PUT', `/api/admin/menus/${menu[3]!.id}`, {
      token: admin,
      body: { description: 'new words' },
    });
    for (const s of [a, tb]) expect(json(await s.next('menu.updated'))).toEqual({});

    const created = await t.call('POST', '/api/admin/tables', {
      token: admin,
      body: { table_number: 20, password: 'pw-2020' },
    });
    expect(json(await a.next('table.updated'))).toEqual({ table_id: created.data.id });

    const end = await t.call('POST', `/api/admin/tables/${tables[2]!.id}/session/end`, { token: admin });
    for (const s of [a, tb]) {
      expect(json(await s.next('session.ended'))).toEqual({
        table_id: tables[2]!.id,
        session_id: end.data.session_id,
      });
    }

    // Every event frame carries an id, strictly increasing; the table never got table.updated.
    for (const s of [a, tb]) {
      const got = ids(s.frames.filter((f) => f.event !== 'snapshot'));
      for (let i = 1; i < got.length; i++) expect(got[i]!).toBeGreaterThan(got[i - 1]!);
      expect(s.frames.filter((f) => f.event).every((f) => /^\d+$/.test(f.id ?? ''))).toBe(true);
    }
    expect(tb.frames.some((f) => f.event === 'table.updated')).toBe(false);
    // The admin stream saw exactly the log's events since its snapshot.
    const snapId = Number(a.frames.find((f) => f.event === 'snapshot')!.id);
    const adminIds = ids(a.frames.filter((f) => f.event !== 'snapshot'));
    expect(adminIds).toEqual(
      eventsAfter(snapId)
        .map((e) => e.id)
        .filter((id) => id <= adminIds[adminIds.length - 1]!),
    );
    a.close();
    tb.close();
  });

  it("a table stream never receives another table's order events", async () => {
    const mine = await t.sse('/api/table/events', tables[3]!.token);
    await mine.next('snapshot');
    const other = await placeOrder(t, tables[4]!.token, [{ menu_id: menu[0]!.id, quantity: 1 }]);
    await t.call('PUT', `/api/admin/orders/${other.id}/status`, {
      token: admin,
      body: { status: 'preparing' },
    });
    await t.call('DELETE', `/api/admin/orders/${other.id}`, { token: admin });
    const third = await placeOrder(t, tables[4]!.token, [{ menu_id: menu[0]!.id, quantity: 1 }]);
    await t.call('POST', `/api/admin/tables/${tables[4]!.id}/session/end`, { token: admin });
    const own = await placeOrder(t, tables[3]!.token, [{ menu_id: menu[0]!.id, quantity: 1 }]);
    const created = json(await mine.next('order.created'));
    expect(created.order.id).toBe(own.id);
    const events = mine.frames.filter((f) => f.event && f.event !== 'snapshot');
    expect(events.map((f) => f.event)).toEqual(['order.created']);
    expect(mine.raw).not.toContain(`"order_id":${other.id}`);
    expect(mine.raw).not.toContain(`"id":${third.id},`);
    mine.close();
  });
});

describe('replay', () => {
  async function missedWhileAway(token: string, channel: string) {
    const s = await t.sse(channel, token);
    const snap = await s.next('snapshot');
    s.close();
    await s.closed;
    const from = Number(snap.id);
    const o = await placeOrder(t, tables[1]!.token, [{ menu_id: menu[0]!.id, quantity: 1 }]);
    await t.call('PUT', `/api/admin/orders/${o.id}/status`, { token: admin, body: { status: 'preparing' } });
    await placeOrder(t, tables[2]!.token, [{ menu_id: menu[0]!.id, quantity: 1 }]);
    await t.call('PUT', `/api/admin/menus/${menu[2]!.id}`, { token: admin, body: { price: 4321 } });
    return from;
  }

  it('Last-Event-ID header: exactly the missed events in order, no snapshot (admin)', async () => {
    const from = await missedWhileAway(admin, '/api/admin/events');
    const missed = eventsAfter(from);
    expect(missed.length).toBeGreaterThanOrEqual(4);
    const s = await t.sse('/api/admin/events', admin, { lastEventId: from });
    expect((await s.next()).retry).toBe(1000);
    const got = await s.until((f) => Number(f.id) === missed[missed.length - 1]!.id);
    const events = got.filter((f) => f.event);
    expect(events.map((f) => [Number(f.id), f.event])).toEqual(missed.map((e) => [e.id, e.type]));
    expect(s.frames.some((f) => f.event === 'snapshot' || f.event === 'resync')).toBe(false);
    s.close();
  });

  it('?last_event_id= query: the same, for a table (its own events only)', async () => {
    const from = await missedWhileAway(tables[1]!.token, '/api/table/events');
    const missed = eventsAfter(from).filter(
      (e) => (e.table_id === tables[1]!.id || e.table_id === null) && e.type !== 'table.updated',
    );
    expect(missed.map((e) => e.type)).toEqual(['order.created', 'order.updated', 'menu.updated']);
    const s = await t.sse(`/api/table/events?last_event_id=${from}`, tables[1]!.token);
    const got = await s.until((f) => Number(f.id) === missed[missed.length - 1]!.id);
    expect(got.filter((f) => f.event).map((f) => [Number(f.id), f.event])).toEqual(
      missed.map((e) => [e.id, e.type]),
    );
    expect(s.frames.some((f) => f.event === 'snapshot' || f.event === 'resync')).toBe(false);
    // And then live events follow on the same stream.
    const o = await placeOrder(t, tables[1]!.token, [{ menu_id: menu[0]!.id, quantity: 1 }]);
    expect(json(await s.next('order.created')).order.id).toBe(o.id);
    s.close();
  });

  it('a resume id at the head of the log gets nothing but live events', async () => {
    const head = lastEventId();
    const s = await t.sse('/api/admin/events', admin, { lastEventId: head });
    expect((await s.next()).retry).toBe(1000);
    await t.call('PUT', `/api/admin/menus/${menu[2]!.id}`, { token: admin, body: { price: 4322 } });
    const f = await s.next('menu.updated');
    expect(Number(f.id)).toBe(head + 1);
    expect(s.frames.filter((x) => x.event).map((x) => x.event)).toEqual(['menu.updated']);
    s.close();
  });
});

describe('heartbeat, presence and health', () => {
  it('sends ": ping" comments', async () => {
    const s = await t.sse('/api/admin/events', admin);
    const ping = await s.until((f) => f.comment === 'ping', 5000);
    expect(ping[ping.length - 1]!.comment).toBe('ping');
    expect(s.raw).toMatch(/\n: ping\n\n/);
    s.close();
  });

  it('counts connections per channel, shows tablet_online and sends table.updated on online/offline', async () => {
    const health = async () => (await t.call('GET', '/health')).data.sse;
    const base = await health();
    const a = await t.sse('/api/admin/events', admin);
    await a.next('snapshot');
    expect((await dashboardRow(tables[3]!.id)).tablet_online).toBe(false);

    const tb = await t.sse('/api/table/events', tables[3]!.token);
    await tb.next('snapshot');
    expect(json(await a.next('table.updated'))).toEqual({ table_id: tables[3]!.id });
    expect((await dashboardRow(tables[3]!.id)).tablet_online).toBe(true);
    const list = await t.call('GET', '/api/admin/tables', { token: admin });
    expect(list.data.tables.find((x: { id: number }) => x.id === tables[3]!.id).tablet_online).toBe(true);
    expect(await health()).toEqual({
      total: base.total + 2,
      by_channel: { admin: base.by_channel.admin + 1, table: base.by_channel.table + 1 },
    });

    // A second tablet of the same table is no new presence change.
    const tb2 = await t.sse('/api/table/events', tables[3]!.token);
    await tb2.next('snapshot');
    expect((await health()).by_channel.table).toBe(base.by_channel.table + 2);
    tb2.close();
    await tb2.closed;
    tb.close();
    await tb.closed;
    expect(json(await a.next('table.updated'))).toEqual({ table_id: tables[3]!.id });
    const presence = a.frames.filter((f) => f.event === 'table.updated');
    expect(presence).toHaveLength(2);
    expect((await dashboardRow(tables[3]!.id)).tablet_online).toBe(false);
    expect(await health()).toEqual({
      total: base.total + 1,
      by_channel: { admin: base.by_channel.admin + 1, table: base.by_channel.table },
    });
    a.close();
  });

  it('a table password change ends that table’s open streams', async () => {
    const s: SseClient = await t.sse('/api/table/events', tables[4]!.token);
    await s.next('snapshot');
    await t.call('PUT', `/api/admin/tables/${tables[4]!.id}`, {
      token: admin,
      body: { password: 'changed-4' },
    });
    await s.closed;
    expect(s.isClosed).toBe(true);
  });
});
