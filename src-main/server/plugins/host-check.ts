/**
 * Host allow-list (SPEC S3, DNS rebinding). A web page on any site can make a LAN browser send
 * requests to the store server under its own host name, after pointing that name at the
 * store's address; the browser then treats the store as that site. Such requests carry the
 * attacker's name in `Host`, so only requests addressed to the store's own names are served:
 * its interface addresses (IPv4 and IPv6), `localhost`, `127.0.0.1`, `[::1]`, the PC's host
 * name (and `<name>.local`), and the host of the public URL (TABLE_ORDER_PUBLIC_URL), each
 * with or without a port. Anything else is 421 MISDIRECTED_REQUEST.
 *
 * Addresses change (DHCP, Wi-Fi ↔ Ethernet): the interface list is read again on a request
 * when it is more than a few seconds old, never once for good.
 */
import os from 'node:os';
import type { FastifyInstance } from 'fastify';
import { MisdirectedRequestError } from '../../errors/app-error';

const REFRESH_MS = 5_000;

export interface HostCheckOptions {
  /** The public base URL (its host is allowed). */
  publicUrl: () => string;
  /** Interface lister (tests); default os.networkInterfaces. */
  interfaces?: () => NodeJS.Dict<os.NetworkInterfaceInfo[]>;
  /** The PC's host name (tests); default os.hostname. */
  hostname?: () => string;
}

/** The host part of a Host header, lower-case, IPv6 in brackets without a zone; null when malformed. */
export function hostOf(header: string): string | null {
  const h = header.trim().toLowerCase();
  if (h.startsWith('[')) {
    const end = h.indexOf(']');
    if (end < 0) return null;
    const rest = h.slice(end + 1);
    if (rest && !/^:\d{1,5}$/.test(rest)) return null;
    return `[${h.slice(1, end).split('%')[0]}]`;
  }
  const m = /^([^:\s/@]+)(?::\d{1,5})?$/.exec(h);
  return m ? m[1]!.replace(/\.$/, '') : null;
}

function addressHost(address: string): string {
  return address.includes(':') ? `[${address.split('%')[0]!.toLowerCase()}]` : address;
}

export function allowedHosts(options: HostCheckOptions): Set<string> {
  const hosts = new Set(['localhost', '127.0.0.1', '[::1]']);
  for (const infos of Object.values((options.interfaces ?? os.networkInterfaces)())) {
    for (const info of infos ?? []) hosts.add(addressHost(info.address));
  }
  const name = (options.hostname ?? os.hostname)().toLowerCase();
  if (name) {
    hosts.add(name);
    if (!name.includes('.')) hosts.add(`${name}.local`);
  }
  try {
    const publicHost = hostOf(new URL(options.publicUrl()).host);
    if (publicHost) hosts.add(publicHost);
  } catch {
    // A malformed public URL allows nothing extra (config validates it anyway).
  }
  return hosts;
}

export function registerHostCheck(app: FastifyInstance, options: HostCheckOptions): void {
  let hosts = allowedHosts(options);
  let readAt = Date.now();
  app.addHook('onRequest', async (request) => {
    const now = Date.now();
    if (Math.abs(now - readAt) > REFRESH_MS) {
      hosts = allowedHosts(options);
      readAt = now;
    }
    const host = hostOf(request.headers.host ?? '');
    if (host && hosts.has(host)) return;
    throw new MisdirectedRequestError(
      `This store server does not answer to "${(request.headers.host ?? '').slice(0, 100)}"; open it by its own address`,
    );
  });
}
