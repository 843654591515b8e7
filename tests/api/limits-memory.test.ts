/**
 * Memory under attack (SPEC S2), measured on a store server in its own process (the bench's
 * child: /proc/<pid>/status VmRSS), so the test runner's own memory does not blur the figure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChild, type ServerChild } from '../../bench/lib/child';
import { json, makeAgent, request } from '../../bench/lib/http';
import { adminToken, menuIds, PASSWORD } from '../../bench/lib/store';
import { halfOpenUploads, stuckSseReaders } from '../../bench/limits';

const MB = 1024 * 1024;
let dir: string;
let server: ServerChild;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'table-order-limits-mem-'));
  server = await startChild(dir);
}, 60_000);

afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('memory under attack', () => {
  it('300 unauthenticated, almost complete 2 MiB uploads raise RSS by less than 100 MB', async () => {
    const r = await halfOpenUploads(server, 300);
    expect(r.rssOpen - r.rssBefore, JSON.stringify(r)).toBeLessThan(100 * MB);
    // The server still answers everyone afterwards.
    const agent = makeAgent(1);
    expect((await request(agent, `${server.url}/health`, 'GET')).status).toBe(200);
    agent.destroy();
  }, 60_000);

  it('60 table streams that never read their snapshot raise RSS by a bounded amount', async () => {
    const agent = makeAgent(1);
    const login = () =>
      json<{ token: string }>(agent, `${server.url}/api/table/login`, 'POST', {
        store_code: 'demo',
        table_number: 1,
        password: PASSWORD,
      });
    const first = (await login()).token;
    await adminToken(agent, server.url);
    const menus = await menuIds(agent, server.url, first);
    // The largest list a table can have: the newest 200 orders of 50 full lines each.
    const items = Array.from({ length: 50 }, (_, i) => ({ menu_id: menus[i % menus.length]!, quantity: 99 }));
    for (let i = 0; i < 205; i++) {
      const r = await request(
        agent,
        `${server.url}/api/orders`,
        'POST',
        { client_order_id: crypto.randomUUID(), items },
        first,
      );
      expect(r.status).toBe(201);
    }
    const list = await json<{ orders: unknown[] }>(
      agent,
      `${server.url}/api/orders`,
      'GET',
      undefined,
      first,
    );
    expect(list.orders).toHaveLength(200);
    const snapshotBytes = JSON.stringify(list).length;
    const tokens = [first];
    while (tokens.length < 15) tokens.push((await login()).token);
    agent.destroy();

    const r = await stuckSseReaders(server, tokens, 4);
    try {
      // Without backpressure and sharing, each stream would hold its own copy of the snapshot
      // (here ~50 MB in all); the bound is well under that.
      const bound = 20 * MB;
      expect(snapshotBytes * 60).toBeGreaterThan(2 * bound);
      const detail = { rssBefore: r.rssBefore, rssOpen: r.rssOpen, snapshotBytes };
      expect(r.rssOpen - r.rssBefore, JSON.stringify(detail)).toBeLessThan(bound);
    } finally {
      for (const s of r.sockets) s.destroy();
    }
  }, 120_000);
});
