/** Retention: old history, old events, expired tokens and stale login records go, in batches; recent rows stay. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, stopAllServers, type TestServer } from './helpers/server';
import { menuItems, placeOrder } from './helpers/api';

const DAY = 86_400_000;
let t: TestServer;

beforeAll(async () => {
  t = await startServer({
    backups: { intervalMs: 0, onClose: false },
    retention: { intervalMs: 0, batchSize: 500 },
  });
});
afterAll(stopAllServers);

const count = (sql: string) => (t.sql().prepare(sql).get() as { n: number }).n;

describe('retention', () => {
  it('purges in batches what is past its time and keeps the rest', async () => {
    const table = (await t.tableLogin(3)).token;
    const menu = (await menuItems(t, table))[0]!;
    const db = t.sql();
    const now = Date.now();
    const iso = (ms: number) => new Date(ms).toISOString();
    const insert = db.prepare(
      `INSERT INTO order_history (id, store_id, table_id, table_number, session_id, order_number, client_order_id,
         request_key, status, total_amount, items_json, created_at, updated_at, session_ended_at)
       VALUES (?, 1, 1, 1, 1, ?, ?, '[]', 'completed', 1000, '[]', ?, ?, ?)`,
    );
    db.transaction(() => {
      for (let i = 0; i < 1234; i++) {
        const at = iso(now - 400 * DAY + i * 1000);
        insert.run(900_000 + i, `OLD-${i}`, `old-${i}`, at, at, at);
      }
      for (let i = 0; i < 7; i++) {
        const at = iso(now - 300 * DAY + i * 1000);
        insert.run(950_000 + i, `KEEP-${i}`, `keep-${i}`, at, at, at);
      }
      const ev = db.prepare(
        "INSERT INTO events (store_id, type, table_id, payload, created_at) VALUES (1, 'menu.updated', NULL, '{}', ?)",
      );
      for (let i = 0; i < 600; i++) ev.run(iso(now - 8 * DAY + i));
      db.prepare(
        `INSERT INTO auth_tokens (token_hash, store_id, role, staff_id, table_id, created_at, expires_at)
         VALUES ('expired-hash', 1, 'table', NULL, 1, ?, ?)`,
      ).run(iso(now - 2 * DAY), iso(now - DAY));
      db.prepare(
        "INSERT INTO login_attempts (key, failed_count, first_failed_at, locked_until) VALUES ('stale', 2, ?, NULL)",
      ).run(iso(now - 3 * DAY));
      db.prepare(
        "INSERT INTO login_attempts (key, failed_count, first_failed_at, locked_until) VALUES ('recent', 2, ?, NULL)",
      ).run(iso(now - 60_000));
    })();
    const recentEvents = count(
      'SELECT COUNT(*) AS n FROM events WHERE created_at > ' + `'${iso(now - DAY)}'`,
    );

    // Orders keep being accepted while the purge runs.
    const [result, order] = await Promise.all([
      t.server.runRetention(),
      placeOrder(t, table, [{ menu_id: menu.id, quantity: 1 }]),
    ]);
    expect(order.id).toBeGreaterThan(0);
    expect(result).not.toBeNull();
    expect(result!.history).toBe(1234);
    expect(result!.events).toBe(600);
    expect(result!.tokens).toBe(1);
    expect(result!.loginAttempts).toBe(1);
    // 1234 rows at 500 a batch: three history batches, never one big delete.
    expect(result!.batches).toBeGreaterThanOrEqual(3 + 2 + 1 + 1);

    expect(count("SELECT COUNT(*) AS n FROM order_history WHERE client_order_id LIKE 'old-%'")).toBe(0);
    expect(count("SELECT COUNT(*) AS n FROM order_history WHERE client_order_id LIKE 'keep-%'")).toBe(7);
    expect(count('SELECT COUNT(*) AS n FROM events')).toBeGreaterThanOrEqual(recentEvents + 1);
    expect(count("SELECT COUNT(*) AS n FROM auth_tokens WHERE token_hash = 'expired-hash'")).toBe(0);
    expect(count("SELECT COUNT(*) AS n FROM login_attempts WHERE key = 'recent'")).toBe(1);
    // The valid tablet sign-in still works.
    expect((await t.call('GET', '/api/orders', { token: table })).status).toBe(200);
  });

  it('deletes printed print jobs older than a week, in batches; recent and unprinted ones stay', async () => {
    const admin = (await t.adminLogin()).token;
    const printer = await t.call<{ id: number }>('POST', '/api/admin/printers', {
      token: admin,
      body: { name: 'old slips', host: '127.0.0.1', port: 9, kind: 'kitchen', enabled: false },
    });
    expect(printer.status, printer.text).toBe(201);
    const db = t.sql();
    const now = Date.now();
    const iso = (ms: number) => new Date(ms).toISOString();
    const insert = db.prepare(
      `INSERT INTO print_jobs (store_id, printer_id, order_id, kind, status, attempts, payload, created_at, printed_at)
       VALUES (1, ?, NULL, 'test', ?, 1, ?, ?, ?)`,
    );
    db.transaction(() => {
      for (let i = 0; i < 700; i++)
        insert.run(printer.data.id, 'done', 'old', iso(now - 9 * DAY), iso(now - 8 * DAY));
      insert.run(printer.data.id, 'done', 'recent', iso(now - 2 * DAY), iso(now - 2 * DAY));
      // Never printed: still owed to the kitchen, whatever its age.
      insert.run(printer.data.id, 'failed', 'open-failed', iso(now - 30 * DAY), null);
      insert.run(printer.data.id, 'pending', 'open-pending', iso(now - 30 * DAY), null);
    })();
    const r = await t.server.runRetention();
    expect(r!.printJobs).toBe(700);
    // 700 at 500 a batch: two print-job writes, plus one each for history, events, tokens,
    // login records and pairing codes.
    expect(r!.batches).toBeGreaterThanOrEqual(2 + 5);
    const left = db.prepare('SELECT payload FROM print_jobs ORDER BY id').all() as { payload: string }[];
    expect(left.map((j) => j.payload)).toEqual(['recent', 'open-failed', 'open-pending']);
  });

  it('a second run finds nothing to do', async () => {
    const r = await t.server.runRetention();
    expect(r).toMatchObject({ history: 0, events: 0, printJobs: 0, tokens: 0, loginAttempts: 0 });
  });
});
