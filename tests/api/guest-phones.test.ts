/**
 * API-2 "Guest phones" (T11) and the bill (T10): a tablet's QR invite logs phones into its
 * table for the seating; the phones order and call like the tablet and see the same events;
 * 이용 완료 (or the manager) ends their logins and invites; the bill merges the seating's lines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Bill,
  GuestInvite,
  GuestLoginResponse,
  MenuTree,
  Order,
  TablesList,
} from '../../src-shared/types';
import { startServer, stopAllServers, type TestServer } from './helpers/server';
import { expectError, uuid } from './helpers/api';
import { json } from './helpers/sse';
import { lanCall } from './helpers/lan';

let t: TestServer;
let admin: string;
let tree: MenuTree;
const tablets: Record<number, { token: string; id: number }> = {};

beforeAll(async () => {
  t = await startServer();
  admin = (await t.adminLogin()).token;
  for (const n of [1, 2, 3, 4, 5, 6]) {
    const r = await t.tableLogin(n);
    tablets[n] = { token: r.token, id: r.table.id };
  }
  tree = (await t.call<MenuTree>('GET', '/api/menus', { token: tablets[1]!.token })).data;
});
afterAll(stopAllServers);

const dish = (name: string) => tree.categories.flatMap((c) => c.menus).find((m) => m.name === name)!;
const invite = async (n: number) => {
  const r = await t.call<GuestInvite>('POST', '/api/table/guest-invite', { token: tablets[n]!.token });
  expect(r.status, r.text).toBe(201);
  return r.data;
};
const guestLogin = (code: string) =>
  t.call<GuestLoginResponse>('POST', '/api/table/guest-login', { body: { code } });
const order = (token: string, items: unknown[], extra: Record<string, unknown> = {}) =>
  t.call<Order>('POST', '/api/orders', { token, body: { client_order_id: uuid(), items, ...extra } });
const endSession = (n: number) =>
  t.call('POST', `/api/admin/tables/${tablets[n]!.id}/session/end`, { token: admin });

describe('guest phones', () => {
  it('a phone joins by the QR, orders, and the tablet sees it live; 이용 완료 ends the phone', async () => {
    const inv = await invite(1);
    expect(inv.url).toBe(`${t.url}/table/guest?code=${inv.code}`);
    const hours = (Date.parse(inv.expires_at) - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(3.9);
    expect(hours).toBeLessThanOrEqual(4);

    const phone = await guestLogin(inv.code);
    expect(phone.status, phone.text).toBe(200);
    expect(phone.data).toMatchObject({ guest: true, table: { id: tablets[1]!.id, table_number: 1 } });
    expect(phone.data).not.toHaveProperty('device_key');
    // One invite serves the whole table.
    const phone2 = await guestLogin(inv.code);
    expect(phone2.status).toBe(200);
    expect(phone2.data.token).not.toBe(phone.data.token);

    const tablet = await t.sse('/api/table/events', tablets[1]!.token);
    await tablet.next('snapshot');
    const phoneStream = await t.sse('/api/table/events', phone.data.token);
    await phoneStream.next('snapshot');
    // A phone is not the tablet: the dashboard does not count it as the tablet being online.
    const tables = await t.call<TablesList>('GET', '/api/admin/tables', { token: admin });
    expect(tables.data.tables.find((x) => x.table_number === 1)!.tablet_online).toBe(true);

    const placed = await order(phone.data.token, [{ menu_id: dish('비빔밥').id, quantity: 1 }]);
    expect(placed.status, placed.text).toBe(201);
    expect(placed.data.table_id).toBe(tablets[1]!.id);
    expect(json<{ order: Order }>(await tablet.next('order.created')).order.id).toBe(placed.data.id);
    const fromTablet = await order(tablets[1]!.token, [{ menu_id: dish('김치볶음밥').id, quantity: 1 }]);
    // The phone sees its own order and then the tablet's.
    const onPhone = await phoneStream.until(
      (f) => f.event === 'order.created' && json(f).order.id === fromTablet.data.id,
    );
    expect(onPhone.filter((f) => f.event === 'order.created').map((f) => json(f).order.id)).toEqual([
      placed.data.id,
      fromTablet.data.id,
    ]);

    // Phones cannot hand out invites of their own.
    expectError(await t.call('POST', '/api/table/guest-invite', { token: phone.data.token }), 403);

    expect((await endSession(1)).status).toBe(200);
    const ended = json<{ session_id: number }>(await phoneStream.next('session.ended'));
    expect(ended.session_id).toBe(placed.data.session_id);
    await phoneStream.closed;
    for (const token of [phone.data.token, phone2.data.token]) {
      expectError(await order(token, [{ menu_id: dish('비빔밥').id, quantity: 1 }]), 401);
      expectError(await t.call('GET', '/api/orders', { token }), 401);
    }
    // The invite went with the seating; the tablet's own login and stream carry on.
    expectError(await guestLogin(inv.code), 401);
    expect(tablet.isClosed).toBe(false);
    expect((await t.call('GET', '/api/orders', { token: tablets[1]!.token })).status).toBe(200);
  });

  it('an invite made at an empty table lasts through the next seating, and ends with it', async () => {
    const inv = await invite(2);
    const early = await guestLogin(inv.code);
    expect(early.status).toBe(200);
    const first = await order(early.data.token, [{ menu_id: dish('비빔밥').id, quantity: 1 }]);
    expect(first.status).toBe(201);
    // Later in the same seating, another phone joins with the same QR.
    expect((await guestLogin(inv.code)).status).toBe(200);
    expect((await endSession(2)).status).toBe(200);
    expectError(await guestLogin(inv.code), 401);
    expectError(await t.call('GET', '/api/bill', { token: early.data.token }), 401);
  });

  it('the manager disconnects a table’s phones: logins and invites end, the tablet stays', async () => {
    const inv = await invite(3);
    const phone = (await guestLogin(inv.code)).data;
    const stream = await t.sse('/api/table/events', phone.token);
    await stream.next('snapshot');
    const r = await t.call('DELETE', `/api/admin/tables/${tablets[3]!.id}/guest-phones`, { token: admin });
    expect(r.status, r.text).toBe(200);
    expect(r.data).toEqual({ revoked: 1 });
    await stream.closed;
    expectError(await t.call('GET', '/api/orders', { token: phone.token }), 401);
    expectError(await guestLogin(inv.code), 401);
    expect((await t.call('GET', '/api/orders', { token: tablets[3]!.token })).status).toBe(200);
    expectError(await t.call('DELETE', `/api/admin/tables/999999/guest-phones`, { token: admin }), 404);
    expectError(
      await t.call('DELETE', `/api/admin/tables/${tablets[3]!.id}/guest-phones`, {
        token: tablets[3]!.token,
      }),
      403,
    );
  });

  it('a changed table password also ends its phones and invites', async () => {
    const inv = await invite(6);
    const phone = (await guestLogin(inv.code)).data;
    const r = await t.call('PUT', `/api/admin/tables/${tablets[6]!.id}`, {
      token: admin,
      body: { password: 'changed-1234' },
    });
    expect(r.status).toBe(200);
    expectError(await t.call('GET', '/api/orders', { token: phone.token }), 401);
    expectError(await guestLogin(inv.code), 401);
  });

  it('an invite past its 4 hours is refused, and a table keeps only its 5 newest', async () => {
    const old = await invite(5);
    const db = t.sql();
    db.prepare(`UPDATE guest_invites SET expires_at = ? WHERE table_id = ?`).run(
      new Date(Date.now() - 1000).toISOString(),
      tablets[5]!.id,
    );
    expectError(await guestLogin(old.code), 401);
    const codes = [];
    for (let i = 0; i < 7; i += 1) codes.push((await invite(5)).code);
    const kept = db
      .prepare(`SELECT COUNT(*) AS n FROM guest_invites WHERE table_id = ?`)
      .get(tablets[5]!.id) as {
      n: number;
    };
    expect(kept.n).toBe(5);
    expectError(await guestLogin(codes[0]!), 401);
    expect((await guestLogin(codes[6]!)).status).toBe(200);
    // The phone's login lasts no longer than an invite.
    const token = db
      .prepare(`SELECT created_at, expires_at FROM auth_tokens WHERE guest = 1 ORDER BY id DESC LIMIT 1`)
      .get() as { created_at: string; expires_at: string };
    expect(Date.parse(token.expires_at) - Date.parse(token.created_at)).toBeLessThanOrEqual(4 * 3600_000);
  });

  it('wrong codes are 401 and throttled per address; bad bodies are 400', async () => {
    expectError(await guestLogin('x'.repeat(43)), 401);
    expectError(await t.call('POST', '/api/table/guest-login', { body: { code: 'short' } }), 400);
    expectError(
      await t.call('POST', '/api/table/guest-login', { body: { code: 'x'.repeat(43), table: 1 } }),
      400,
    );
    const from = '127.0.0.77';
    const tries = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        lanCall(t.url, 'POST', '/api/table/guest-login', {
          from,
          body: { code: `guess-${i}-`.padEnd(43, 'q') },
        }),
      ),
    );
    const codes = tries.map((r) => r.status);
    expect(codes.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(codes.filter((s) => s === 429).length).toBeGreaterThanOrEqual(3);
    // The guesser is locked out even with a real code; the store's other guests are not.
    const inv = await invite(4);
    expect(
      (await lanCall(t.url, 'POST', '/api/table/guest-login', { from, body: { code: inv.code } })).status,
    ).toBe(429);
    expect(
      (
        await lanCall(t.url, 'POST', '/api/table/guest-login', {
          from: '127.0.0.78',
          body: { code: inv.code },
        })
      ).status,
    ).toBe(200);
  });
});

describe('bill', () => {
  it('merges the seating’s lines by dish, options, request and price; totals add up', async () => {
    const token = tablets[5]!.token;
    expectError(await t.call('GET', '/api/bill', { token }), 404);
    const kimchi = dish('김치찌개');
    const [mild, hot] = kimchi.option_groups[0]!.options;
    const a = await order(token, [
      { menu_id: kimchi.id, quantity: 2, option_ids: [mild!.id] },
      { menu_id: dish('비빔밥').id, quantity: 1 },
    ]);
    expect(a.status, a.text).toBe(201);
    const b = await order(token, [
      { menu_id: kimchi.id, quantity: 1, option_ids: [mild!.id] },
      { menu_id: kimchi.id, quantity: 1, option_ids: [hot!.id] },
      { menu_id: dish('비빔밥').id, quantity: 1, note: '계란 빼주세요' },
    ]);
    expect(b.status, b.text).toBe(201);
    const r = await t.call<Bill>('GET', '/api/bill', { token });
    expect(r.status, r.text).toBe(200);
    const bill = r.data;
    const mildPrice = kimchi.price + mild!.price_delta;
    const hotPrice = kimchi.price + hot!.price_delta;
    expect(bill.lines).toEqual([
      {
        menu_name: '김치찌개',
        options: [mild!.name],
        note: null,
        unit_price: mildPrice,
        quantity: 3,
        amount: 3 * mildPrice,
      },
      {
        menu_name: '비빔밥',
        options: [],
        note: null,
        unit_price: dish('비빔밥').price,
        quantity: 1,
        amount: dish('비빔밥').price,
      },
      {
        menu_name: '김치찌개',
        options: [hot!.name],
        note: null,
        unit_price: hotPrice,
        quantity: 1,
        amount: hotPrice,
      },
      {
        menu_name: '비빔밥',
        options: [],
        note: '계란 빼주세요',
        unit_price: dish('비빔밥').price,
        quantity: 1,
        amount: dish('비빔밥').price,
      },
    ]);
    expect(bill.total_amount).toBe(a.data.total_amount + b.data.total_amount);
    expect(bill.lines.reduce((s, l) => s + l.amount, 0)).toBe(bill.total_amount);
    expect(bill).toMatchObject({
      paid_amount: 0,
      due_amount: bill.total_amount,
      payments: [],
      table_number: 5,
    });
    expect(bill).not.toHaveProperty('split_amounts');

    const admin3 = await t.call<Bill>('GET', `/api/admin/tables/${tablets[5]!.id}/bill?split=3`, {
      token: admin,
    });
    expect(admin3.status, admin3.text).toBe(200);
    expect(admin3.data.lines).toEqual(bill.lines);
    const parts = admin3.data.split_amounts!;
    expect(parts).toHaveLength(3);
    expect(parts.reduce((s, x) => s + x, 0)).toBe(bill.due_amount);
    expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(1);
    for (const bad of ['1', '21', 'x', '2.5', '-3']) {
      expectError(
        await t.call('GET', `/api/admin/tables/${tablets[5]!.id}/bill?split=${bad}`, { token: admin }),
        400,
      );
    }
    expectError(await t.call('GET', `/api/admin/tables/999999/bill`, { token: admin }), 404);
    expectError(await t.call('GET', `/api/admin/tables/${tablets[5]!.id}/bill`, { token }), 403);
    // A deleted order leaves the bill.
    const del = await t.call('DELETE', `/api/admin/orders/${a.data.id}`, { token: admin });
    expect(del.status, del.text).toBe(204);
    const after = (await t.call<Bill>('GET', '/api/bill', { token })).data;
    expect(after.total_amount).toBe(b.data.total_amount);
  });
});
