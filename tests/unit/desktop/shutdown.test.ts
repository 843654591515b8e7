import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createShutdown } from '../../../src-main/desktop/shutdown';
import { createLogger } from '../../../src-main/logging/logger';
import { createStoreServer, DB_FILE } from '../../../src-main/server/create-store-server';
import { memoryLog } from './fakes';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('graceful shutdown of the store server', () => {
  it('stops answering, and leaves a clean database with no WAL content', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'table-order-shutdown-'));
    dirs.push(dataDir);
    const server = await createStoreServer({
      dataDir,
      host: '127.0.0.1',
      port: 0,
      demo: true,
      demoPassword: 'shutdown-pass-1',
      logger: createLogger({ dataDir, level: 'warn', console: false }),
    });
    // A write after start, so the WAL has something in it to checkpoint.
    const login = await fetch(`${server.url}/api/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ store_code: 'demo', username: 'admin', password: 'shutdown-pass-1' }),
    });
    expect(login.status).toBe(200);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    const dbFile = path.join(dataDir, DB_FILE);
    expect(statSync(`${dbFile}-wal`).size).toBeGreaterThan(0);

    const log = memoryLog();
    const order: string[] = [];
    const shutdown = createShutdown({
      server: () => ({
        close: async () => {
          order.push('server');
          await server.close();
        },
      }),
      before: () => void order.push('windows'),
      log,
    });
    // Quit from the tray, SIGTERM and the OS shutdown may all fire: one stop.
    const first = shutdown.run('SIGTERM');
    const second = shutdown.run('os shutdown');
    expect(shutdown.started).toBe(true);
    await Promise.all([first, second]);
    expect(shutdown.finished).toBe(true);
    expect(order).toEqual(['windows', 'server']);
    expect(log.lines).toEqual(['info shutting down (SIGTERM)', 'info store server closed']);

    await expect(fetch(`${server.url}/health`)).rejects.toThrow();
    const wal = `${dbFile}-wal`;
    expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);
    const db = new Database(dbFile, { readonly: true, fileMustExist: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      const stores = db.prepare('SELECT count(*) AS n FROM stores').get() as { n: number };
      expect(stores.n).toBe(1);
    } finally {
      db.close();
    }
  });

  it('does not hang the app when the server never finishes closing', async () => {
    const log = memoryLog();
    const shutdown = createShutdown({
      server: () => ({ close: () => new Promise<void>(() => undefined) }),
      log,
      timeoutMs: 50,
    });
    await shutdown.run('quit');
    expect(log.lines).toContain('error shutdown: store server did not close within 50 ms');
  });

  it('still closes the server when closing the windows fails, and never rejects', async () => {
    const log = memoryLog();
    let closed = 0;
    const shutdown = createShutdown({
      server: () => ({
        close: async () => {
          closed += 1;
          throw new Error('disk gone');
        },
      }),
      before: () => {
        throw new Error('window already gone');
      },
      log,
    });
    await expect(shutdown.run('quit')).resolves.toBeUndefined();
    expect(closed).toBe(1);
    expect(log.lines.filter((l) => l.startsWith('warn') || l.startsWith('error'))).toHaveLength(2);
  });

  it('has nothing to close before the server started', async () => {
    const log = memoryLog();
    await createShutdown({ server: () => null, log }).run('start failed');
    expect(log.lines).toEqual(['info shutting down (start failed)']);
  });
});
