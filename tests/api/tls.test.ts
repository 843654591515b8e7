/**
 * HTTPS on the store LAN: the store CA (made once, kept by restarts and restores, in the
 * database and its backups), the server certificate (covers every advertised address, renewed
 * on an address change without a restart), and the HTTPS port itself (same routes and checks
 * as plain HTTP). Real HTTPS on port 0, verified against the store CA — never unverified.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import https from 'node:https';
import net from 'node:net';
import type { TLSSocket } from 'node:tls';
import { statSync } from 'node:fs';
import path from 'node:path';
import { X509Certificate } from 'node:crypto';
import type { NetworkInterfaceInfo } from 'node:os';
import { startServer, stopAllServers, type TestServer } from './helpers/server';
import { DB_FILE } from '../../src-main/server/create-store-server';
import { rankLanAddresses, type Interfaces } from '../../src-main/server/lan-address';
import { certificateNames, createCa, spkiSha256 } from '../../src-main/services/tls-certificates';
import type { TablesList, TlsInfo } from '../../src-shared/types';

afterAll(stopAllServers);

function iface(address: string): NetworkInterfaceInfo {
  return {
    address,
    netmask: '255.255.255.0',
    family: 'IPv4',
    mac: '00:00:00:00:00:00',
    internal: false,
    cidr: null,
  };
}

/** A PC with Wi-Fi, Ethernet and a Docker bridge (the bridge is not advertised). */
let lan: Interfaces = {
  lo: [{ ...iface('127.0.0.1'), internal: true }],
  eth0: [iface('192.168.0.10')],
  wlan0: [iface('10.1.2.3')],
  docker0: [iface('172.17.0.1')],
};

async function startHttpsServer(extra: Parameters<typeof startServer>[0] = {}): Promise<TestServer> {
  return startServer({
    https: { port: 0, interfaces: () => lan, hostname: () => 'counter-pc', checkIntervalMs: 0 },
    ...extra,
  });
}

interface HttpsResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  peer: X509Certificate;
}

