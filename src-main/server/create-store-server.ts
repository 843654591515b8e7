/**
 * createStoreServer: the store server as a library, called by the Electron main process,
 * the headless entry and the tests. Startup order (DESIGN.md): logging → [restore a backup
 * when asked] → open database → integrity check (a damaged file is moved aside and the start
 * refused with DatabaseCorruptError) → back up before migrating → migrate → demo/setup →
 * listen → backup and retention schedules. Nothing is served before the database is ready;
 * SSE registries start empty.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Sqlite } from '../db/connection';
import { migrate, pendingMigrations } from '../db/migrator';
import { Writer } from '../db/writer';
import { migrations } from '../../migrations/index';
import { createLogger, type LogLevel, type Logger } from '../logging/logger';
import type { ServiceContext } from '../services/context';
import { SseHub } from '../sse/hub';
import { listStores } from '../repositories/stores.repository';
import { randomTablePassword, seedDemoStore } from '../services/demo.service';
import { issueSetupCode } from '../services/setup-code.service';
import type { BackupInfo } from '../../src-shared/types';
import {
  BackupScheduler,
  backupsDir,
  createBackup,
  DEFAULT_KEEP,
  listBackups,
  rotateBackups,
  type BackupKind,
} from '../services/backup.service';
import {
  openAtStartup,
  restoreAtStartup,
  restoreLive,
  type LiveDatabase,
  type RestoreHooks,
  type RestoreResult,
} from '../services/backup-restore.service';
import { RetentionJob, type RetentionOptions, type RetentionResult } from '../services/retention.service';
import { buildApp } from './app';
import { backupRoutes } from './routes/backups.routes';
import { summaryRoutes } from './routes/summary.routes';
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
  /** Put a backup in place before opening the database: 'latest' (newest good one) or a name. */
  restore?: string;
  backups?: {
    /** Scheduled backups; default hourly, 0 disables. */
    intervalMs?: number;
    /** A `shutdown` backup in close(); default true. */
    onClose?: boolean;
    keep?: Partial<Record<BackupKind, number>>;
  };
  /** Retention job (history > 1 year, events > 7 days, expired tokens); intervalMs 0 disables. */
  retention?: Partial<RetentionOptions> & { firstRunDelayMs?: number };
}

export interface StoreBackups {
  dir: string;
  list(): BackupInfo[];
  create(kind?: BackupKind): Promise<BackupInfo>;
  restore(name: string, hooks?: RestoreHooks): Promise<RestoreResult>;
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
  backups: StoreBackups;
  /** False while starting, restoring a backup or closing (the API answers 503). */
  isReady(): boolean;
  /** Runs the retention job now (it also runs on its schedule). */
  runRetention(): Promise<RetentionResult | null>;
  /** Present when this start created the demo store. */
  demoCredentials?: { storeCode: string; username: string; password: string; tablePassword: string };
  /** Present when this start found no store: the one-time code a setup from the LAN needs. */
  setupCode?: string;
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
  const backupDir = backupsDir(dataDir);
  const keep = { ...DEFAULT_KEEP, ...options.backups?.keep };
  if (options.restore) await restoreAtStartup(dbFile, backupDir, options.restore, migrations, log);
  let db = openAtStartup(dbFile, backupDir, log);
  try {
    // A database with data gets a copy before its schema changes (a failed migration can be undone).
    const pending = pendingMigrations(db, migrations);
    if (pending > 0 && pending < migrations.length) {
      const b = await createBackup(db, backupDir, 'pre-migration');
      rotateBackups(backupDir, keep);
      log.info(`backed up before migrating: ${b.name}`);
    }
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
        options.publicUrl ?? `http://${host === '0.0.0.0' || host === '::' ? lanHost() : host}:${port}`,
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
    const tablePassword = options.demoPassword ?? randomTablePassword();
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

  // --- first-run setup code (SPEC S3): a store-less server can be set up from the LAN only with it.
  const setupCode = listStores(db).length === 0 ? issueSetupCode(ctx) : undefined;
  // --- end setup code

  const scheduler = new BackupScheduler(backupDir, () => db, log.scope('backup'), {
    intervalMs: options.backups?.intervalMs ?? 3600_000,
    keep,
  });
  const retention = new RetentionJob(ctx, log.scope('retention'), options.retention);
  const live: LiveDatabase = {
    file: dbFile,
    current: () => db,
    setReady: (value) => {
      ready = value;
    },
    suspendWrites: () => writer.suspend(),
    attach: (next) => {
      db = next;
      ctx.db = next;
      sse.setDatabase(next);
      writer.resume(next);
    },
    resyncClients: () => sse.resyncAll(),
  };
  const backups: StoreBackups = {
    dir: backupDir,
    list: () => listBackups(backupDir),
    create: (kind = 'manual') => scheduler.take(kind),
    restore: async (name, hooks) => {
      await scheduler.idle();
      await retention.idle();
      return restoreLive(live, backupDir, name, migrations, log.scope('backup'), hooks);
    },
  };

  const app = buildApp(ctx, sse, {
    staticDir: options.staticDir ?? path.join(findRoot(import.meta.dirname), 'dist', 'renderer'),
    health: { version: pkg.version, startedAt, ready: () => ready },
    extraRoutes: [(a) => summaryRoutes(a, ctx), (a) => backupRoutes(a, ctx, backups)],
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
  scheduler.start();
  retention.start(options.retention?.firstRunDelayMs);
  log.info(`store server listening on http://${host}:${port}`);

  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      ready = false;
      scheduler.stop();
      retention.stop();
      sse.close();
      await app.close();
      await retention.idle();
      writer.close();
      await scheduler.idle();
      if (options.backups?.onClose ?? true) {
        await scheduler
          .take('shutdown')
          .catch((error: unknown) => log.error('shutdown backup failed:', error));
      }
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
    get db() {
      return db;
    },
    ctx,
    hub: sse,
    log,
    backups,
    isReady: () => ready,
    runRetention: () => retention.run(),
    demoCredentials,
    setupCode,
    close,
  };
}
