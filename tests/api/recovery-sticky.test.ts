/**
 * Recovery that cannot be undone by a second start: a refused (damaged or 0-byte) database
 * keeps the server refusing until a restore or an explicit new store, `--restore-latest` never
 * picks a backup of a store started after the refusal, and order numbers never repeat after a
 * restore (live or at startup).
 */
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Order } from '../../src-shared/types';
import {
  createStoreServer,
  DB_FILE,
  type StoreServer,
  type StoreServerOptions,
} from '../../src-main/server/create-store-server';
import { DatabaseCorruptError, DatabaseRefusedError } from '../../src-main/db/integrity';
import { REFUSAL_FILE } from '../../src-main/db/refusal-marker';
import { backupName } from '../../src-main/services/backup.service';
import { DEMO_PASSWORD, startServer, stopAllServers, type TestServer } from './helpers/server';
import { menuItems, placeOrder } from './helpers/api';

afterAll(stopAllServers);

const startError = (options: StoreServerOptions) =>
  createStoreServer(options).then(
    async (s) => {
      await s.close();
      return null;
    },
    (e: unknown) => e,
  );

async function post<T = any>(s: StoreServer, urlPath: string, body: unknown, token?: string) {
  const res = await fetch(s.url + urlPath, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, data: (await res.json()) as T };
}

async function adminOrders(s: StoreServer): Promise<Order[]> {
  const login = await post<{ token: string }>(s, '/api/admin/login', {
    store_code: 'demo',
    username: 'admin',
    password: DEMO_PASSWORD,
  });
  const res = await fetch(`${s.url}/api/admin/orders?status=pending,preparing,completed`, {
    headers: { authorization: `Bearer ${login.data.token}` },
  });
  return ((await res.json()) as { orders: Order[] }).orders;
}

async function orderSome(t: TestServer, n: number, tableNumber = 2): Promise<Order[]> {
  const table = (await t.tableLogin(tableNumber)).token;
  const menu = (await menuItems(t, table))[0]!;
  const out: Order[] = [];
  for (let i = 0; i < n; i++) out.push(await placeOrder(t, table, [{ menu_id: menu.id, quantity: 1 }]));
  return out;
}

const seqOf = (o: Order) => Number(o.order_number.slice(-4));

function optionsFor(t: TestServer, extra: Partial<StoreServerOptions> = {}): StoreServerOptions {
  return {
    dataDir: t.dataDir,
    host: '127.0.0.1',
    port: 0,
    logLevel: 'error',
    demo: true,
    demoPassword: DEMO_PASSWORD,
    ...extra,
  };
}

describe('a refused start stays refused', () => {
  it('refuses again after a damaged database, and restore-latest brings back the real store', async () => {
    const t = await startServer({ backups: { intervalMs: 0, onClose: true } });
    const placed = await orderSome(t, 5);
    await t.server.close(); // takes the shutdown backup
    writeFileSync(path.join(t.dataDir, DB_FILE), Buffer.alloc(64 * 1024, 'garbage! '));

    const first = await startError(optionsFor(t));
    expect(first).toBeInstanceOf(DatabaseCorruptError);
    expect((first as Error).message).toContain('--new-store');
    expect(existsSync(path.join(t.dataDir, REFUSAL_FILE))).toBe(true);

    // A second plain start (no file in place now) must not serve a new, empty demo store.
    const second = await startError(optionsFor(t));
    expect(second).toBeInstanceOf(DatabaseRefusedError);
    expect((second as DatabaseRefusedError).code).toBe('DB_CORRUPT');
    expect((second as Error).message).toContain('--restore-latest');
    expect(existsSync(path.join(t.dataDir, DB_FILE))).toBe(false);

    // A backup of some other, empty store that is newer than the refusal is not "latest".
    const other = await startServer({ backups: { intervalMs: 0, onClose: false } });
    const foreign = await other.server.backups.create('manual');
    const later = backupName('manual', new Date(Date.now() + 60_000));
    copyFileSync(path.join(other.server.backups.dir, foreign.name), path.join(t.dataDir, 'backups', later));

    const restored = await createStoreServer(optionsFor(t, { restore: 'latest' }));
    try {
      const ids = (await adminOrders(restored)).map((o) => o.id).sort((a, b) => a - b);
      expect(ids).toEqual(placed.map((o) => o.id));
    } finally {
      await restored.close();
    }
    expect(existsSync(path.join(t.dataDir, REFUSAL_FILE))).toBe(false);
    expect(readdirSync(t.dataDir).some((n) => n.startsWith('DATABASE_REFUSED.restored-'))).toBe(true);
  });

  it('--new-store lifts the refusal on purpose and starts an empty store', async () => {
    const t = await startServer({ backups: { intervalMs: 0, onClose: true } });
    await orderSome(t, 1);
    await t.server.close();
    writeFileSync(path.join(t.dataDir, DB_FILE), Buffer.alloc(8 * 1024, 'garbage! '));
    expect(await startError(optionsFor(t))).toBeInstanceOf(DatabaseCorruptError);
    expect(await startError(optionsFor(t))).toBeInstanceOf(DatabaseRefusedError);

    const fresh = await createStoreServer(optionsFor(t, { acceptNewStore: true }));
    try {
      expect(await adminOrders(fresh)).toEqual([]);
    } finally {
      await fresh.close();
    }
    expect(existsSync(path.join(t.dataDir, REFUSAL_FILE))).toBe(false);
    // And the next plain start is an ordinary one.
    expect(await startError(optionsFor(t))).toBeNull();
  });
});

