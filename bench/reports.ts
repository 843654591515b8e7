/**
 * 8. Reports (A15): a 366-day report over a year of a busy store (~100,000 archived orders,
 * ~250,000 lines, the cached year database of history.ts), as JSON and as CSV. Sequential,
 * the server alone; the median is what a manager waits for.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DB_FILE } from '../src-main/server/create-store-server';
import { startChild } from './lib/child';
import { makeAgent, request, sleep, summarize } from './lib/http';
import { adminToken } from './lib/store';

export interface ReportTiming {
  name: string;
  /** 503s met: the report holds the event loop, and the overload guard answers 503 after a long stall. */
  overloaded: number;
  p50: number;
  max: number;
  n: number;
  orders: number;
  /** Server CPU per report (ms): unlike the wall time, barely moved by other work on the machine. */
  cpuMs: number;
}

export async function reportQueries(yearFile: string, n = 10): Promise<ReportTiming[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-reports-'));
  copyFileSync(yearFile, path.join(dir, DB_FILE));
  const child = await startChild(dir);
  const agent = makeAgent(1);
  const out: ReportTiming[] = [];
  try {
    const admin = await adminToken(agent, child.url);
    const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
    // 366 days: the year database's orders run from 365 days ago until now.
    const range = `from=${day(365)}&to=${day(0)}`;
    let orders = 0;
    for (const [name, url] of [
      ['report, 366 days (JSON)', `/api/admin/reports?${range}`],
      ['report, 366 days (CSV)', `/api/admin/reports.csv?${range}`],
    ] as const) {
      const times: number[] = [];
      let overloaded = 0;
      let cpuBefore = 0;
      for (let i = 0; i < n + 2; i++) {
        const t0 = performance.now();
        const r = await request(agent, child.url + url, 'GET', undefined, admin);
        if (r.status === 503 && overloaded < 3 * n) {
          overloaded++;
          await sleep(2000);
          i--;
          continue;
        }
        if (r.status !== 200) throw new Error(`${name}: ${r.status} ${r.body}`);
        if (i >= 2) times.push(performance.now() - t0);
        if (i === 1) cpuBefore = (await child.stats()).cpuMs;
        if (url.includes('reports?')) orders = (JSON.parse(r.body) as { order_count: number }).order_count;
      }
      const s = summarize(times);
      const cpuMs = ((await child.stats()).cpuMs - cpuBefore) / s.n;
      out.push({ name, p50: s.p50, max: s.max, n: s.n, orders, overloaded, cpuMs });
    }
  } finally {
    agent.destroy();
    await child.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
