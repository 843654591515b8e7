/**
 * createStoreServer: the store server as a library, called by the Electron main process,
 * the headless entry and the tests. Startup order (DESIGN.md): logging → open database →
 * integrity check → migrate → demo/setup → listen. Nothing is served before the database is
 * ready; SSE registries start empty.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { openDatabase, type Sqlite } from '../db/connection';
import { migrate } from '../db/migrator';
import { Writer } from '../db/writer';
import { migrations } from '../../migrations/index';
import { createLogger, type LogLevel, type Logger } from '../logging/logger';
import type { ServiceContext } from '../services/context';
import { SseHub } from '../sse/hub';
import { listStores } from '../repositories/stores.repository';
import { seedDemoStore } from '../services/demo.service';
import { buildApp } from './app';
import { lanHost } from './lan-address';
import pkg from '../../package.json' with { type: 'json' };

export interface StoreServerOptions {
  dataDir: string;
  host?: string;
  port?: number;
  /** Create the demo store when the database has no store yet. */
  demo?: boolean;
  /** Fixed demo passwords (tests, demos); random when absent. */
  demoPassword?: string;
  logLevel?: LogLevel;
  /** Folder holding the tablet/, admin/ and kitchen/ builds. */
  staticDir?: string;
  /** Base URL tablets should open (pairing QR); default the LAN address. */
  publicUrl?: string;
  timeZone?: string;
  heartbeatMs?: number;
  logger?: Logger;
}

export interface StoreServer {
  url: string;
  port: number;
  dataDir: string;
  app: FastifyInstance;
  db: Sqlite;
  ctx: ServiceContext;
  hub: SseHub;
  log: Logger;
  /** Present when this start created the demo store. */
  demoCredentials?: { storeCode: string; username: string; password: string; tablePassword: string };
  close(): Promise<void>;
}

export const DB_FILE = 'table-order.db';

function findRoot(start: string): string {
  let dir = start;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) return start;
    dir = up;
  }
  return dir;
}

export async function createStoreServer(options: StoreServerOptions): Promise<StoreServer> {
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const log = options.logger ?? createLogger({ dataDir, level: options.logLevel ?? 'info' });
  const startedAt = Date.now();
  let ready = false;

  const dbFile = path.join(dataDir, DB_FILE);
  const db = openDatabase(dbFile);
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`database integrity check failed: ${String(check)}`);
    const applied = await migrate(db, migrations);
    if (applied.length) log.info(`applied migrations: ${applied.join(', ')}`);
  } catch (error) {
    db.close();
    throw error;
  }

  const host = options.host ?? '0.0.0.0';
  let port = options.port ?? 7780;
  const imagesDir = path.join(dataDir, 'images');
  mkdirSync(imagesDir, { recursive: true });

  let hub: SseHub | null = null;
  const writer = new Writer(
    db,
    (events) => hub?.publish(events),
    (error) => log.error('database write failed:', error),
  );
  const timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'Asia/Seoul';
  const ctx: ServiceContext = {
    db,
    writer,
    log,
    config: {
      dataDir,
      imagesDir,
      timeZone,
      tokenTtlMs: 16 * 60 * 60 * 1000,
      publicUrl: () =>
        options.publicUrl ??
        `http://${host === '0.0.0.0' || host === '::' ? lanHost() : host}:${port}`,
    },
    presence: {
      onlineTables: (storeId) => hub!.onlineTables(storeId),
      closeTable: (id) => hub?.closeTable(id),
      closeStaff: (id) => hub?.closeStaff(id),
    },
  };
  const sse = new SseHub(db, log.scope('sse'), {
    heartbeatMs: options.heartbeatMs ?? 10_000,
    maxBufferedBytes: 1024 * 1024,
    onPresenceChange: (storeId, tableId) => {
      writer
        .write((tx) => tx.emit(storeId, 'table.updated', { table_id: tableId }, tableId))
        .catch((error) => log.warn('could not record tablet presence:', error));
    },
  });
  hub = sse;

  let demoCredentials: StoreServer['demoCredentials'];
  if (options.demo && listStores(db).length === 0) {
    const password = options.demoPassword ?? randomBytes(6).toString('base64url');
    const tablePassword = options.demoPassword ?? String(1000 + (randomBytes(2).readUInt16BE() % 9000));
    await seedDemoStore(ctx, { admin: password, tables: tablePassword });
    demoCredentials = { storeCode: 'demo', username: 'admin', password, tablePassword };
    writeFileSync(
      path.join(dataDir, 'FIRST_RUN.txt'),
      [
        'Table Order demo store',
        `store code:      demo`,
        `manager:         admin / ${password}`,
        `table password:  ${tablePassword} (tables 1-10)`,
        '',
        'Change these passwords in the admin screen before real use.',
        '',
      ].join('\n'),
      { mode: 0o600 },
    );
  }

  const app = buildApp(ctx, sse, {
    staticDir: options.staticDir ?? path.join(findRoot(import.meta.dirname), 'dist', 'renderer'),
    health: { version: pkg.version, startedAt, ready: () => ready },
  });

  try {
    await app.listen({ host, port });
  } catch (error) {
    sse.close();
    db.close();
    throw error;
  }
  const address = app.server.address();
  port = typeof address === 'object' && address ? address.port : port;
  ready = true;
  log.info(`store server listening on http://${host}:${port}`);

  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      ready = false;
      sse.close();
      await app.close();
      writer.close();
      try {
        db.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        db.close();
      }
      log.info('store server stopped');
    })());

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    dataDir,
    app,
    db,
    ctx,
    hub: sse,
    log,
    demoCredentials,
    close,
  };
}
