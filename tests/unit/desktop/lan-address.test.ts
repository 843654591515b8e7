import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import {
  isPrivateIpv4,
  pickLanAddress,
  rankLanAddresses,
  tabletUrl,
  type Interfaces,
} from '../../../src-main/server/lan-address';

function v4(address: string, internal = false): NetworkInterfaceInfo {
  return {
    address,
    family: 'IPv4',
    internal,
    netmask: '255.255.255.0',
    mac: '00:00:00:00:00:00',
    cidr: null,
  };
}
function v6(address: string): NetworkInterfaceInfo {
  return {
    address,
    family: 'IPv6',
    internal: false,
    netmask: 'ffff::',
    mac: '00:00:00:00:00:00',
    cidr: null,
    scopeid: 0,
  };
}

describe('pickLanAddress', () => {
  it('prefers a private IPv4 address on a real adapter over loopback, Docker and IPv6', () => {
    const ifaces: Interfaces = {
      lo: [v4('127.0.0.1', true), v6('::1')],
      docker0: [v4('172.17.0.1')],
      'br-3f2a1c': [v4('172.18.0.1')],
      veth12ab: [v4('172.17.0.5')],
      wlp2s0: [v6('fe80::1234'), v4('192.168.0.23')],
    };
    expect(pickLanAddress(ifaces)).toEqual({ address: '192.168.0.23', interfaceName: 'wlp2s0' });
  });

  it('skips link-local addresses (no DHCP answer) and internal ones', () => {
    const ifaces: Interfaces = {
      eth0: [v4('169.254.10.20')],
      lo: [v4('127.0.0.1', true)],
      wlan0: [v4('10.0.0.7')],
    };
    expect(pickLanAddress(ifaces)?.address).toBe('10.0.0.7');
  });

  it('ranks Windows virtual adapters (Hyper-V, VirtualBox, VMware, WSL) below the real one', () => {
    const ifaces: Interfaces = {
      'vEthernet (WSL)': [v4('172.29.96.1')],
      'VirtualBox Host-Only Network': [v4('192.168.56.1')],
      'VMware Network Adapter VMnet8': [v4('192.168.117.1')],
      'Wi-Fi': [v4('192.168.35.40')],
    };
    expect(rankLanAddresses(ifaces).map((a) => a.address)).toEqual([
      '192.168.35.40',
      '172.29.96.1',
      '192.168.56.1',
      '192.168.117.1',
    ]);
  });

  it('keeps the OS order between equally good adapters and lists the others', () => {
    const ifaces: Interfaces = { eth0: [v4('10.1.2.3')], wlan0: [v4('192.168.1.9')] };
    expect(rankLanAddresses(ifaces).map((a) => a.address)).toEqual(['10.1.2.3', '192.168.1.9']);
  });

  it('takes a public address on a real adapter before a private bridge', () => {
    const ifaces: Interfaces = { docker0: [v4('172.17.0.1')], eth0: [v4('203.0.113.5')] };
    expect(pickLanAddress(ifaces)?.address).toBe('203.0.113.5');
  });

  it('accepts the numeric family older Node versions reported', () => {
    const info = { ...v4('192.168.0.5'), family: 4 } as unknown as NetworkInterfaceInfo;
    expect(pickLanAddress({ eth0: [info] })?.address).toBe('192.168.0.5');
  });

  it('gives null with no network, and the tablet URL otherwise', () => {
    const none = pickLanAddress({ lo: [v4('127.0.0.1', true)] });
    expect(none).toBeNull();
    expect(tabletUrl(none, 7780)).toBeNull();
    expect(tabletUrl({ address: '192.168.0.23', interfaceName: 'wlan0' }, 7780)).toBe(
      'http://192.168.0.23:7780/table/',
    );
  });
});

describe('isPrivateIpv4', () => {
  it('knows the RFC 1918 ranges exactly', () => {
    for (const ip of ['10.0.0.1', '172.16.0.1', '172.31.255.254', '192.168.0.1'])
      expect(isPrivateIpv4(ip)).toBe(true);
    for (const ip of ['172.15.0.1', '172.32.0.1', '192.169.0.1', '8.8.8.8', '100.64.0.1', 'x.y'])
      expect(isPrivateIpv4(ip)).toBe(false);
  });
});
