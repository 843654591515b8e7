/** The Host allow-list: parsing, the names allowed, and addresses that change (DHCP). */
import Fastify from 'fastify';
import type { NetworkInterfaceInfo } from 'node:os';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { allowedHosts, hostOf, registerHostCheck } from '../../../src-main/server/plugins/host-check';
import { registerErrorHandler } from '../../../src-main/server/plugins/error-handler';

afterEach(() => {
  vi.useRealTimers();
});

const nic = (address: string, internal = false) => ({ address, internal }) as NetworkInterfaceInfo;

describe('hostOf', () => {
  it('takes the host part, lower-case, IPv6 in brackets without a zone', () => {
    expect(hostOf('Store.Example:7780')).toBe('store.example');
    expect(hostOf('192.168.0.10')).toBe('192.168.0.10');
    expect(hostOf('[FE80::1%eth0]:7780')).toBe('[fe80::1]');
    expect(hostOf('localhost.')).toBe('localhost');
    for (const bad of ['', 'a b', 'x:y', 'user@host', '[::1', '[::1]x', 'a/b'])
      expect(hostOf(bad)).toBeNull();
  });
});

describe('allowedHosts', () => {
  it('is loopback, every interface address, the host name and the public URL host', () => {
    const hosts = allowedHosts({
      publicUrl: () => 'http://order.cafe.kr:8080',
      interfaces: () => ({
        lo: [nic('127.0.0.1', true)],
        wlan0: [nic('192.168.0.23'), nic('fe80::2%wlan0')],
      }),
      hostname: () => 'CounterPC',
    });
    expect([...hosts].sort()).toEqual(
      [
        'localhost',
        '127.0.0.1',
        '[::1]',
        '192.168.0.23',
        '[fe80::2]',
        'counterpc',
        'counterpc.local',
        'order.cafe.kr',
      ].sort(),
    );
  });
});

describe('registerHostCheck', () => {
  it('follows a changed address within seconds, not once for good', async () => {
    let address = '192.168.0.23';
    const app = Fastify();
    registerErrorHandler(app, { error: () => {}, warn: () => {} } as never);
    registerHostCheck(app, {
      publicUrl: () => 'http://127.0.0.1:7780',
      interfaces: () => ({ wlan0: [nic(address)] }),
      hostname: () => 'pc',
    });
    app.get('/x', async () => ({ ok: true }));
    const get = (host: string) => app.inject({ method: 'GET', url: '/x', headers: { host } });
    expect((await get('192.168.0.23:7780')).statusCode).toBe(200);
    const evil = await get('evil.example');
    expect(evil.statusCode).toBe(421);
    expect(evil.json()).toEqual({ detail: expect.any(String), error_code: 'MISDIRECTED_REQUEST' });

    address = '192.168.0.57';
    vi.setSystemTime(Date.now() + 10_000);
    expect((await get('192.168.0.57:7780')).statusCode).toBe(200);
    expect((await get('192.168.0.23:7780')).statusCode).toBe(421);
    await app.close();
  });
});
