import os from 'node:os';

type Interfaces = ReturnType<typeof os.networkInterfaces>;

const VIRTUAL = /^(docker|br-|veth|virbr|vmnet|vboxnet|tun|tap|utun|zt|wg|tailscale)/i;

function isPrivate(ip: string): boolean {
  return /^10\./.test(ip) || /^192\.168\./.test(ip) || /^172\.(1[6-9]|2\d|3[01])\./.test(ip);
}

/**
 * The IPv4 address tablets on the store LAN should use: a private address on a physical
 * interface first, then any non-internal IPv4, else loopback.
 */
export function pickLanAddress(interfaces: Interfaces = os.networkInterfaces()): string {
  const candidates: { name: string; address: string }[] = [];
  for (const [name, list] of Object.entries(interfaces)) {
    for (const a of list ?? []) {
      if (a.family !== 'IPv4' || a.internal || a.address.startsWith('169.254.')) continue;
      candidates.push({ name, address: a.address });
    }
  }
  const rank = (c: { name: string; address: string }) =>
    (VIRTUAL.test(c.name) ? 2 : 0) + (isPrivate(c.address) ? 0 : 1);
  candidates.sort((a, b) => rank(a) - rank(b));
  return candidates[0]?.address ?? '127.0.0.1';
}
