/**
 * A real store server for API tests: createStoreServer on port 0 with a fresh temp data folder
 * and the demo store, spoken to over real HTTP (fetch), plus an SSE reader and direct SQLite
 * access for checks and fault injection. Every server started here is closed, and its folder
 * removed, by stopAllServers() (call it in afterAll).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import {
  createStoreServer,
  DB_FILE,
  type StoreServer,
  type StoreServerOptions,
} from '../../../src-main/server/create-store-server';
import type { AdminLoginResponse, TableLoginResponse } from '../../../src-shared/types';
import { openSse, type SseClient } from './sse';

export const DEMO_PASSWORD = 'demo-pass-1234';

export interface ApiResult<T = any> {
  status: number;
  data: T;
  headers: Headers;
  text: string;
}

export interface CallOptions {
  token?: string;
  /** JSON body (serialized, with Content-Type: application/json). */
  body?: unknown;
  /** A raw body sent as is (with `headers` giving its Content-Type). */
  raw?: string | Buffer | Uint8Array;
  headers?: Record<string, string>;
}

export interface TestServer {
  readonly server: StoreServer;
  readonly url: string;
  readonly dataDir: string;
  call<T = any>(method: string, urlPath: string, options?: CallOptions): Promise<ApiResult<T>>;
  adminLogin(username?: string, password?: string): Promise<AdminLoginResponse>;
  tableLogin(tableNumber: number, password?: string): Promise<TableLoginResponse>;
  sse(urlPath: string, token: string, options?: { lastEventId?: string | number }): Promise<SseClient>;
  /** A second connection to the database file, as an outside tool would open it. */
  sql(): Database.Database;
  /** Closes this server and starts a new one on the same data folder (new port). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

const running = new Set<TestServer>();
const folders = new Set<string>();

export async function startServer(extra: Partial<StoreServerOptions> = {}): Promise<TestServer> {
  const dataDir = extra.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'table-order-api-'));
  folders.add(dataDir);
  const options: StoreServerOptions = {
    host: '127.0.0.1',
    port: 0,
    demo: true,
    demoPassword: DEMO_PASSWORD,
    logLevel: 'error',
    // Many tests place orders fast from one table; tests of the limit itself set it.
    tableOrdersPerMinute: 0,
    ...extra,
    dataDir,
  };
  let server = await createStoreServer(options);
  let db: Database.Database | null = null;
  const sseClients = new Set<SseClient>();

  const closeAll = async () => {
    for (const c of sseClients) c.close();
    sseClients.clear();
    db?.close();
    db = null;
    await server.close();
  };

  const t: TestServer = {
    get server() {
      return server;
    },
    get url() {
      return server.url;
    },
    dataDir,
    async call<T>(method: string, urlPath: string, o: CallOptions = {}): Promise<ApiResult<T>> {
      const headers: Record<string, string> = { ...o.headers };
      let body: string | Uint8Array<ArrayBuffer> | undefined;
      if (o.body !== undefined) {
        headers['content-type'] ??= 'application/json';
        body = JSON.stringify(o.body);
      } else if (o.raw !== undefined) {
        body = typeof o.raw === 'string' ? o.raw : new Uint8Array(o.raw).slice();
      }
      if (o.token) headers.authorization = `Bearer ${o.token}`;
      const res = await fetch(server.url + urlPath, { method, headers, body, redirect: 'manual' });
      const text = await res.text();
      let data: unknown = undefined;
      if (text && (res.headers.get('content-type') ?? '').includes('json')) data = JSON.parse(text);
      return { status: res.status, data: data as T, headers: res.headers, text };
    },
    async adminLogin(username = 'admin', password = DEMO_PASSWORD) {
      const r = await t.call<AdminLoginResponse>('POST', '/api/admin/login', {
        body: { store_code: 'demo', username, password },
      });
      if (r.status !== 200) throw new Error(`admin login ${username}: ${r.status} ${r.text}`);
      return r.data;
    },
    async tableLogin(tableNumber, password = DEMO_PASSWORD) {
      const r = await t.call<TableLoginResponse>('POST', '/api/table/login', {
        body: { store_code: 'demo', table_number: tableNumber, password },
      });
      if (r.status !== 200) throw new Error(`table login ${tableNumber}: ${r.status} ${r.text}`);
      return r.data;
    },
    async sse(urlPath, token, o = {}) {
      const client = await openSse(server.url + urlPath, token, o.lastEventId);
      sseClients.add(client);
      void client.closed.then(() => sseClients.delete(client));
      return client;
    },
    sql() {
      db ??= new Database(path.join(dataDir, DB_FILE));
      return db;
    },
    async restart() {
      await closeAll();
      server = await createStoreServer({ ...options, dataDir });
    },
    async close() {
      running.delete(t);
      await closeAll();
    },
  };
  running.add(t);
  return t;
}

/** Closes every server this file started and removes their data folders. */
export async function stopAllServers(): Promise<void> {
  await Promise.all([...running].map((s) => s.close()));
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  folders.clear();
}