describe('a 0-byte database file', () => {
  it('is refused like a damaged one when the data folder has backups', async () => {
    const t = await startServer({ backups: { intervalMs: 0, onClose: true } });
    const placed = await orderSome(t, 2);
    await t.server.close();
    const dbFile = path.join(t.dataDir, DB_FILE);
    truncateSync(dbFile, 0);
    for (const side of ['-wal', '-shm']) rmSync(dbFile + side, { force: true });

    const err = await startError(optionsFor(t));
    expect(err).toBeInstanceOf(DatabaseCorruptError);
    expect((err as DatabaseCorruptError).reason).toMatch(/empty/);
    expect((err as DatabaseCorruptError).movedTo).toMatch(/table-order\.db\.corrupt-/);
    expect(await startError(optionsFor(t))).toBeInstanceOf(DatabaseRefusedError);

    const restored = await createStoreServer(optionsFor(t, { restore: 'latest' }));
    try {
      expect((await adminOrders(restored)).map((o) => o.id).sort((a, b) => a - b)).toEqual(
        placed.map((o) => o.id),
      );
    } finally {
      await restored.close();
    }
  });

  it('is an ordinary first start when there is no backup', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'table-order-empty-'));
    try {
      writeFileSync(path.join(dataDir, DB_FILE), '');
      const s = await createStoreServer({
        dataDir,
        host: '127.0.0.1',
        port: 0,
        logLevel: 'error',
        demo: true,
        demoPassword: DEMO_PASSWORD,
        backups: { intervalMs: 0, onClose: false },
      });
      await s.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('order numbers never repeat after a restore', () => {
  it('a live restore continues past every number already handed out', async () => {
    const t = await startServer({ backups: { intervalMs: 0, onClose: false } });
    const admin = (await t.adminLogin()).token;
    await orderSome(t, 3);
    const backup = await t.call('POST', '/api/admin/backups', { token: admin });
    expect(backup.status).toBe(201);
    const printed = await orderSome(t, 4, 3);
    const highest = Math.max(...printed.map(seqOf));

    const r = await t.call('POST', `/api/admin/backups/${backup.data.name}/restore`, { token: admin });
    expect(r.status, r.text).toBe(200);
    const next = (await orderSome(t, 1, 4))[0]!;
    expect(seqOf(next)).toBeGreaterThan(highest);
  });

  it('a restore at startup after damage continues past every number already handed out', async () => {
    const t = await startServer({ backups: { intervalMs: 0, onClose: false } });
    await orderSome(t, 2);
    const backup = await t.server.backups.create('manual');
    const printed = await orderSome(t, 5, 3);
    const numbers = new Set(printed.map((o) => o.order_number));
    await t.server.close();
    writeFileSync(path.join(t.dataDir, DB_FILE), Buffer.alloc(8 * 1024, 'garbage! '));
    expect(await startError(optionsFor(t))).toBeInstanceOf(DatabaseCorruptError);

    const restored = await createStoreServer(
      optionsFor(t, { restore: backup.name, backups: { intervalMs: 0, onClose: false } }),
    );
    try {
      const table = await post<{ token: string }>(restored, '/api/table/login', {
        store_code: 'demo',
        table_number: 5,
        password: DEMO_PASSWORD,
      });
      const menus = await fetch(`${restored.url}/api/menus`, {
        headers: { authorization: `Bearer ${table.data.token}` },
      });
      const menuId = ((await menus.json()) as { categories: { menus: { id: number }[] }[] }).categories[0]!
        .menus[0]!.id;
      for (let i = 0; i < 6; i++) {
        const o = await post<Order>(
          restored,
          '/api/orders',
          { client_order_id: crypto.randomUUID(), items: [{ menu_id: menuId, quantity: 1 }] },
          table.data.token,
        );
        expect(o.status).toBe(201);
        expect(numbers.has(o.data.order_number)).toBe(false);
        expect(seqOf(o.data)).toBeGreaterThan(Math.max(...printed.map(seqOf)));
      }
    } finally {
      await restored.close();
    }
  });
});
