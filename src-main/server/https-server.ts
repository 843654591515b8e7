/**
 * The second port: the same Fastify app over HTTPS (default 7743), with a certificate from the
 * store's own CA (services/tls.service.ts). Every route, hook and answer is the app's own
 * (`app.routing`), so the Host check, security headers, rate limits and SSE caps apply as on
 * plain HTTP; the node-level limits (header size and timeouts, connection cap per address) are
 * set here on the TLS server the same way Fastify sets them on its HTTP one. No HSTS: the plain
 * HTTP origin must keep working for tablets that have not installed the CA.
 *
 * Addresses change (DHCP, Wi-Fi ↔ Ethernet): the names are read again every few minutes and a
 * new leaf is swapped in with setSecureContext(), without a restart or a dropped connection.
 */
import https from 'node:https';
import os from 'node:os';
import { isIP } from 'node:net';
import type { Server as HttpServer } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Logger } from '../logging/logger';
import type { ServiceContext } from '../services/context';
import { ensureCertificates, type StoreCertificates } from '../services/tls.service';
import { fingerprint256, spkiSha256 } from '../services/tls-certificates';
import { rankLanAddresses, type Interfaces } from './lan-address';
import { capConnectionsPerAddress, type ConnectionCounts, type ServerLimits } from './plugins/limits';
import { answerClientError } from './app';

const DEFAULT_CHECK_MS = 3 * 60 * 1000;

export interface HttpsOptions {
  /** Port to listen on; 0 picks a free one (tests). */
  port: number;
  /** Interface lister (tests); default os.networkInterfaces. */
  interfaces?: () => Interfaces;
  /** The PC's host name (tests); default os.hostname. */
  hostname?: () => string;
  /** How often the addresses and the leaf's expiry are checked; 0 never (tests call refresh). */
  checkIntervalMs?: number;
}

/** The running HTTPS side of a store server. */
export interface StoreTls {
  /** The bound port. */
  port: number;
  /** https://127.0.0.1:<port>, for this PC and tests. */
  url: string;
  caPem: string;
  /** The CA's SHA-256 fingerprint, colon hex. */
  caSha256: string;
  /** The CA's public key SHA-256, base64 (Chromium's --ignore-certificate-errors-spki-list). */
  caSpkiSha256: string;
  /** The server certificate served now (PEM). */
  leafPem(): string;
  /** Checks the names and expiry now; true when a new leaf was swapped in. */
  refresh(): Promise<boolean>;
  close(): Promise<void>;
}

const DNS_NAME = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/**
 * Every name the store is reached by, sorted: each LAN IPv4 address it advertises, 127.0.0.1,
 * localhost, the PC's host name and `<name>.local`, and the host of the public URL.
 */
export function serverNames(o: {
  interfaces: () => Interfaces;
  hostname: () => string;
  publicUrl: () => string;
}): string[] {
  const names = new Set(['127.0.0.1', 'localhost']);
  for (const a of rankLanAddresses(o.interfaces())) names.add(a.address);
  const host = o.hostname().toLowerCase();
  if (DNS_NAME.test(host)) {
    names.add(host);
    if (!host.includes('.')) names.add(`${host}.local`);
  }
  try {
    const h = new URL(o.publicUrl()).hostname.replace(/^\[|\]$/g, '').toLowerCase();
    if (isIP(h) || DNS_NAME.test(h)) names.add(h);
  } catch {
    // Config validates the public URL; a bad one adds nothing.
  }
  return [...names].sort();
}

/** Node's HTTP limits, as Fastify applies them to its own server (plugins/limits.ts values). */
function applyLimits(server: HttpServer, limits: ServerLimits): void {
  server.headersTimeout = Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs);
  server.requestTimeout = limits.requestTimeoutMs;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.setTimeout(limits.connectionTimeoutMs);
}

export async function startHttps(
  app: FastifyInstance,
  ctx: ServiceContext,
  o: HttpsOptions & {
    host: string;
    limits: ServerLimits;
    connectionCounts: ConnectionCounts;
    log: Logger;
  },
): Promise<StoreTls> {
  const hostname = o.hostname ?? os.hostname;
  const names = () =>
    serverNames({
      interfaces: o.interfaces ?? os.networkInterfaces,
      hostname,
      publicUrl: ctx.config.publicUrl,
    });
  const caLabel = hostname() || 'Table Order';
  let certs: StoreCertificates = await ensureCertificates(ctx, names(), caLabel);
  const secureContext = (c: StoreCertificates) => ({
    key: c.leaf.keyPem,
    // The CA goes with the leaf: clients that pin it by key (Chromium's SPKI list) see it.
    cert: c.leaf.certPem + c.ca.certPem,
  });

  const server = https.createServer(
    {
      ...secureContext(certs),
      minVersion: 'TLSv1.2',
      maxHeaderSize: o.limits.maxHeaderBytes,
      // A client that opens a TCP connection and never finishes the handshake is dropped.
      handshakeTimeout: o.limits.headersTimeoutMs,
      connectionsCheckingInterval: Math.min(1000, o.limits.headersTimeoutMs),
    },
    (req, res) => app.routing(req, res),
  );
  applyLimits(server, o.limits);
  capConnectionsPerAddress(server, o.limits, o.log, o.connectionCounts);
  server.on('clientError', (error: Error & { code?: string }, socket: Socket) =>
    answerClientError(error, socket),
  );

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: o.host, port: o.port }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : o.port;

  let checking: Promise<boolean> = Promise.resolve(false);
  const refresh = () =>
    (checking = checking
      .catch(() => false)
      .then(async () => {
        const next = await ensureCertificates(ctx, names(), caLabel);
        if (!next.renewed) return false;
        certs = next;
        server.setSecureContext(secureContext(certs));
        return true;
      }));
  const interval = o.checkIntervalMs ?? DEFAULT_CHECK_MS;
  const timer =
    interval > 0
      ? setInterval(() => {
          refresh().catch((error: unknown) => o.log.warn('could not renew the HTTPS certificate:', error));
        }, interval)
      : null;
  timer?.unref();

  return {
    port,
    url: `https://127.0.0.1:${port}`,
    caPem: certs.ca.certPem,
    caSha256: fingerprint256(certs.ca.certPem),
    caSpkiSha256: spkiSha256(certs.ca.certPem),
    leafPem: () => certs.leaf.certPem,
    refresh,
    close: async () => {
      if (timer) clearInterval(timer);
      await checking.catch(() => undefined);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
