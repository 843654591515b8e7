/** Startup recovery: a damaged database is refused (typed error), moved aside, and restore-latest works. */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Order } from '../../src-shared/types';
import { createStoreServer, DB_FILE } from '../../src-main/server/create-store-server';
import { DatabaseCorruptError } from '../../src-main/db/integrity';
import { startServer, stopAllServers } from './helpers/server';
import { menuItems, placeOrder } from './helpers/api';

afterAll(stopAllServers);

describe('startup recovery', () => {
  it('refuses a damaged database, moves it aside, and starts from the newest backup on request', async () => {
    const t = await startServer({ backups: { intervalMs: 0, onClose: false } });
    const admin = (await t.adminLogin()).token;
    const table = (await t.tableLogin(2)).token;
    const menu = (await menuItems(t, table))[0]!;
    const order = await placeOrder(t, table, [{ menu_id: menu.id, quantity: 2 }]);
    const backup = await t.call('POST', '/api/admin/backups', { token: admin });
    expect(backup.status).toBe(201);
    const lastId = (await t.call('GET', '/api/admin/dashboard', { token: admin })).data
      .last_event_id as number;
    await t.server.close();

    const dbFile = path.join(t.dataDir, DB_FILE);
    writeFileSync(dbFile, Buffer.alloc(64 * 1024, 'garbage! '));
    const options = { dataDir: t.dataDir, host: '127.0.0.1', port: 0, logLevel: 'error' as const };

    const failed = await createStoreServer(options).then(
      () => null,
      (e: unknown) => e,
    );
    expect(failed).toBeInstanceOf(DatabaseCorruptError);
    const err = failed as DatabaseCorruptError;
    expect(err.code).toBe('DB_CORRUPT');
    expect(err.latestBackup).toBe(backup.data.name);
    expect(err.message).toContain('--restore-latest');
    expect(err.movedTo).toMatch(/table-order\.db\.corrupt-/);
    expect(existsSync(err.movedTo!)).toBe(true);
    expect(existsSync(dbFile)).toBe(false);

    const restored = await createStoreServer({ ...options, restore: 'latest' });
    try {
      const login = await fetch(`${restored.url}/api/admin/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ store_code: 'demo', username: 'admin', password: 'demo-pass-1234' }),
      });
      const { token } = (await login.json()) as { token: string };
      const res = await fetch(`${restored.url}/api/admin/orders`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const body = (await res.json()) as { orders: Order[]; last_event_id: number };
      expect(body.orders.map((o) => o.id)).toEqual([order.id]);
      // The ids before the damage are unknown: the counter jumps far ahead so none is reused.
      expect(body.last_event_id).toBeGreaterThan(lastId);
    } finally {
      await restored.close();
    }
    expect(readdirSync(t.dataDir).some((n) => n.startsWith(`${DB_FILE}.corrupt-`))).toBe(true);
  });

  it('a restore at startup with no backup fails with a clear message', async () => {
    const t = await startServer({ backups: { intervalMs: 0, onClose: false } });
    await t.server.close();
    await expect(
      createStoreServer({
        dataDir: t.dataDir,
        host: '127.0.0.1',
        port: 0,
        logLevel: 'error',
        restore: 'latest',
      }),
    ).rejects.toThrow(/no backup to restore/);
  });

  it('a database with data gets no pre-migration backup when nothing is pending', async () => {
    const t = await startServer({ backups: { intervalMs: 0, onClose: false } });
    await t.restart();
    expect(t.server.backups.list().filter((b) => b.kind === 'pre-migration')).toEqual([]);
  });
});
