/** Backups (A10): create, list, rotate, restore round trip, 503 during restore, SSE resync, ids. */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupInfo, Order } from '../../src-shared/types';
import { rotateBackups, backupName, DEFAULT_KEEP } from '../../src-main/services/backup.service';
import { startServer, stopAllServers, type TestServer } from './helpers/server';
import { expectError, menuItems, placeOrder } from './helpers/api';
import { json } from './helpers/sse';

let t: TestServer;
let admin: string;
let table: string;
let menuId: number;

beforeAll(async () => {
  t = await startServer({ backups: { intervalMs: 0, onClose: false } });
  admin = (await t.adminLogin()).token;
  table = (await t.tableLogin(1)).token;
  menuId = (await menuItems(t, table))[0]!.id;
});
afterAll(stopAllServers);

const orderIds = async () =>
  (await t.call<{ orders: Order[] }>('GET', '/api/admin/orders', { token: admin })).data.orders.map(
    (o) => o.id,
  );

describe('backups', () => {
  it('only a manager may list, create or restore', async () => {
    const kitchen = await t.call('POST', '/api/admin/staff', {
      token: admin,
      body: { username: 'cook', password: 'cook-pass', role: 'kitchen' },
    });
    expect(kitchen.status).toBe(201);
    const k = (await t.adminLogin('cook', 'cook-pass')).token;
    expectError(await t.call('GET', '/api/admin/backups', { token: k }), 403);
    expectError(await t.call('POST', '/api/admin/backups', { token: table }), 403);
    expectError(await t.call('GET', '/api/admin/backups'), 401);
  });

  it('POST creates a manual backup (201 BackupInfo) that GET lists, newest first', async () => {
    const first = await t.call<BackupInfo>('POST', '/api/admin/backups', { token: admin });
    expect(first.status).toBe(201);
    expect(first.data).toEqual({
      name: expect.stringMatching(/^table-order-\d{4}-\d{2}-\d{2}T[\d-]+Z-manual\.db$/),
      size_bytes: expect.any(Number),
      created_at: expect.stringMatching(/Z$/),
      kind: 'manual',
    });
    expect(first.data.size_bytes).toBeGreaterThan(4096);
    const second = await t.call<BackupInfo>('POST', '/api/admin/backups', { token: admin });
    const list = await t.call<{ backups: BackupInfo[] }>('GET', '/api/admin/backups', { token: admin });
    expect(list.status).toBe(200);
    expect(list.data.backups.map((b) => b.name).slice(0, 2)).toEqual([second.data.name, first.data.name]);
    expect(existsSync(path.join(t.dataDir, 'backups', first.data.name))).toBe(true);
  });

  it('restore of an unknown or malformed name is a 404, never a path outside backups/', async () => {
    for (const name of [
      'nope.db',
      '..%2Ftable-order.db',
      '..%2F..%2Fetc%2Fpasswd',
      'table-order-2026-11-24T09-00-00-000Z-manual.db',
      '%2E%2E',
      'table-order.db',
    ]) {
      expectError(await t.call('POST', `/api/admin/backups/${name}/restore`, { token: admin }), 404);
    }
  });

  it('rotation keeps the newest of each kind', () => {
    const dir = path.join(t.dataDir, 'backups');
    const base = Date.parse('2026-01-01T00:00:00.000Z');
    const hourly = (i: number) => backupName('hourly', new Date(base + i * 3600_000));
    for (let i = 0; i < 30; i++) writeFileSync(path.join(dir, hourly(i)), 'x');
    for (let i = 0; i < 16; i++)
      writeFileSync(path.join(dir, backupName('daily', new Date(base + i * 86_400_000))), 'x');
    writeFileSync(path.join(dir, 'table-order-crashed.db.partial'), 'x');
    const removed = rotateBackups(dir, DEFAULT_KEEP);
    expect(removed).toHaveLength(6 + 2);
    const left = readdirSync(dir);
    expect(left).not.toContain('table-order-crashed.db.partial');
    // Manual backups made above are untouched.
    expect(left.filter((n) => n.endsWith('-manual.db'))).toHaveLength(2);
    expect(left.filter((n) => n.endsWith('-hourly.db'))).toHaveLength(24);
    expect(left.filter((n) => n.endsWith('-daily.db'))).toHaveLength(14);
    // The oldest went, the newest stayed.
    expect(left).not.toContain(hourly(0));
    expect(left).toContain(hourly(29));
  });

  it('restore brings back the data of the backup, answers 503 meanwhile, resyncs SSE and keeps ids increasing', async () => {
    const kept = await placeOrder(t, table, [{ menu_id: menuId, quantity: 1 }]);
    const backup = await t.call<BackupInfo>('POST', '/api/admin/backups', { token: admin });
    const lost = await placeOrder(t, table, [{ menu_id: menuId, quantity: 2 }]);
    expect(await orderIds()).toContain(lost.id);

    const board = await t.sse('/api/admin/events', admin);
    const snapshot = await board.next('snapshot');
    const lastIdBefore = Number(snapshot.id);
    expect(lastIdBefore).toBeGreaterThan(0);

    let during: { api: number; health: number; ready: boolean } | null = null;
    const result = await t.server.backups.restore(backup.data.name, {
      beforeSwap: async () => {
        const api = await t.call('GET', '/api/admin/tables', { token: admin });
        expectError(api, 503);
        const health = await t.call('GET', '/health');
        during = { api: api.status, health: health.status, ready: t.server.isReady() };
      },
    });
    expect(during).toEqual({ api: 503, health: 503, ready: false });
    expect(result.restored.name).toBe(backup.data.name);
    expect(result.pre_restore.kind).toBe('pre-restore');

    // The live client is told to refetch, with an id that did not go backwards.
    const resync = await board.next('resync');
    expect(Number(resync.id)).toBeGreaterThan(lastIdBefore);
    expect(json(resync).last_event_id).toBe(Number(resync.id));

    // The data equals the backup: the order placed after it is gone, the one before stayed.
    expect((await t.call('GET', '/health')).status).toBe(200);
    const ids = await orderIds();
    expect(ids).toContain(kept.id);
    expect(ids).not.toContain(lost.id);

    // The manager's and the tablet's sign-ins survive; new events continue above the old ids.
    const again = await placeOrder(t, table, [{ menu_id: menuId, quantity: 3 }]);
    const live = await t.sse('/api/admin/events', admin, { lastEventId: lastIdBefore });
    const frames = await live.until((f) => f.event !== undefined);
    expect(frames.filter((f) => f.event).map((f) => f.event)).toEqual(['resync']);
    expect((await live.next()).event).toBe('snapshot');
    const fresh = await t.sse('/api/admin/events', admin);
    const snap = await fresh.next('snapshot');
    expect(Number(snap.id)).toBeGreaterThan(Number(resync.id));
    expect(
      json(snap).tables.flatMap((x: { recent_orders: Order[] }) => x.recent_orders.map((o) => o.id)),
    ).toContain(again.id);
  });

  it('the pre-restore backup holds the data from before the restore', async () => {
    const list = await t.call<{ backups: BackupInfo[] }>('GET', '/api/admin/backups', { token: admin });
    const pre = list.data.backups.find((b) => b.kind === 'pre-restore');
    expect(pre).toBeDefined();
    const r = await t.call<BackupInfo>('POST', `/api/admin/backups/${pre!.name}/restore`, { token: admin });
    expect(r.status).toBe(200);
    expect(r.data.name).toBe(pre!.name);
    const orders = await t.call<{ orders: Order[] }>('GET', '/api/admin/orders', { token: admin });
    expect(orders.data.orders.some((o) => o.items[0]!.quantity === 2)).toBe(true);
  });
});
