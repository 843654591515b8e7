/**
 * Tablet device keys (SPEC T1): login and pairing hand out a long-lived key, device-login trades
 * it for a fresh token after the 16 h token expiry, and a password change, a table deletion or
 * the manager's unpair action revoke it. Wrong keys are throttled like passwords.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHash } from 'node:crypto';
import { DEMO_PASSWORD, startServer, stopAllServers, type TestServer } from './helpers/server';
import { expectError } from './helpers/api';
import { lanCall } from './helpers/lan';
import type { TableInfo, TableLoginResponse } from '../../src-shared/types';

let t: TestServer;
let admin: string;

beforeAll(async () => {
  t = await startServer();
  admin = (await t.adminLogin()).token;
});
afterAll(stopAllServers);
afterEach(() => {
  vi.useRealTimers();
});

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const HOUR = 3600_000;
const sha256 = (s: string) => createHash('sha256').update(s).digest('base64url');

const deviceLogin = (device_key: string) =>
  // Untyped: a refusal answers the error envelope.
  t.call('POST', '/api/table/device-login', { body: { device_key } });

async function tableId(n: number): Promise<number> {
  const r = await t.call<{ tables: TableInfo[] }>('GET', '/api/admin/tables', { token: admin });
  return r.data.tables.find((x) => x.table_number === n)!.id;
}

async function expectUnpaired(key: string) {
  const r = await deviceLogin(key);
  expectError(r, 401);
  expect(r.data.detail).toMatch(/no longer paired/);
}

describe('device keys', () => {
  it('device-login answers a fresh token like table login, and sets the table cookie', async () => {
    const login = await t.tableLogin(1);
    expect(login.device_key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Only the hash is stored.
    const stored = t.sql().prepare('SELECT key_hash FROM device_keys WHERE key_hash = ?');
    expect(stored.get(sha256(login.device_key))).toBeTruthy();
    expect(
      t.sql().prepare('SELECT 1 FROM device_keys WHERE key_hash = ?').get(login.device_key),
    ).toBeUndefined();

    const r = await deviceLogin(login.device_key);
    expect(r.status, r.text).toBe(200);
    expect(r.data).toEqual({
      token: expect.any(String),
      expires_at: expect.stringMatching(ISO),
      table: { id: login.table.id, table_number: 1 },
      store: { id: expect.any(Number), code: 'demo', name: expect.any(String) },
    });
    expect(r.data.token).not.toBe(login.token);
    expect(r.headers.get('set-cookie') ?? '').toMatch(/to_table=.*HttpOnly/i);
    expect((await t.call('GET', '/api/orders', { token: r.data.token })).status).toBe(200);
    // The key is not used up: a tablet logs in with it again and again.
    expect((await deviceLogin(login.device_key)).status).toBe(200);
  });

  it('a QR-paired tablet keeps working past the 16 h token expiry', async () => {
    const code = await t.call('POST', `/api/admin/tables/${await tableId(2)}/pairing`, { token: admin });
    const paired = await t.call<TableLoginResponse>('POST', '/api/table/pair', {
      body: { pairing_code: code.data.pairing_code },
    });
    expect(paired.status).toBe(200);
    const { token, device_key } = paired.data;
    expect((await t.call('GET', '/api/menus', { token })).status).toBe(200);

    vi.setSystemTime(Date.now() + 16 * HOUR + 60_000);
    expectError(await t.call('GET', '/api/menus', { token }), 401);
    const again = await deviceLogin(device_key);
    expect(again.status, again.text).toBe(200);
    expect(Date.parse(again.data.expires_at)).toBeGreaterThan(Date.now() + 15 * HOUR);
    expect((await t.call('GET', '/api/menus', { token: again.data.token })).status).toBe(200);

    // And after the next expiry too.
    vi.setSystemTime(Date.now() + 17 * HOUR);
    expectError(await t.call('GET', '/api/menus', { token: again.data.token }), 401);
    expect((await deviceLogin(device_key)).status).toBe(200);
  });

  it('a password change revokes the keys and the logins of that table only', async () => {
    const three = await t.tableLogin(3);
    const four = await t.tableLogin(4);
    const id = await tableId(3);
    const r = await t.call('PUT', `/api/admin/tables/${id}`, {
      token: admin,
      body: { password: 'new-pass-5678' },
    });
    expect(r.status).toBe(200);
    await expectUnpaired(three.device_key);
    expectError(await t.call('GET', '/api/orders', { token: three.token }), 401);
    expect((await deviceLogin(four.device_key)).status).toBe(200);
    // Setting the table up again with the new password pairs it again.
    const fresh = await t.tableLogin(3, 'new-pass-5678');
    expect((await deviceLogin(fresh.device_key)).status).toBe(200);
    // Renumbering alone does not unpair.
    const renumber = await t.call('PUT', `/api/admin/tables/${id}`, {
      token: admin,
      body: { table_number: 33 },
    });
    expect(renumber.status).toBe(200);
    const after = await deviceLogin(fresh.device_key);
    expect(after.status).toBe(200);
    expect(after.data.table.table_number).toBe(33);
  });

  it('deleting the table revokes its keys', async () => {
    const created = await t.call<TableInfo>('POST', '/api/admin/tables', {
      token: admin,
      body: { table_number: 77, password: DEMO_PASSWORD },
    });
    expect(created.status).toBe(201);
    const login = await t.tableLogin(77);
    expect((await t.call('DELETE', `/api/admin/tables/${created.data.id}`, { token: admin })).status).toBe(
      204,
    );
    await expectUnpaired(login.device_key);
    expect(
      t.sql().prepare('SELECT count(*) AS n FROM device_keys WHERE table_id = ?').get(created.data.id),
    ).toEqual({
      n: 0,
    });
  });

  it('the unpair route revokes every key and login of the table; managers only', async () => {
    const id = await tableId(5);
    const a = await t.tableLogin(5);
    const b = await t.tableLogin(5);
    const other = await t.tableLogin(6);
    const events = await t.sse('/api/table/events', a.token);

    expectError(await t.call('DELETE', `/api/admin/tables/${id}/devices`, { token: a.token }), 403);
    expectError(await t.call('DELETE', `/api/admin/tables/${id}/devices`), 401);
    expectError(await t.call('DELETE', '/api/admin/tables/999999/devices', { token: admin }), 404);
    expectError(await t.call('DELETE', '/api/admin/tables/abc/devices', { token: admin }), 400);
    expect((await deviceLogin(a.device_key)).status).toBe(200);

    const r = await t.call('DELETE', `/api/admin/tables/${id}/devices`, { token: admin });
    expect(r.status, r.text).toBe(200);
    expect(r.data).toEqual({ revoked: 2 });
    await expectUnpaired(a.device_key);
    await expectUnpaired(b.device_key);
    expectError(await t.call('GET', '/api/orders', { token: a.token }), 401);
    // Its live stream is closed, so the tablet notices at once.
    await events.closed;
    expect((await deviceLogin(other.device_key)).status).toBe(200);
    // Nothing left to revoke.
    expect((await t.call('DELETE', `/api/admin/tables/${id}/devices`, { token: admin })).data).toEqual({
      revoked: 0,
    });
  });

  it('wrong keys are throttled per address, a LAN guesser does not lock real tablets out', async () => {
    const real = await t.tableLogin(7);
    const guess = (i: number) =>
      lanCall(t.url, 'POST', '/api/table/device-login', {
        from: '127.0.0.21',
        body: { device_key: `guess-${i}-${'x'.repeat(40)}` },
      });
    for (let i = 0; i < 5; i++) expectError(await guess(i), 401);
    const limited = await guess(5);
    expectError(limited, 429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Even the right key is refused from that address while it is locked …
    const fromLocked = await lanCall(t.url, 'POST', '/api/table/device-login', {
      from: '127.0.0.21',
      body: { device_key: real.device_key },
    });
    expectError(fromLocked, 429);
    // … but the tablet on its own address is not affected.
    const tablet = await lanCall(t.url, 'POST', '/api/table/device-login', {
      from: '127.0.0.22',
      body: { device_key: real.device_key },
    });
    expect(tablet.status, tablet.text).toBe(200);
  });

  it('bad bodies are 400 with the field named', async () => {
    expectError(await t.call('POST', '/api/table/device-login', { body: {} }), 400, 'device_key');
    expectError(
      await t.call('POST', '/api/table/device-login', { body: { device_key: 'short' } }),
      400,
      'device_key',
    );
    expectError(
      await t.call('POST', '/api/table/device-login', { body: { device_key: 'x'.repeat(500) } }),
      400,
      'device_key',
    );
    expectError(
      await t.call('POST', '/api/table/device-login', { body: { device_key: 'x'.repeat(43), extra: 1 } }),
      400,
    );
  });

  it('a table keeps only its 20 most recently used keys', async () => {
    const first = await t.tableLogin(8);
    for (let i = 0; i < 21; i++) await t.tableLogin(8);
    await expectUnpaired(first.device_key);
    const n = t
      .sql()
      .prepare('SELECT count(*) AS n FROM device_keys WHERE table_id = ?')
      .get(await tableId(8));
    expect(n).toEqual({ n: 20 });
  });

  it('a restore keeps the tablets paired now, and does not bring back a revoked key', async () => {
    const revokedLater = await t.tableLogin(9);
    const backup = await t.call<{ name: string }>('POST', '/api/admin/backups', { token: admin });
    expect(backup.status).toBe(201);
    // After the backup: one tablet paired, another unpaired.
    const pairedLater = await t.tableLogin(10);
    const unpair = await t.call('DELETE', `/api/admin/tables/${await tableId(9)}/devices`, { token: admin });
    expect(unpair.status).toBe(200);

    const restored = await t.call('POST', `/api/admin/backups/${backup.data.name}/restore`, { token: admin });
    expect(restored.status, restored.text).toBe(200);
    expect((await deviceLogin(pairedLater.device_key)).status).toBe(200);
    await expectUnpaired(revokedLater.device_key);
  });
});
