/**
 * 2./3. Order → SSE delivery: `subscribers` admin streams (raw sockets), one sender placing
 * orders at a fixed rate. The k-th `order.created` a subscriber receives is the k-th order sent
 * (one store, sent one at a time), so its delay is arrival time − the POST's start time.
 * Then the server's RSS with these connections open.
 */
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { createParser } from 'eventsource-parser';
import type { ServerChild } from './lib/child';
import { makeAgent, request, sleep, summarize } from './lib/http';
import { adminToken } from './lib/store';

// The server keeps at most this many SSE streams per staff token (docs/security.md): the
// subscribers sign in once per this many streams, as that many screens would.
const STREAMS_PER_TOKEN = 8;

export interface SseResult {
  subscribers: number;
  rate: number;
  orders: number;
  delivered: number;
  expected: number;
  p50: number;
  p99: number;
  max: number;
  rssIdle: number;
  rssOpen: number;
}

function subscribe(url: string, token: string, onEvent: () => void): Promise<http.ClientRequest> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      `${url}/api/admin/events`,
      { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' }, agent: false },
      (res) => {
        if (res.statusCode !== 200) reject(new Error(`SSE ${res.statusCode}`));
        res.setEncoding('utf8');
        const parser = createParser({
          onEvent: (e) => {
            if (e.event === 'order.created') onEvent();
          },
        });
        res.on('data', (chunk: string) => parser.feed(chunk));
        res.once('data', () => resolve(req));
      },
    );
    req.on('error', reject);
  });
}

export async function sseDelivery(
  server: ServerChild,
  admin: string,
  tableToken: string,
  menus: number[],
  subscribers: number,
  rate: number,
  seconds: number,
): Promise<SseResult> {
  const rssIdle = server.rss();
  const sent: number[] = [];
  const delays: number[] = [];
  let delivered = 0;
  const conns: http.ClientRequest[] = [];
  const loginAgent = makeAgent(1);
  let token = admin;
  for (let i = 0; i < subscribers; i++) {
    if (i > 0 && i % STREAMS_PER_TOKEN === 0) token = await adminToken(loginAgent, server.url);
    let k = 0;
    conns.push(
      await subscribe(server.url, token, () => {
        const t0 = sent[k++];
        delivered += 1;
        if (t0 !== undefined) delays.push(performance.now() - t0);
      }),
    );
  }
  loginAgent.destroy();
  await sleep(300);
  const rssOpen = server.rss();
  const agent = makeAgent(1);
  const total = Math.round(rate * seconds);
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    sent.push(performance.now());
    const r = await request(
      agent,
      `${server.url}/api/orders`,
      'POST',
      {
        client_order_id: randomUUID(),
        items: [{ menu_id: menus[i % menus.length]!, quantity: 1 }],
      },
      tableToken,
    );
    if (r.status !== 201) throw new Error(`order: ${r.status} ${r.body}`);
  }
  await sleep(500);
  for (const c of conns) c.destroy();
  agent.destroy();
  const s = summarize(delays);
  return {
    subscribers,
    rate,
    orders: total,
    delivered,
    expected: total * subscribers,
    p50: s.p50,
    p99: s.p99,
    max: s.max,
    rssIdle,
    rssOpen,
  };
}
