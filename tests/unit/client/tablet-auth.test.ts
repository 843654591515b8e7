/**
 * The tablet's re-login against a real local HTTP server that refuses the device key (the table
 * password was changed): the tablet goes to setup saying it was unpaired, and a 401 from a
 * request that was already in flight must not replace that reason afterwards.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';

let server: http.Server;
const realFetch = globalThis.fetch;
let deviceLogins = 0;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (req.url === '/api/table/device-login') deviceLogins++;
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ detail: 'Device key refused', error_code: 'AUTH_ERROR' }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The app calls same-origin paths; here the origin is the test server.
  globalThis.fetch = (input, init) => realFetch(base + String(input), init);
  const memory = new Map<string, string>();
  const storage = {
    getItem: (k: string) => memory.get(k) ?? null,
    setItem: (k: string, v: string) => void memory.set(k, v),
    removeItem: (k: string) => void memory.delete(k),
  };
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
  storage.setItem(
    'table-order.tablet.credentials',
    JSON.stringify({ store_code: 'demo', table_number: 3, device_key: 'old-key' }),
  );
  storage.setItem(
    'table-order.tablet.session',
    JSON.stringify({
      token: 'expired',
      expires_at: '2099-01-01T00:00:00Z',
      table_id: 3,
      table_number: 3,
      store_code: 'demo',
      store_name: 'Demo',
    }),
  );
});
afterAll(async () => {
  globalThis.fetch = realFetch;
  await new Promise<void>((r) => server.close(() => r()));
});

it('a refused key says "unpaired", and a late 401 does not turn it into "pairing expired"', async () => {
  const auth = await import('../../../src-renderer/tablet/state/auth-store');
  expect(auth.getAuth().status).toBe('ready');
  // Two requests fail with 401 at once: one re-login serves both.
  const both = await Promise.allSettled([auth.relogin(), auth.relogin()]);
  expect(both.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  expect(deviceLogins).toBe(1);
  expect(auth.getAuth()).toEqual({ status: 'setup', reason: 'unpaired' });
  expect(auth.savedCredentials()).toEqual({ store_code: 'demo', table_number: 3 });
  // A third request that was still on the wire answers 401 after the tablet went to setup.
  await expect(auth.relogin()).rejects.toMatchObject({ status: 401 });
  expect(auth.getAuth()).toEqual({ status: 'setup', reason: 'unpaired' });
  expect(deviceLogins).toBe(1);
});
