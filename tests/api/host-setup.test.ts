/**
 * DNS rebinding and first-run setup on a hostile LAN (SPEC S3, API-2 "Security"): only
 * requests addressed to the store's own names are served (421 MISDIRECTED_REQUEST
 * otherwise), and a store-less server can be set up from the LAN only with its one-time code.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, stopAllServers, type TestServer } from './helpers/server';
import { expectError } from './helpers/api';
import { lanCall } from './helpers/lan';

let t: TestServer;

beforeAll(async () => {
  t = await startServer({ publicUrl: 'http://store.example:7780' });
});
afterAll(stopAllServers);

const setupBody = { store_code: 'cafe', store_name: 'Cafe', username: 'owner', password: 'owner-pass' };

describe('Host allow-list', () => {
  it('a request for another host name is 421 MISDIRECTED_REQUEST, on every route', async () => {
    for (const [method, url] of [
      ['POST', '/api/setup'],
      ['POST', '/api/admin/login'],
      ['GET', '/health'],
      ['GET', '/admin/'],
      ['GET', '/api/menus'],
    ] as const) {
      const r = await lanCall(t.url, method, url, {
        from: '127.0.0.1',
        host: `attacker.example:${t.server.port}`,
        body: method === 'POST' ? {} : undefined,
      });
      expect(r.status, `${method} ${url}`).toBe(421);
      expect(r.data).toEqual({ detail: expect.any(String), error_code: 'MISDIRECTED_REQUEST' });
    }
    // A rebinding page's name without a port, and names that only look like the store's.
    for (const host of [
      'attacker.example',
      'localhost.attacker.example',
      '127.0.0.1.nip.io',
      'store.example.evil',
    ]) {
      expect((await lanCall(t.url, 'GET', '/health', { from: '127.0.0.1', host })).status, host).toBe(421);
    }
  });

  it('the store names and addresses are served, with or without the port', async () => {
    const port = t.server.port;
    const lan = Object.values(os.networkInterfaces())
      .flat()
      .filter((i) => i && !i.internal)
      .map((i) => (i!.address.includes(':') ? `[${i!.address.split('%')[0]}]` : i!.address));
    for (const host of [
      `127.0.0.1:${port}`,
      '127.0.0.1',
      `localhost:${port}`,
      'LOCALHOST',
      `[::1]:${port}`,
      'store.example',
      'store.example:7780',
      ...lan.map((a) => `${a}:${port}`),
    ]) {
      expect((await lanCall(t.url, 'GET', '/health', { from: '127.0.0.1', host })).status, host).toBe(200);
    }
  });
});

describe('setup code', () => {
  it('a store-less server makes a one-time code, shows it and writes it to SETUP_CODE.txt (0600)', async () => {
    const empty = await startServer({ demo: false });
    const code = empty.server.setupCode!;
    expect(code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
    const file = path.join(empty.dataDir, 'SETUP_CODE.txt');
    expect(readFileSync(file, 'utf8')).toContain(code);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(t.server.setupCode).toBeUndefined();
    await empty.close();
  });

  it('from the LAN: 403 without or with a wrong code (counted), 201 with it; then the code is gone', async () => {
    const empty = await startServer({ demo: false });
    const code = empty.server.setupCode!;
    const setup = (from: string, body: object) => lanCall(empty.url, 'POST', '/api/setup', { from, body });

    expectError(await setup('127.0.0.2', setupBody), 403);
    for (let i = 0; i < 4; i++) {
      expectError(await setup('127.0.0.2', { ...setupBody, setup_code: `WRONG-${i}AAAA` }), 403);
    }
    // The 6th attempt from that address is a 429, even with the right code.
    const limited = await setup('127.0.0.2', { ...setupBody, setup_code: code });
    expectError(limited, 429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await empty.call('GET', '/health')).data.setup_required).toBe(true);

    // Another device with the code (typed in lower case, without the dash) sets the store up.
    const ok = await setup('127.0.0.3', { ...setupBody, setup_code: code.replace('-', '').toLowerCase() });
    expect(ok.status, ok.text).toBe(201);
    expect(existsSync(path.join(empty.dataDir, 'SETUP_CODE.txt'))).toBe(false);
    expectError(await setup('127.0.0.3', { ...setupBody, setup_code: code }), 409);
    expect((await empty.call('GET', '/health')).data.setup_required).toBe(false);
    await empty.close();
  });

  it('from the store PC no code is needed', async () => {
    const empty = await startServer({ demo: false });
    expect((await empty.call('POST', '/api/setup', { body: setupBody })).status).toBe(201);
    await empty.close();
  });
});

describe('demo store', () => {
  it('its random table password is 6 digits and logs a tablet in', async () => {
    const demo = await startServer({ demoPassword: undefined });
    const c = demo.server.demoCredentials!;
    expect(c.tablePassword).toMatch(/^\d{6}$/);
    expect(readFileSync(path.join(demo.dataDir, 'FIRST_RUN.txt'), 'utf8')).toContain(c.tablePassword);
    expect((await demo.tableLogin(1, c.tablePassword)).table.table_number).toBe(1);
    await demo.close();
  });
});
