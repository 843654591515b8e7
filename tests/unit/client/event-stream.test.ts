/**
 * The client event stream against a real local HTTP server on port 0 that speaks SSE:
 * parsing, typed dispatch, Last-Event-ID resume, resync, backoff and the health probe that
 * ends a long backoff as soon as the server answers again.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  connectEventStream,
  type ConnectionInfo,
  type EventStream,
} from '../../../src-renderer/common/event-stream';

interface Seen {
  url: string;
  lastEventId: string | undefined;
  authorization: string | undefined;
}

/** An SSE endpoint whose behaviour each test scripts; `/health` answers 200 unless told not to. */
async function sseServer(onStream: (res: http.ServerResponse, seen: Seen) => void, port = 0) {
  const requests: Seen[] = [];
  const healthHits: number[] = [];
  const open = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    if (req.url === '/health') {
      healthHits.push(Date.now());
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      return;
    }
    const seen: Seen = {
      url: req.url ?? '',
      lastEventId: req.headers['last-event-id'] as string | undefined,
      authorization: req.headers.authorization,
    };
    requests.push(seen);
    open.add(res);
    res.on('close', () => open.delete(res));
    onStream(res, seen);
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  const actual = (server.address() as AddressInfo).port;
  return {
    port: actual,
    url: `http://127.0.0.1:${actual}`,
    requests,
    healthHits,
    /** Drops every open stream and stops listening (the server "goes away"). */
    stop: () =>
      new Promise<void>((r) => {
        for (const res of open) res.destroy();
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

const begin = (res: http.ServerResponse) =>
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });

function until(check: () => boolean, timeoutMs = 5000): Promise<void> {
  return new Promise((resolve, reject) => {
    const start = Date.now();
    const tick = () => {
      if (check()) resolve();
      else if (Date.now() - start > timeoutMs) reject(new Error('condition not met in time'));
      else setTimeout(tick, 10);
    };
    tick();
  });
}

const streams: EventStream[] = [];
const servers: { stop: () => Promise<void> }[] = [];
afterEach(async () => {
  for (const s of streams.splice(0)) s.close();
  for (const s of servers.splice(0)) await s.stop().catch(() => undefined);
});

describe('event stream', () => {
  it('parses frames split across chunks and dispatches each type to its typed handler', async () => {
    const srv = await sseServer((res) => {
      begin(res);
      res.write('retry: 1000\n\n: ping\n\n');
      res.write('id: 7\nevent: order.del');
      res.write('eted\ndata: {"order_id":3,\ndata: "table_id":2}\n\n');
      res.write('event: snapshot\r\ndata: {"orders":[]}\r\n\r\n');
      res.write('id: 8\nevent: menu.updated\ndata: {}\n\n');
    });
    servers.push(srv);
    const got: unknown[] = [];
    const stream = connectEventStream<{ orders: unknown[] }>({
      url: `${srv.url}/events`,
      getToken: () => 'tok',
      handlers: {
        'order.deleted': (d, id) => got.push(['deleted', d.order_id, d.table_id, id]),
        snapshot: (d, id) => got.push(['snapshot', d.orders.length, id]),
        'menu.updated': (_d, id) => got.push(['menu', id]),
      },
    });
    streams.push(stream);
    await until(() => got.length === 3);
    expect(got).toEqual([
      ['deleted', 3, 2, 7],
      ['snapshot', 0, null],
      ['menu', 8],
    ]);
    expect(stream.lastEventId()).toBe(8);
    expect(stream.info().state).toBe('live');
    expect(srv.requests[0]!.authorization).toBe('Bearer tok');
  });

  it('resumes with Last-Event-ID after the stream drops, and a resync reaches its handler', async () => {
    let n = 0;
    const srv = await sseServer((res) => {
      begin(res);
      n += 1;
      if (n === 1) {
        res.write('id: 41\nevent: table.updated\ndata: {"table_id":1}\n\n');
        res.end();
      } else {
        res.write('event: resync\ndata: {}\n\n');
      }
    });
    servers.push(srv);
    let resyncs = 0;
    const stream = connectEventStream({
      url: `${srv.url}/events`,
      lastEventId: 40,
      initialBackoffMs: 20,
      handlers: { resync: () => (resyncs += 1) },
    });
    streams.push(stream);
    await until(() => resyncs === 1);
    expect(srv.requests.map((r) => r.lastEventId)).toEqual(['40', '41']);
  });

  it('forgets the cursor on resetCursor, so the next connect asks for a snapshot', async () => {
    const srv = await sseServer((res) => {
      begin(res);
      res.write('id: 5\nevent: table.updated\ndata: {"table_id":1}\n\n');
      res.end();
    });
    servers.push(srv);
    let events = 0;
    const stream = connectEventStream({
      url: `${srv.url}/events`,
      initialBackoffMs: 20,
      handlers: { 'table.updated': () => (events += 1) },
    });
    streams.push(stream);
    await until(() => events === 1);
    stream.resetCursor();
    await until(() => srv.requests.length >= 2);
    expect(srv.requests[1]!.lastEventId).toBeUndefined();
  });

  it('keeps retrying with backoff while the server answers errors, without probing /health', async () => {
    const srv = await sseServer((res) => res.writeHead(500).end());
    servers.push(srv);
    const states: ConnectionInfo['state'][] = [];
    const stream = connectEventStream({
      url: `${srv.url}/events`,
      initialBackoffMs: 40,
      maxBackoffMs: 160,
      healthProbeMs: 10,
      handlers: {},
      onState: (i) => states.push(i.state),
    });
    streams.push(stream);
    await until(() => srv.requests.length >= 5);
    expect(states).toContain('reconnecting');
    // The server answered (with an error), so it is up: the health probe must not cut the backoff.
    expect(srv.healthHits).toHaveLength(0);
  });

  it('stops on 401 and reports unauthorized; reconnect() tries again', async () => {
    let refuse = true;
    const srv = await sseServer((res) => {
      if (refuse) return void res.writeHead(401).end();
      begin(res);
      res.write(': ping\n\n');
    });
    servers.push(srv);
    const stream = connectEventStream({ url: `${srv.url}/events`, initialBackoffMs: 10, handlers: {} });
    streams.push(stream);
    await until(() => stream.info().state === 'unauthorized');
    await new Promise((r) => setTimeout(r, 100));
    expect(srv.requests).toHaveLength(1);
    refuse = false;
    stream.reconnect();
    await until(() => stream.info().state === 'live');
  });

  it('drops a silent connection after the heartbeat window and connects again', async () => {
    const srv = await sseServer((res) => begin(res).flushHeaders());
    servers.push(srv);
    const stream = connectEventStream({
      url: `${srv.url}/events`,
      silenceMs: 100,
      initialBackoffMs: 10,
      handlers: {},
    });
    streams.push(stream);
    await until(() => srv.requests.length >= 2);
  });

  it('reconnects as soon as /health answers after an outage, not after the long backoff', async () => {
    const script = (res: http.ServerResponse) => {
      begin(res);
      res.write('id: 3\nevent: table.updated\ndata: {"table_id":1}\n\n');
    };
    const first = await sseServer(script);
    const states: ConnectionInfo['state'][] = [];
    const stream = connectEventStream({
      url: `${first.url}/events`,
      healthUrl: `${first.url}/health`,
      healthProbeMs: 50,
      // A backoff far longer than the test: only the probe can bring the stream back.
      initialBackoffMs: 60_000,
      handlers: {},
      onState: (i) => states.push(i.state),
    });
    streams.push(stream);
    await until(() => stream.info().state === 'live' && stream.lastEventId() === 3);
    await first.stop();
    await until(() => stream.info().state === 'reconnecting');
    // Down for a while: the probe keeps failing without giving up.
    await new Promise((r) => setTimeout(r, 300));
    const again = await sseServer(script, first.port);
    servers.push(again);
    await until(() => stream.info().state === 'live', 5000);
    expect(again.healthHits.length).toBeGreaterThanOrEqual(1);
    expect(again.requests[0]!.lastEventId).toBe('3');
  });
});
