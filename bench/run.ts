/**
 * `npm run bench`: load, latency, memory, start-up and crash benchmarks against real store
 * servers in child processes on 127.0.0.1. Prints one table at the end and writes it to
 * bench/out/results.md. `BENCH_QUICK=1` shortens every phase (a smoke run).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startChild } from './lib/child';
import { makeAgent } from './lib/http';
import { adminToken, menuIds, tableTokens } from './lib/store';
import { orderThroughput } from './throughput';
import { sseDelivery } from './sse';
import { coldStart, historyQueries, yearDatabase } from './history';
import { crashTest } from './crash';
import { floodFairness, halfOpenUploads } from './limits';
import { reportQueries } from './reports';

const quick = process.env.BENCH_QUICK === '1';
const OUT = path.join(import.meta.dirname, 'out');
const rows: [string, string, string][] = [];
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;
const mb = (x: number) => `${(x / 1048576).toFixed(1)} MB`;
const note = (s: string) => process.stderr.write(`[bench] ${s}\n`);

async function ordersAndSse() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-orders-'));
  const server = await startChild(dir);
  const agent = makeAgent(1);
  const admin = await adminToken(agent, server.url);
  const tokens = await tableTokens(agent, server.url, admin, 64);
  const menus = await menuIds(agent, server.url, tokens[0]!);
  agent.destroy();
  for (const c of [1, 16, 64]) {
    note(`order throughput, ${c} tablets…`);
    const r = await orderThroughput(server, tokens, menus, c, quick ? 2 : 8);
    rows.push([
      `1. orders/s, ${c} tablet${c > 1 ? 's' : ''} (durable)`,
      `${Math.round(r.perSecond)}/s · p50 ${ms(r.p50)} · p99 ${ms(r.p99)} · ${r.jobsPerCommit.toFixed(1)} orders/commit · server ${Math.round(r.cpuUsPerOrder)} µs CPU/order${r.errors ? ` · ${r.errors} errors` : ''}`,
      c === 64 ? '≥ 5,000/s, p99 < 20 ms' : '',
    ]);
  }
  await server.stop();
  rmSync(dir, { recursive: true, force: true });

  // The store server runs as `npm start` runs it (scripts/server-runtime.mjs: small young
  // generation, fixed glibc mmap threshold). The last run shows the same 500 clients on plain
  // Node defaults, for comparison.
  for (const [subs, env] of [
    [100, {}],
    [500, {}],
    [500, { BENCH_PLAIN_NODE: '1' }],
  ] as const) {
    const d = mkdtempSync(path.join(os.tmpdir(), 'bench-sse-'));
    const s = await startChild(d, 0, [], env);
    const a = makeAgent(1);
    const adminT = await adminToken(a, s.url);
    const [table] = await tableTokens(a, s.url, adminT, 1);
    const m = await menuIds(a, s.url, table!);
    a.destroy();
    const plain = 'BENCH_PLAIN_NODE' in env;
    note(`SSE delivery, ${subs} subscribers${plain ? ' (plain Node defaults)' : ''}…`);
    const r = await sseDelivery(s, adminT, table!, m, subs, 50, quick || plain ? 2 : 10);
    if (plain) {
      rows.push(['3. same, plain Node defaults', `${mb(r.rssOpen)} (idle ${mb(r.rssIdle)})`, '']);
      await s.stop();
      rmSync(d, { recursive: true, force: true });
      continue;
    }
    rows.push([
      `2. order → SSE, ${subs} subscribers @ 50 orders/s`,
      `p50 ${ms(r.p50)} · p99 ${ms(r.p99)} · max ${ms(r.max)} · ${r.delivered}/${r.expected} delivered`,
      subs === 100 ? 'p99 < 15 ms' : '',
    ]);
    if (subs === 500) {
      rows.push([
        '3. server RSS, 500 SSE clients open',
        `${mb(r.rssOpen)} (idle ${mb(r.rssIdle)})`,
        '≤ 130 MB (idle ≤ 100 MB)',
      ]);
    }
    await s.stop();
    rmSync(d, { recursive: true, force: true });
  }
}

async function history() {
  note('year database (cached in bench/out)…');
  const t0 = performance.now();
  const year = await yearDatabase(quick ? 20_000 : 200_000);
  const made = performance.now() - t0;
  if (made > 1000) note(`generated in ${(made / 1000).toFixed(1)} s`);
  note('cold start…');
  const c = await coldStart(year);
  rows.push([
    `4. start → /health 200, year of history (${mb(c.dbBytes)})`,
    `warm cache ${ms(c.yearWarmMs)}${c.yearColdMs !== null ? ` · caches dropped ${ms(c.yearColdMs)}` : ''} · empty db ${ms(c.emptyMs)}`,
    '< 2 s',
  ]);
  rows.push([
    '4. quick_check of that database',
    `warm ${ms(c.quickCheckWarmMs)}${c.quickCheckColdMs !== null ? ` · cold ${ms(c.quickCheckColdMs)}` : ''}`,
    'floor 0.1 s warm / 1 s cold',
  ]);
  note('history queries…');
  for (const q of await historyQueries(year, quick ? 100 : 400)) {
    rows.push([
      `5. ${q.name}`,
      `p50 ${ms(q.p50)} · p99 ${ms(q.p99)} (n=${q.n})`,
      q.name.includes('summary') ? '' : 'p99 < 5 ms',
    ]);
  }
}

async function reports() {
  note('year database of ~100,000 orders (cached in bench/out)…');
  const year = await yearDatabase(quick ? 20_000 : 100_000);
  note('366-day reports…');
  for (const q of await reportQueries(year, quick ? 3 : 10)) {
    rows.push([
      `8. ${q.name}, ${q.orders.toLocaleString('en')} orders`,
      `median ${ms(q.p50)} · max ${ms(q.max)} (n=${q.n}) · server ${ms(q.cpuMs)} CPU/report${q.overloaded ? ` · ${q.overloaded} answered 503 (overload guard) and retried` : ''}`,
      '',
    ]);
  }
}

async function crash() {
  note('crash test (SIGKILL mid-load, restart, retries)…');
  const r = await crashTest(16, 2);
  rows.push([
    `6. crash test: ${r.tablets} tablets, ${r.kills}× SIGKILL`,
    `lost ${r.lost} · duplicated ${r.duplicates} · ${r.acked} acked (${r.ackedBeforeKill} before the last kill), ${r.retried} retries, ${r.stored} stored`,
    '0 lost, 0 duplicated',
  ]);
}

async function limits() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-limits-'));
  // The order limit on (its default), as in a store.
  const server = await startChild(dir, 0, [], { BENCH_TABLE_ORDERS_PER_MINUTE: '20' });
  const agent = makeAgent(1);
  const admin = await adminToken(agent, server.url);
  const tokens = await tableTokens(agent, server.url, admin, 33);
  const menus = await menuIds(agent, server.url, tokens[0]!);
  agent.destroy();
  const seconds = quick ? 3 : 10;
  note('16 tables order, nobody flooding (baseline)…');
  const base = await floodFairness(server, tokens[0]!, tokens.slice(17), menus, seconds, false);
  note('one table floods while 16 others order…');
  const f = await floodFairness(server, tokens[0]!, tokens.slice(1, 17), menus, seconds);
  rows.push([
    "7. other tables' order p99 while one table floods",
    `p50 ${ms(f.p50)} · p99 ${ms(f.p99)} (n=${f.others}, ${f.otherErrors} errors; no flood: p50 ${ms(base.p50)} · p99 ${ms(base.p99)}) · flood: ${f.floodAccepted} placed, ${f.floodRefused} refused 429`,
    'p99 < 50 ms, 0 errors',
  ]);
  note('300 half-open unauthenticated uploads…');
  const h = await halfOpenUploads(server, 300);
  rows.push([
    '7. RSS with 300 half-open unauthenticated uploads',
    `${mb(h.rssOpen)} (before ${mb(h.rssBefore)}, after closing ${mb(h.rssAfter)}; +${mb(h.rssOpen - h.rssBefore)})`,
    '+ < 100 MB',
  ]);
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}

function table(): string {
  const head: [string, string, string] = ['measure', 'result', 'goal'];
  const all = [head, ...rows];
  const w = [0, 1, 2].map((i) => Math.max(...all.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(w[i]!)).join(' | ')} |`;
  return [line(head), `|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

const started = performance.now();
const loadBefore = os.loadavg()[0]!;
try {
  if (process.env.BENCH_ONLY === 'limits') {
    await limits();
  } else if (process.env.BENCH_ONLY === 'reports') {
    await reports();
  } else {
    await ordersAndSse();
    await history();
    await reports();
    await crash();
    await limits();
  }
} finally {
  const text = table();
  const header =
    `# Table Order bench — ${new Date().toISOString()}\n\n` +
    `node ${process.version}, ${os.cpus().length} cpus (${os.cpus()[0]?.model ?? '?'}), ` +
    `server in a child process, load from this process, 127.0.0.1 only; ` +
    `total ${((performance.now() - started) / 1000).toFixed(0)} s${quick ? ' (BENCH_QUICK)' : ''}; ` +
    `load average ${loadBefore.toFixed(1)} at start, ${os.loadavg()[0]!.toFixed(1)} at end ` +
    `(other work on the machine skews latency; CPU per order does not depend on it)\n\n`;
  mkdirSync(OUT, { recursive: true });
  writeFileSync(path.join(OUT, 'results.md'), `${header}${text}\n`);
  process.stdout.write(`\n${header}${text}\n`);
}