function httpsCall(
  t: TestServer,
  urlPath: string,
  o: { ca?: string; host?: string; token?: string } = {},
): Promise<HttpsResult> {
  const tls = t.server.tls!;
  const headers: Record<string, string> = { host: o.host ?? `127.0.0.1:${tls.port}` };
  if (o.token) headers.authorization = `Bearer ${o.token}`;
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: '127.0.0.1',
        port: tls.port,
        path: urlPath,
        ca: o.ca ?? tls.caPem,
        // The name checked against the certificate: the address connected to, whatever Host says.
        servername: 'localhost',
        headers,
        agent: false,
      },
      (res) => {
        const peer = new X509Certificate((res.socket as TLSSocket).getPeerCertificate(false).raw);
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text, peer }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('store CA and server certificate', () => {
  it('makes the CA once and keeps it across restarts, in the owner-only database', async () => {
    const t = await startHttpsServer();
    const ca = t.server.tls!.caPem;
    const cert = new X509Certificate(ca);
    expect(cert.ca).toBe(true);
    expect(new Date(cert.validTo).getTime() - Date.now()).toBeGreaterThan(10 * 365 * 24 * 3600_000);
    const leaf = new X509Certificate(t.server.tls!.leafPem());
    expect(leaf.ca).toBe(false);
    expect(leaf.checkIssued(cert) && leaf.verify(cert.publicKey)).toBe(true);
    expect(new Date(leaf.validTo).getTime() - Date.now()).toBeLessThan(100 * 24 * 3600_000);

    await t.restart();
    expect(t.server.tls!.caPem).toBe(ca);
    // The key is in the database, which (like every file in the data folder) is owner-only.
    const row = t.sql().prepare("SELECT key_pem FROM tls_certificates WHERE role = 'ca'").get() as {
      key_pem: string;
    };
    expect(row.key_pem).toContain('PRIVATE KEY');
    expect(statSync(path.join(t.dataDir, DB_FILE)).mode & 0o777).toBe(0o600);
  });

  it('covers every advertised LAN address and the PC names, and is renewed when the address changes', async () => {
    const t = await startHttpsServer();
    const names = certificateNames(t.server.tls!.leafPem());
    for (const a of rankLanAddresses(lan)) expect(names).toContain(a.address);
    expect(names).toEqual(
      expect.arrayContaining(['127.0.0.1', 'localhost', 'counter-pc', 'counter-pc.local', '192.168.0.10']),
    );
    const before = await httpsCall(t, '/health');
    expect(before.status).toBe(200);

    const ca = t.server.tls!.caPem;
    const oldLeaf = t.server.tls!.leafPem();
    expect(await t.server.tls!.refresh()).toBe(false); // nothing changed: the same leaf
    lan = { ...lan, eth0: [iface('192.168.0.57')] };
    expect(await t.server.tls!.refresh()).toBe(true);
    const renewed = t.server.tls!.leafPem();
    expect(renewed).not.toBe(oldLeaf);
    expect(t.server.tls!.caPem).toBe(ca);
    expect(certificateNames(renewed)).toContain('192.168.0.57');
    expect(certificateNames(renewed)).not.toContain('192.168.0.10');

    // Served at once on the same port: a new connection gets the new leaf, chained to the same CA.
    const after = await httpsCall(t, '/health');
    expect(after.status).toBe(200);
    expect(after.peer.fingerprint256).toBe(new X509Certificate(renewed).fingerprint256);
    expect(after.peer.subjectAltName).toContain('192.168.0.57');
  });

  it('keeps the CA when a backup from before HTTPS is restored, live or at start-up', async () => {
    const t = await startServer();
    expect(t.server.tls).toBeNull();
    const old = await t.server.backups.create('manual');
    await t.close();

    const secure = await startHttpsServer({ dataDir: t.dataDir });
    const ca = secure.server.tls!.caPem;
    await secure.server.backups.restore(old.name);
    const rows = secure.sql().prepare('SELECT role, cert_pem FROM tls_certificates ORDER BY role').all();
    expect(rows).toEqual([
      { role: 'ca', cert_pem: ca },
      { role: 'leaf', cert_pem: secure.server.tls!.leafPem() },
    ]);
    expect((await secure.call<TlsInfo>('GET', '/api/tls')).data.ca_sha256).toBe(secure.server.tls!.caSha256);

    // The data folder's database lost (a new PC): a backup taken with HTTPS brings the same CA back.
    const withCa = await secure.server.backups.create('manual');
    await secure.close();
    const moved = await startHttpsServer({ dataDir: t.dataDir, restore: withCa.name });
    expect(moved.server.tls!.caPem).toBe(ca);
  });

  it('makes certificates that Node verifies by their chain, and fails a foreign CA', async () => {
    const t = await startHttpsServer();
    const other = await createCa('elsewhere');
    await expect(httpsCall(t, '/health', { ca: other.certPem })).rejects.toThrow();
    expect(spkiSha256(t.server.tls!.caPem)).toBe(t.server.tls!.caSpkiSha256);
  });
});

