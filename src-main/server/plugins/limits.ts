/**
 * Limits against a hostile LAN (SPEC S2): timeouts on every connection and request, a cap on
 * connections per client address, security headers and load shedding. The values and why each
 * was chosen are in docs/security.md; tests shorten the timeouts through StoreServerOptions.
 *
 * Fastify's and node's own options do the timing (node's HTTP parser already tracks the time
 * to the end of the headers and of the body, per connection); @fastify/helmet sets the headers
 * and @fastify/under-pressure the 503 under overload. Only the per-address connection cap is
 * written here: no plugin counts sockets per address before a request exists.
 */
import type { Server, ServerOptions } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import fastifyHelmet from '@fastify/helmet';
import fastifyUnderPressure from '@fastify/under-pressure';
import { ServiceUnavailableError } from '../../errors/app-error';
import type { Logger } from '../../logging/logger';

export interface ServerLimits {
  /** The request line and headers must arrive within this (slow-headers attacks). */
  headersTimeoutMs: number;
  /** The whole request, body included (a 2 MiB image over weak Wi-Fi fits easily). */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** A connection with no byte either way for this long is closed (SSE streams excepted). */
  connectionTimeoutMs: number;
  /** Request line plus headers. */
  maxHeaderBytes: number;
  /** Open connections per LAN address; more are destroyed at once. */
  connectionsPerAddress: number;
  /** Open connections from this PC (the desktop app, local tools, tests and the bench). */
  connectionsPerLoopback: number;
  /** Open SSE streams per table token; the oldest is closed when a new one opens. */
  sseStreamsPerTableToken: number;
  /** Open SSE streams per staff token (several admin/kitchen tabs on one login). */
  sseStreamsPerStaffToken: number;
  /** Mean event-loop delay (ms) over a second above which requests get 503 at once. */
  maxEventLoopDelayMs: number;
}

export const DEFAULT_LIMITS: ServerLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 60_000,
  keepAliveTimeoutMs: 10_000,
  connectionTimeoutMs: 30_000,
  maxHeaderBytes: 16 * 1024,
  connectionsPerAddress: 64,
  connectionsPerLoopback: 4096,
  sseStreamsPerTableToken: 4,
  sseStreamsPerStaffToken: 8,
  maxEventLoopDelayMs: 1000,
};

/** Fastify constructor options for the timeouts and header size. */
export function serverOptions(limits: ServerLimits) {
  const http: ServerOptions = {
    maxHeaderSize: limits.maxHeaderBytes,
    headersTimeout: Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs),
    // node checks those two deadlines on this interval (default 30 s: far too coarse).
    connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs),
  };
  return {
    http,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    connectionTimeout: limits.connectionTimeoutMs,
  };
}

/** The client's address as the socket reports it, IPv4-mapped IPv6 unwrapped. */
export function clientAddress(socket: Socket): string {
  const a = socket.remoteAddress ?? '';
  return a.startsWith('::ffff:') ? a.slice(7) : a;
}

export function isLoopback(address: string): boolean {
  // 127.0.0.2 and up are how tests play a LAN device (tests/api/helpers/lan.ts); the store PC
  // itself always connects from 127.0.0.1 or ::1.
  return address === '127.0.0.1' || address === '::1';
}

/** Open connections per client address, shared by the HTTP and HTTPS ports (one cap for both). */
export type ConnectionCounts = Map<string, number>;

/** Destroys a new connection when its address already has its cap of open ones. */
export function capConnectionsPerAddress(
  server: Server,
  limits: ServerLimits,
  log: Logger,
  open: ConnectionCounts = new Map(),
): void {
  let warned = 0;
  server.on('connection', (socket: Socket) => {
    const address = clientAddress(socket);
    const cap = isLoopback(address) ? limits.connectionsPerLoopback : limits.connectionsPerAddress;
    const n = open.get(address) ?? 0;
    if (n >= cap) {
      // At most one line a minute: a flood must not fill the log.
      if (Date.now() - warned > 60_000) {
        warned = Date.now();
        log.warn(`refusing connections from ${address}: ${n} already open (cap ${cap})`);
      }
      socket.destroy();
      return;
    }
    open.set(address, n + 1);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });
}

class OverloadedError extends ServiceUnavailableError {
  constructor() {
    super('The store server is overloaded; try again in a few seconds', 5);
  }
}

/** nosniff, no referrer, no framing (the CSP of the web apps stays with static.ts); 503 under overload. */
export function registerProtection(app: FastifyInstance, limits: ServerLimits): void {
  app.register(fastifyHelmet, {
    // static.ts sets the apps' own CSP on their HTML; JSON answers need none.
    contentSecurityPolicy: false,
    // Plain http on the shop LAN: HSTS would only be ignored (or, behind https, pin it).
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'no-referrer' },
    // Menu images are same-origin; keep the default same-origin resource policy.
  });
  app.register(fastifyUnderPressure, {
    maxEventLoopDelay: limits.maxEventLoopDelayMs,
    customError: OverloadedError,
    retryAfter: 5,
  });
}
