/**
 * 7. Hostile-LAN limits (SPEC S2), against a server child:
 * - fairness: one table floods POST /api/orders (50 lines each, as fast as it can) while other
 *   tables order at a normal pace; their latency is what a flood must not spoil.
 * - half-open uploads: `n` unauthenticated connections send almost all of a 2 MiB image and
 *   stop; the server's RSS must stay flat (the token is refused before the body is read, and
 *   what follows is thrown away, not kept).
 * - stuck SSE readers: table streams that never read their snapshot.
 * Used by bench/run.ts and tests/api/limits-memory.test.ts; bounded in count and time.
 */
import net from 'node:net';
import { randomUUID } from 'node:crypto';
import type { ServerChild } from './lib/child';
import { makeAgent, request, sleep, summarize } from './lib/http';

export interface FloodResult {
  /** Latency of the other tables' orders while the flood ran. */
  p50: number;
  p99: number;
  others: number;
  otherErrors: number;
  floodAccepted: number;
  floodRefused: number;
}

export async function floodFairness(
  server: ServerChild,
  flooder: string,
  others: string[],
  menus: number[],
  seconds: number,
  /** false: the same guests with nobody flooding (the baseline on this machine right now). */
  flooding = true,
): Promise<FloodResult> {
  let stop = false;
  let floodAccepted = 0;
  let floodRefused = 0;
  const lines = Array.from({ length: 50 }, (_, i) => ({ menu_id: menus[i % menus.length]!, quantity: 99 }));
  const flood = async () => {
    const agent = makeAgent(1);
    while (!stop) {
      const r = await request(
        agent,
        `${server.url}/api/orders`,
        'POST',
        { client_order_id: randomUUID(), items: lines },
        flooder,
      );
      if (r.status === 201) floodAccepted += 1;
      else floodRefused += 1;
    }
    agent.destroy();
  };
  const latencies: number[] = [];
  let otherErrors = 0;
  // Each other table orders every `gap` ms: under the 20-a-minute limit for the whole run.
  const perTable = Math.min(18, Math.max(2, Math.floor(seconds)));
  const gap = (seconds * 1000) / perTable;
  const guest = async (token: string, k: number) => {
    const agent = makeAgent(1);
    await sleep((k * gap) / others.length);
    for (let i = 0; i < perTable && !stop; i++) {
      const t0 = performance.now();
      const r = await request(
        agent,
        `${server.url}/api/orders`,
        'POST',
        { client_order_id: randomUUID(), items: [{ menu_id: menus[k % menus.length]!, quantity: 1 }] },
        token,
      );
      latencies.push(performance.now() - t0);
      if (r.status !== 201) otherErrors += 1;
      await sleep(Math.max(0, gap - (performance.now() - t0)));
    }
    agent.destroy();
  };
  const floods = flooding ? Array.from({ length: 4 }, flood) : [];
  await Promise.all(others.map(guest));
  stop = true;
  await Promise.all(floods);
  const s = summarize(latencies);
  return { p50: s.p50, p99: s.p99, others: s.n, otherErrors, floodAccepted, floodRefused };
}

export interface HalfOpenResult {
  rssBefore: number;
  /** With all `n` uploads stalled one byte short. */
  rssOpen: number;
  /** After they closed. */
  rssAfter: number;
  /** Connections the server had already closed when the uploads stalled. */
  closedEarly: number;
}

const IMAGE_BYTES = 2 * 1024 * 1024;

/** Opens one connection that sends all but the last byte of a 2 MiB image upload, no token. */
function halfUpload(port: number, from: string): Promise<{ socket: net.Socket; closed: () => boolean }> {
  return new Promise((resolve) => {
    let closed = false;
    const socket = net.connect({ host: '127.0.0.1', port, localAddress: from });
    socket.on('error', () => undefined);
    socket.on('close', () => (closed = true));
    socket.on('data', () => undefined);
    socket.once('connect', () => {
      socket.write(
        `POST /api/admin/images HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n` +
          `Content-Type: image/png\r\nContent-Length: ${IMAGE_BYTES}\r\n\r\n`,
      );
      const chunk = Buffer.alloc(64 * 1024, 7);
      let left = IMAGE_BYTES - 1;
      const pump = () => {
        while (left > 0 && !closed) {
          const piece = chunk.subarray(0, Math.min(chunk.length, left));
          left -= piece.length;
          if (!socket.write(piece)) return void socket.once('drain', pump);
        }
        resolve({ socket, closed: () => closed });
      };
      pump();
    });
    socket.once('close', () => resolve({ socket, closed: () => true }));
  });
}

export async function halfOpenUploads(
  server: ServerChild,
  n: number,
  from = '127.0.0.1',
): Promise<HalfOpenResult> {
  await sleep(300);
  const rssBefore = server.rss();
  const open: { socket: net.Socket; closed: () => boolean }[] = [];
  // A few at a time: the point is many stalled at once, not a connect storm.
  for (let i = 0; i < n; i += 25) {
    open.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(25, n - i) }, () => halfUpload(server.port, from)),
      )),
    );
  }
  await sleep(500);
  const rssOpen = server.rss();
  const closedEarly = open.filter((o) => o.closed()).length;
  for (const o of open) o.socket.destroy();
  await sleep(500);
  return { rssBefore, rssOpen, rssAfter: server.rss(), closedEarly };
}

/** Opens SSE streams on `tokens` (each `perToken` times) that never read; returns RSS before/after. */
export async function stuckSseReaders(
  server: ServerChild,
  tokens: string[],
  perToken: number,
): Promise<{ rssBefore: number; rssOpen: number; sockets: net.Socket[] }> {
  await sleep(300);
  const rssBefore = server.rss();
  const sockets: net.Socket[] = [];
  for (const token of tokens) {
    for (let i = 0; i < perToken; i++) {
      const socket = net.connect({ host: '127.0.0.1', port: server.port });
      socket.on('error', () => undefined);
      await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
      socket.write(
        `GET /api/table/events HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n` +
          `Authorization: Bearer ${token}\r\nAccept: text/event-stream\r\n\r\n`,
      );
      // Never read: the kernel's receive buffer fills, then the server's send side backs up.
      socket.pause();
      sockets.push(socket);
    }
  }
  await sleep(1500);
  return { rssBefore, rssOpen: server.rss(), sockets };
}