describe('the HTTPS port', () => {
  it('serves the same routes with a chain to the store CA, no HSTS, and the Host check', async () => {
    const t = await startHttpsServer();
    const health = await httpsCall(t, '/health');
    expect(health.status).toBe(200);
    expect(JSON.parse(health.text).status).toBe('ok');
    expect(health.headers['strict-transport-security']).toBeUndefined();
    expect(health.headers['x-content-type-options']).toBe('nosniff');

    const wrong = await httpsCall(t, '/health', { host: `evil.example:${t.server.tls!.port}` });
    expect(wrong.status).toBe(421);
    expect(JSON.parse(wrong.text).error_code).toBe('MISDIRECTED_REQUEST');
    // The LAN names the certificate is made for are accepted on the HTTPS port too.
    expect((await httpsCall(t, '/health', { host: `localhost:${t.server.tls!.port}` })).status).toBe(200);

    // Plain HTTP answers as before.
    const plain = await t.call('GET', '/health');
    expect(plain.status).toBe(200);
    expect(plain.headers.get('strict-transport-security')).toBeNull();
  });

  it('answers GET /api/tls, /api/tls/check (CORS) and the CA download on both ports', async () => {
    const t = await startHttpsServer();
    const info = await t.call<TlsInfo>('GET', '/api/tls');
    expect(info.status).toBe(200);
    expect(info.data).toEqual({
      enabled: true,
      https_url: `https://127.0.0.1:${t.server.tls!.port}`,
      ca_url: '/tls/store-ca.crt',
      ca_sha256: new X509Certificate(t.server.tls!.caPem).fingerprint256,
    });
    for (const check of [await t.call('GET', '/api/tls/check'), await httpsCall(t, '/api/tls/check')]) {
      expect(check.status).toBe(204);
      const h =
        check.headers instanceof Headers
          ? check.headers.get('access-control-allow-origin')
          : check.headers['access-control-allow-origin'];
      expect(h).toBe('*');
    }
    const ca = await t.call('GET', '/tls/store-ca.crt');
    expect(ca.status).toBe(200);
    expect(ca.headers.get('content-type')).toBe('application/x-x509-ca-cert');
    expect(ca.headers.get('content-disposition')).toBe('attachment; filename="table-order-store-ca.crt"');
    expect(ca.text).toBe(t.server.tls!.caPem);
    expect((await httpsCall(t, '/tls/store-ca.crt')).text).toBe(t.server.tls!.caPem);
  });

  it('records per tablet whether it last called over HTTPS', async () => {
    const t = await startHttpsServer();
    const admin = await t.adminLogin();
    const list = async () =>
      (await t.call<TablesList>('GET', '/api/admin/tables', { token: admin.token })).data;
    const first = await list();
    expect(first.tablet_https_url).toBe(`https://127.0.0.1:${t.server.tls!.port}/table/`);
    expect(first.tables.every((x) => x.last_secure === null)).toBe(true);

    const one = await t.tableLogin(1);
    const two = await t.tableLogin(2);
    expect((await httpsCall(t, '/api/menus', { token: one.token })).status).toBe(200);
    expect((await t.call('GET', '/api/menus', { token: two.token })).status).toBe(200);
    await vi.waitFor(async () => {
      const tables = (await list()).tables;
      expect(tables.find((x) => x.table_number === 1)!.last_secure).toBe(true);
      expect(tables.find((x) => x.table_number === 2)!.last_secure).toBe(false);
      expect(tables.find((x) => x.table_number === 3)!.last_secure).toBeNull();
    });
    // Back on plain HTTP: the badge follows.
    await t.call('GET', '/api/menus', { token: one.token });
    await vi.waitFor(async () =>
      expect((await list()).tables.find((x) => x.table_number === 1)!.last_secure).toBe(false),
    );
  });
});

describe('HTTPS off', () => {
  it('starts over plain HTTP when the HTTPS port is taken', async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const port = (taken.address() as net.AddressInfo).port;
      const t = await startServer({ https: { port, checkIntervalMs: 0 } });
      expect(t.server.tls).toBeNull();
      expect((await t.call<TlsInfo>('GET', '/api/tls')).data.enabled).toBe(false);
      expect((await t.call('GET', '/health')).status).toBe(200);
    } finally {
      taken.close();
    }
  });

  it('serves no HTTPS, says so, and plain HTTP answers unchanged', async () => {
    const t = await startServer();
    expect(t.server.tls).toBeNull();
    const info = await t.call<TlsInfo>('GET', '/api/tls');
    expect(info.data).toEqual({
      enabled: false,
      https_url: null,
      ca_url: '/tls/store-ca.crt',
      ca_sha256: null,
    });
    const ca = await t.call('GET', '/tls/store-ca.crt');
    expect(ca.status).toBe(404);
    expect(ca.data.error_code).toBe('NOT_FOUND');
    const admin = await t.adminLogin();
    const tables = await t.call<TablesList>('GET', '/api/admin/tables', { token: admin.token });
    expect(tables.data.tablet_https_url).toBeNull();
    expect(tables.data.tablet_url).toBe(`${t.url}/table/`);
    expect((await t.call('GET', '/health')).status).toBe(200);
    expect(t.sql().prepare('SELECT COUNT(*) AS n FROM tls_certificates').get()).toEqual({ n: 0 });
  });
});
