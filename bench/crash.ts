/**
 * 6. Crash test. 16 tablets order in a loop, each order with its own client_order_id; on a
 * network error a tablet retries the SAME id (as the tablet app does) until it is answered.
 * Mid-load the server process gets SIGKILL, then is restarted on the same data folder. When
 * every tablet has its orders acknowledged, the database is checked: every acknowledged order
 * is there (lost = 0) and no id was stored twice nor more orders than distinct ids (dup = 0).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DB_FILE } from '../src-main/server/create-store-server';
import { startChild, type ServerChild } from './lib/child';
import { makeAgent, request, sleep } from './lib/http';
import { adminToken, menuIds, tableTokens } from './lib/store';

export interface CrashResult {
  tablets: number;
  kills: number;
  acked: number;
  ackedBeforeKill: number;
  retried: number;
  stored: number;
  distinctIds: number;
  lost: number;
  duplicates: number;
}

export async function crashTest(tablets = 16, kills = 2): Promise<CrashResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-crash-'));
  let server: ServerChild = await startChild(dir);
  const setup = makeAgent(1);
  const admin = await adminToken(setup, server.url);
  const tokens = await tableTokens(setup, server.url, admin, tablets);
  const menus = await menuIds(setup, server.url, tokens[0]!);
  setup.destroy();

  const acked = new Set<string>();
  const sent = new Set<string>();
  let retried = 0;
  let ackedBeforeKill = 0;
  let stop = false;
  let url = server.url;

  const tablet = async (token: string, k: number) => {
    let agent = makeAgent(1);
    while (!stop) {
      const id = randomUUID();
      sent.add(id);
      const body = {
        client_order_id: id,
        items: [{ menu_id: menus[k % menus.length]!, quantity: 1 + (k % 3) }],
      };
      for (let attempt = 0; ; attempt++) {
        if (attempt) retried += 1;
        const r = await request(agent, `${url}/api/orders`, 'POST', body, token).catch(() => null);
        if (r && (r.status === 201 || r.status === 200)) {
          acked.add(id);
          break;
        }
        if (r && r.status !== 503) throw new Error(`order answered ${r.status}: ${r.body}`);
        agent.destroy();
        agent = makeAgent(1);
        await sleep(50);
      }
    }
    agent.destroy();
  };
  const runs = tokens.map((t, k) => tablet(t, k));
  for (let i = 0; i < kills; i++) {
    await sleep(1500 + Math.random() * 1000);
    ackedBeforeKill = acked.size;
    await server.kill();
    await sleep(200);
    server = await startChild(dir, server.port);
    url = server.url;
  }
  await sleep(1000);
  stop = true;
  await Promise.all(runs);
  await server.stop();

  const db = new Database(path.join(dir, DB_FILE), { readonly: true });
  const rows = db
    .prepare('SELECT client_order_id FROM orders UNION ALL SELECT client_order_id FROM order_history')
    .all() as { client_order_id: string }[];
  db.close();
  rmSync(dir, { recursive: true, force: true });
  const stored = new Set(rows.map((r) => r.client_order_id));
  let lost = 0;
  for (const id of acked) if (!stored.has(id)) lost += 1;
  // Every stored order must be one of the ids sent, each once; and no more orders than ids.
  const foreign = [...stored].filter((id) => !sent.has(id)).length;
  return {
    tablets,
    kills,
    acked: acked.size,
    ackedBeforeKill,
    retried,
    stored: rows.length,
    distinctIds: stored.size,
    lost,
    duplicates: rows.length - stored.size + foreign + Math.max(0, rows.length - sent.size),
  };
}
