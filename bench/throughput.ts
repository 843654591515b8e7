/**
 * 1. Order POST throughput and latency: `c` tablets, each its own table token and keep-alive
 * socket, ordering in a closed loop (next order when the last one was answered) for N seconds.
 * Every answer is 201, and 2xx means committed (the writer resolves after COMMIT), so the rate
 * is durable orders per second. Jobs per commit shows how much group commit shares fsyncs.
 */
import { randomUUID } from 'node:crypto';
import type { ServerChild } from './lib/child';
import { makeAgent, request, summarize } from './lib/http';

export interface ThroughputResult {
  tablets: number;
  orders: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  jobsPerCommit: number;
  /** Server CPU time per order (user + system), independent of what else loads the machine. */
  cpuUsPerOrder: number;
}

export async function orderThroughput(
  server: ServerChild,
  tokens: string[],
  menus: number[],
  tablets: number,
  seconds: number,
): Promise<ThroughputResult> {
  const latencies: number[] = [];
  let errors = 0;
  let measuring = false;
  let stop = false;
  const loop = async (token: string, k: number) => {
    const agent = makeAgent(1);
    let n = 0;
    while (!stop) {
      n += 1;
      const body = {
        client_order_id: randomUUID(),
        items: [
          { menu_id: menus[(k + n) % menus.length]!, quantity: 1 },
          { menu_id: menus[(k + n + 1) % menus.length]!, quantity: 2 },
        ],
      };
      const t0 = performance.now();
      const r = await request(agent, `${server.url}/api/orders`, 'POST', body, token);
      if (!measuring) continue;
      if (r.status === 201) latencies.push(performance.now() - t0);
      else errors += 1;
    }
    agent.destroy();
  };
  const runs = Array.from({ length: tablets }, (_, k) => loop(tokens[k % tokens.length]!, k));
  await new Promise((r) => setTimeout(r, 1000)); // warm-up: JIT, statement caches
  const statsBefore = await server.stats();
  const before = statsBefore.writer;
  measuring = true;
  const t0 = performance.now();
  await new Promise((r) => setTimeout(r, seconds * 1000));
  measuring = false;
  const elapsed = (performance.now() - t0) / 1000;
  const statsAfter = await server.stats();
  const after = statsAfter.writer;
  stop = true;
  await Promise.all(runs);
  const s = summarize(latencies);
  const commits = after.commits - before.commits;
  return {
    tablets,
    orders: s.n,
    perSecond: s.n / elapsed,
    p50: s.p50,
    p99: s.p99,
    errors,
    jobsPerCommit: commits ? (after.jobs - before.jobs) / commits : 0,
    cpuUsPerOrder: s.n ? ((statsAfter.cpuMs - statsBefore.cpuMs) * 1000) / s.n : 0,
  };
}
