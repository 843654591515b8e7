/**
 * Kill -9 during a merge (A13): the store server runs in its own process; a merge is sent and
 * the process is killed a few milliseconds later, at different points. After a restart on the
 * same data folder every pair of tables is either as before (two seatings, each with its
 * order) or as after (one seating with both orders, the other ended as merged) — never half.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { DB_FILE } from '../../src-main/server/create-store-server';
import { startChild, type ServerChild } from '../../bench/lib/child';

const dir = mkdtempSync(path.join(os.tmpdir(), 'table-order-merge-crash-'));
let server: ServerChild | null = null;
afterAll(async () => {
  await server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

async function call(method: string, url: string, body?: unknown, token?: string) {
  const res = await fetch(url, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, data: (await res.json().catch(() => null)) as any };
}

it('a merge killed at any moment leaves the before or the after state', { timeout: 120_000 }, async () => {
  server = await startChild(dir);
  const base = () => server!.url;
  const admin = (
    await call('POST', `${base()}/api/admin/login`, {
      store_code: 'demo',
      username: 'admin',
      password: 'bench-pass',
    })
  ).data.token as string;
  const tables = (await call('GET', `${base()}/api/admin/tables`, undefined, admin)).data.tables as {
    id: number;
    table_number: number;
  }[];
  const tokenOf = async (n: number) =>
    (
      await call('POST', `${base()}/api/table/login`, {
        store_code: 'demo',
        table_number: n,
        password: 'bench-pass',
      })
    ).data.token as string;
  const menu = (await call('GET', `${base()}/api/menus`, undefined, await tokenOf(1))).data;
  const dish = menu.categories
    .flatMap((c: { menus: any[] }) => c.menus)
    .find((m: { option_groups: { min_select: number }[] }) =>
      m.option_groups.every((g) => g.min_select === 0),
    );

  const delays = [0, 1, 2, 4, 8];
  const outcomes: string[] = [];
  for (const [i, delay] of delays.entries()) {
    const [a, b] = [tables[2 * i]!, tables[2 * i + 1]!];
    for (const t of [a, b]) {
      const r = await call(
        'POST',
        `${base()}/api/orders`,
        { client_order_id: randomUUID(), items: [{ menu_id: dish.id, quantity: 1 }] },
        await tokenOf(t.table_number),
      );
      expect(r.status).toBe(201);
    }
    const merge = call(
      'POST',
      `${base()}/api/admin/tables/${a.id}/merge`,
      { into_table_id: b.id },
      admin,
    ).catch(() => null);
    await new Promise((r) => setTimeout(r, delay));
    await server.kill();
    await merge;
    server = await startChild(dir);

    const db = new Database(path.join(dir, DB_FILE), { readonly: true });
    const sessions = db
      .prepare(
        `SELECT id, table_id, ended_at, end_reason FROM table_sessions WHERE table_id IN (?, ?) ORDER BY id`,
      )
      .all(a.id, b.id) as {
      id: number;
      table_id: number;
      ended_at: string | null;
      end_reason: string | null;
    }[];
    const orders = db
      .prepare(`SELECT session_id, table_id FROM orders WHERE table_id IN (?, ?)`)
      .all(a.id, b.id) as { session_id: number; table_id: number }[];
    db.close();
    expect(sessions).toHaveLength(2);
    expect(orders).toHaveLength(2);
    const [sa, sb] = sessions;
    if (sa!.ended_at === null) {
      // Before: each table keeps its seating and its order.
      expect(sb!.ended_at).toBeNull();
      expect(orders.map((o) => o.table_id).sort()).toEqual([a.id, b.id].sort());
      expect(new Set(orders.map((o) => o.session_id)).size).toBe(2);
      outcomes.push('before');
    } else {
      // After: table a's seating ended as merged; both orders are in b's live seating.
      expect(sa!.end_reason).toBe('merged');
      expect(sb!.ended_at).toBeNull();
      expect(orders.every((o) => o.session_id === sb!.id && o.table_id === b.id)).toBe(true);
      outcomes.push('after');
    }
  }
  expect(outcomes).toHaveLength(delays.length);
});
