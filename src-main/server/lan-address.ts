import os, { type NetworkInterfaceInfo } from 'node:os';

/**
 * Chooses the address tablets should open. The store PC often has more than one interface
 * (Wi-Fi and Ethernet, Docker or VirtualBox bridges, a VPN); the one the tablets can reach is
 * on a real adapter, almost always with a private IPv4 address. Real adapters rank first, then
 * private addresses; ties keep the OS's order. The server (pairing QR, startup lines) and the
 * desktop tray both use this one ranking, so they always show the same address.
 */

export type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

export interface LanAddress {
  address: string;
  interfaceName: string;
}

// Bridges and tunnels that tablets on the shop's Wi-Fi cannot reach.
const VIRTUAL_NAME =
  /^(docker|br-|veth|virbr|vmnet|vboxnet|vnic|zt|tailscale|tun|tap|wg|utun|ham|lxc|lxd|cni|flannel|kube|podman)|vethernet|virtualbox|vmware|hyper-v|wsl|loopback|pseudo/i;

function ipv4Parts(address: string): number[] | null {
  const parts = address.split('.').map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) return null;
  return parts;
}

/** RFC 1918 private ranges, the ones a shop router hands out. */
export function isPrivateIpv4(address: string): boolean {
  const p = ipv4Parts(address);
  if (!p) return false;
  const [a, b] = p as [number, number, number, number];
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

function isLinkLocal(address: string): boolean {
  return address.startsWith('169.254.');
}

function isIpv4(info: NetworkInterfaceInfo): boolean {
  // Node 18.0–18.3 reported the family as a number.
  return info.family === 'IPv4' || (info.family as unknown) === 4;
}

function score(name: string, address: string): number {
  // A bridge is never reachable from a tablet, a public address on a real adapter may be.
  return (VIRTUAL_NAME.test(name) ? 0 : 2) + (isPrivateIpv4(address) ? 1 : 0);
}

/** Every usable address, best first. */
export function rankLanAddresses(interfaces: Interfaces): LanAddress[] {
  const found: Array<LanAddress & { score: number; order: number }> = [];
  let order = 0;
  for (const [name, infos] of Object.entries(interfaces)) {
    for (const info of infos ?? []) {
      order += 1;
      if (info.internal || !isIpv4(info) || isLinkLocal(info.address) || !ipv4Parts(info.address)) continue;
      found.push({ address: info.address, interfaceName: name, score: score(name, info.address), order });
    }
  }
  found.sort((a, b) => b.score - a.score || a.order - b.order);
  return found.map(({ address, interfaceName }) => ({ address, interfaceName }));
}

export function pickLanAddress(interfaces: Interfaces = os.networkInterfaces()): LanAddress | null {
  return rankLanAddresses(interfaces)[0] ?? null;
}

/** The host tablets should use: the best LAN address, or loopback on a PC with no network. */
export function lanHost(interfaces: Interfaces = os.networkInterfaces()): string {
  return pickLanAddress(interfaces)?.address ?? '127.0.0.1';
}

/** The URL tablets open; `null` when the PC has no network (then only this PC can reach the store). */
export function tabletUrl(address: LanAddress | null, port: number): string | null {
  return address ? `http://${address.address}:${port}/table/` : null;
}
