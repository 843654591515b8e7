/**
 * 4./5. A store with a year of history: ~200,000 archived orders (1–4 lines each) spread over
 * the last 365 days, written straight into SQLite once and cached in bench/out. Measures cold
 * start to /health 200 (page cache dropped when allowed, and warm), quick_check alone, and
 * history/summary query latency on that database.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrations } from '../migrations/index';
import { DB_FILE } from '../src-main/server/create-store-server';
import { startChild, type ServerChild } from './lib/child';
import { makeAgent, request, sleep, summarize } from './lib/http';
import { adminToken } from './lib/store';

const OUT = path.join(import.meta.dirname, 'out');
const DAY = 86_400_000;

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The cached year database (made on first use); returns its path. */
export async function yearDatabase(orders = 200_000): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, `year-${orders}-m${migrations.length}.db`);
  if (existsSync(file)) return file;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-year-'));
  const child = await startChild(dir);
  await child.stop();
  const db = new Database(path.join(dir, DB_FILE));
  const tables = db.prepare('SELECT id, table_number FROM tables ORDER BY id').all() as {
    id: number;
    table_number: number;
  }[];
  const menus = db.prepare('SELECT id, name, price FROM menus').all() as {
    id: number;
    name: string;
    price: number;
  }[];
  const insert = db.prepare(
    `INSERT INTO order_history (id, store_id, table_id, table_number, session_id, order_number, client_order_id,
       request_key, status, total_amount, items_json, created_at, updated_at, session_ended_at)
     VALUES (?, 1, ?, ?, ?, ?, ?, '[]', 'completed', ?, ?, ?, ?, ?)`,
  );
  const rnd = mulberry32(42);
  const now = Date.now();
  const start = now - 365 * DAY;
  db.transaction(() => {
    for (let i = 1; i <= orders; i++) {
      const at = new Date(start + Math.floor((i / orders) * 365 * DAY) + Math.floor(rnd() * 60_000));
      const t = tables[Math.floor(rnd() * tables.length)]!;
      const lines = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => {
        const m = menus[Math.floor(rnd() * menus.length)]!;
        const q = 1 + Math.floor(rnd() * 3);
        return { menu_id: m.id, menu_name: m.name, unit_price: m.price, quantity: q, subtotal: m.price * q };
      });
      const total = lines.reduce((s, l) => s + l.subtotal, 0);
      const iso = at.toISOString();
      const ended = new Date(at.getTime() + 3600_000).toISOString();
      insert.run(
        i + 1_000_000,
        t.id,
        t.table_number,
        1 + Math.floor(i / 4),
        `ORD-H-${i}`,
        `bench-${i}`,
        total,
        JSON.stringify(lines),
        iso,
        iso,
        ended,
      );
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  renameSync(path.join(dir, DB_FILE), `${file}.tmp`);
  renameSync(`${file}.tmp`, file);
  rmSync(dir, { recursive: true, force: true });
  return file;
}

function dropCaches(): boolean {
  try {
    writeFileSync('/proc/sys/vm/drop_caches', '3');
    return true;
  } catch {
    return false;
  }
}

async function timeToHealth(dataDir: string): Promise<{ ms: number; child: ServerChild }> {
  const t0 = performance.now();
  const started = startChild(dataDir);
  const child = await started;
  const agent = makeAgent(1);
  for (;;) {
    const r = await request(agent, `${child.url}/health`, 'GET').catch(() => null);
    if (r?.status === 200) break;
    await sleep(5);
  }
  agent.destroy();
  return { ms: performance.now() - t0, child };
}

export interface ColdStartResult {
  emptyMs: number;
  yearWarmMs: number;
  yearColdMs: number | null;
  quickCheckWarmMs: number;
  quickCheckColdMs: number | null;
  dbBytes: number;
}

export async function coldStart(yearFile: string): Promise<ColdStartResult> {
  const dirs: string[] = [];
  const fresh = (withYear: boolean) => {
    const d = mkdtempSync(path.join(os.tmpdir(), 'bench-start-'));
    dirs.push(d);
    if (withYear) copyFileSync(yearFile, path.join(d, DB_FILE));
    return d;
  };
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const empty: number[] = [];
  const warm: number[] = [];
  const cold: number[] = [];
  let canDrop = true;
  for (let i = 0; i < 3; i++) {
    const e = await timeToHealth(fresh(false));
    empty.push(e.ms);
    await e.child.stop();
    const w = await timeToHealth(fresh(true));
    warm.push(w.ms);
    await w.child.stop();
    const d = fresh(true);
    if (canDrop && (canDrop = dropCaches())) {
      const c = await timeToHealth(d);
      cold.push(c.ms);
      await c.child.stop();
    }
  }
  const qc = (drop: boolean) => {
    if (drop && !dropCaches()) return null;
    const t0 = performance.now();
    const db = new Database(yearFile, { readonly: true });
    db.pragma('quick_check');
    db.close();
    return performance.now() - t0;
  };
  qc(false);
  const result: ColdStartResult = {
    emptyMs: median(empty),
    yearWarmMs: median(warm),
    yearColdMs: cold.length ? median(cold) : null,
    quickCheckWarmMs: qc(false)!,
    quickCheckColdMs: qc(true),
    dbBytes: statSync(yearFile).size,
  };
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  return result;
}

export interface QueryResult {
  name: string;
  p50: number;
  p99: number;
  n: number;
}

/** History and summary reads on the year database, sequential, random days. */
export async function historyQueries(yearFile: string, n = 400): Promise<QueryResult[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-hist-'));
  copyFileSync(yearFile, path.join(dir, DB_FILE));
  const child = await startChild(dir);
  const agent = makeAgent(1);
  const admin = await adminToken(agent, child.url);
  const rnd = mulberry32(7);
  const day = () => new Date(Date.now() - (2 + Math.floor(rnd() * 350)) * DAY).toISOString().slice(0, 10);
  const minus = (d: string, days: number) => new Date(Date.parse(d) - days * DAY).toISOString().slice(0, 10);
  const cases: [string, () => string][] = [
    [
      'one table, one week (page of 50)',
      () => {
        const d = day();
        return `/api/admin/tables/${1 + Math.floor(rnd() * 10)}/history?from=${minus(d, 6)}&to=${d}`;
      },
    ],
    [
      'store, one day (page of 50)',
      () => {
        const d = day();
        return `/api/admin/history?from=${d}&to=${d}`;
      },
    ],
    [
      'store, one day (page of 200)',
      () => {
        const d = day();
        return `/api/admin/history?from=${d}&to=${d}&limit=200`;
      },
    ],
    ['day summary (~550 orders)', () => `/api/admin/summary?date=${day()}`],
  ];
  const out: QueryResult[] = [];
  for (const [name, make] of cases) {
    const times: number[] = [];
    for (let i = 0; i < n + 20; i++) {
      const t0 = performance.now();
      const r = await request(agent, child.url + make(), 'GET', undefined, admin);
      if (r.status !== 200) throw new Error(`${name}: ${r.status} ${r.body}`);
      if (i >= 20) times.push(performance.now() - t0);
    }
    const s = summarize(times);
    out.push({ name, p50: s.p50, p99: s.p99, n: s.n });
  }
  agent.destroy();
  await child.stop();
  rmSync(dir, { recursive: true, force: true });
  return out;
}
