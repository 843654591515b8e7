/**
 * createStoreServer: the store server as a library, called by the Electron main process,
 * the headless entry and the tests. Startup order (DESIGN.md): logging → open the database
 * ([restore a backup when asked], integrity check: a damaged file is moved aside and the start
 * refused with DatabaseCorruptError) → migrate (backing up first) → build services (writer,
 * event bus, SSE hub) → seed demo → build app → listen → start schedules. The steps live in
 * store-server-steps.ts; everything mutable belongs to one server instance. Nothing is served before the database is ready;
 * SSE registries start empty.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Sqlite } from '../db/connection';
import { OrderNumberLedger } from '../db/order-number-ledger';
import { ensurePrivateDir, securePermissions } from '../db/file-modes';
import { migrations } from '../../migrations/index';
import { createLogger, type LogLevel, type Logger } from '../logging/logger';
import type { ServiceContext } from '../services/context';
import type { SseHub } from '../sse/hub';
import { issueSetupCode } from '../services/setup-code.service';
import { setupRequired } from '../services/auth.service';
import type { BackupInfo } from '../../src-shared/types';
import {
  BackupScheduler,
  backupsDir,
  DEFAULT_KEEP,
  listBackups,
  type BackupKind,
} from '../services/backup.service';
import {
  restoreLive,
  type LiveDatabase,
  type RestoreHooks,
  type RestoreResult,
} from '../services/backup-restore.service';
import { RetentionJob, type RetentionOptions, type RetentionResult } from '../services/retention.service';
import {
  DEFAULT_PRINTER_WORKER,
  PrinterWorker,
  type PrinterWorkerOptions,
} from '../services/printer-worker.service';
import { buildApp } from './app';
import { DEFAULT_LIMITS, type ConnectionCounts, type ServerLimits } from './plugins/limits';
import { startHttps, type HttpsOptions, type StoreTls } from './https-server';
import {
  buildServices,
  migrateDatabase,
  openStoreDatabase,
  seedDemo,
  type DataPaths,
  type DemoCredentials,
  type Listening,
} from './store-server-steps';
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
  /** Start (an empty store if need be) although an earlier start found the database damaged. */
  acceptNewStore?: boolean;
  backups?: {
    /** Scheduled backups; default hourly, 0 disables. */
    intervalMs?: number;
    /** A `shutdown` backup in close(); default true. */
    onClose?: boolean;
    keep?: Partial<Record<BackupKind, number>>;
  };
  /** Orders one table may place per minute (429 beyond); default 20, 0 turns the limit off. */
  tableOrdersPerMinute?: number;
  /** Timeouts, connection and SSE stream caps; defaults in plugins/limits.ts. */
  limits?: Partial<ServerLimits>;
  /** Retention job (history > 1 year, events > 7 days, expired tokens); intervalMs 0 disables. */
  retention?: Partial<RetentionOptions> & { firstRunDelayMs?: number };
  /** The printer worker's timings (A14); defaults in printer-worker.service.ts. */
  printing?: Partial<PrinterWorkerOptions>;
  /**
   * HTTPS on a second port with the store's own CA (https-server.ts); absent: HTTP only.
   * Tests pass `{ port: 0 }`; the entries pass TABLE_ORDER_HTTPS_PORT (default 7743).
   */
  https?: HttpsOptions;
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
  demoCredentials?: DemoCredentials;
  /** Present when this start found no store: the one-time code a setup from the LAN needs. */
  setupCode?: string;
  /** The HTTPS port, its CA and certificate; null when HTTPS is off. */
  tls: StoreTls | null;
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
  ensurePrivateDir(dataDir);
  const log = options.logger ?? createLogger({ dataDir, level: options.logLevel ?? 'info' });
  const startedAt = Date.now();
  const paths: DataPaths = {
    dataDir,
    dbFile: path.join(dataDir, DB_FILE),
    backupDir: backupsDir(dataDir),
    imagesDir: path.join(dataDir, 'images'),
  };
  const keep = { ...DEFAULT_KEEP, ...options.backups?.keep };
  const listening: Listening = {
    host: options.host ?? '0.0.0.0',
    port: options.port ?? 7780,
    httpsPort: null,
  };
  const limits: ServerLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const connectionCounts: ConnectionCounts = new Map();

  // Order numbers never repeat, even after a restore: a ledger beside the database (db/).
  const orderNumbers = OrderNumberLedger.inDataDir(dataDir);

  // 1. open the database (restoring a backup first when asked), 2. migrate
  const first = await openStoreDatabase(paths, options, orderNumbers, log);
  await migrateDatabase(first, paths, keep, orderNumbers, log);

  // 3. services, event bus and SSE hub
  const { ctx, writer, hub, bus } = buildServices(
    first,
    paths,
    listening,
    { ...options, limits },
    orderNumbers,
    log,
  );
  // The live handle: a restore swaps the database under every user of ctx.db.
  const live: LiveDatabase & { ready: boolean } = {
    file: paths.dbFile,
    ready: false,
    restoring: false,
    current: () => ctx.db,
    setReady(value) {
      this.ready = value;
    },
    suspendWrites: () => writer.suspend(),
    attach: (next) => {
      ctx.db = next;
      hub.setDatabase(next);
      writer.resume(next);
    },
    resyncClients: () => hub.resyncAll(),
    counterFloors: () => orderNumbers.floors(),
  };

  // 4. demo store; a store-less server gets the one-time setup code (SPEC S3)
  const demoCredentials = options.demo ? await seedDemo(ctx, options.demoPassword) : undefined;
  const setupCode = setupRequired(ctx) ? issueSetupCode(ctx) : undefined;
  // Owner-only modes for everything in the data folder, also one made by an older version.
  for (const problem of securePermissions(dataDir)) log.warn(`could not make private: ${problem}`);

  // 5. schedules (started after listen) and the backup operations
  const scheduler = new BackupScheduler(paths.backupDir, () => ctx.db, log.scope('backup'), {
    intervalMs: options.backups?.intervalMs ?? 3600_000,
    keep,
  });
  const retention = new RetentionJob(ctx, log.scope('retention'), options.retention);
  const printing = new PrinterWorker(ctx, log.scope('print'), {
    ...DEFAULT_PRINTER_WORKER,
    ...options.printing,
  });
  // Kitchen jobs are committed with their order: the worker looks as soon as one lands.
  bus.subscribe((events) => {
    if (events.some((e) => e.type === 'order.created')) ctx.printers.wake();
  });
  const backups: StoreBackups = {
    dir: paths.backupDir,
    list: () => listBackups(paths.backupDir),
    create: (kind = 'manual') => scheduler.take(kind),
    restore: async (name, hooks) => {
      await scheduler.idle();
      await retention.idle();
      return restoreLive(live, paths.backupDir, name, migrations, log.scope('backup'), hooks);
    },
  };

  // 6. the app, 7. listen
  const app = buildApp(ctx, hub, {
    staticDir: options.staticDir ?? path.join(findRoot(import.meta.dirname), 'dist', 'renderer'),
    health: { version: pkg.version, startedAt, ready: () => live.ready },
    backups,
    limits,
    tableOrdersPerMinute: options.tableOrdersPerMinute ?? 20,
    connectionCounts,
  });
  await listen(app, listening, () => {
    hub.close();
    ctx.db.close();
  });
  let tls: StoreTls | null = null;
  if (options.https) {
    try {
      tls = await startHttps(app, ctx, {
        ...options.https,
        host: listening.host,
        limits,
        connectionCounts,
        log: log.scope('https'),
      });
      listening.httpsPort = tls.port;
    } catch (error) {
      // HTTPS is an extra: a taken port must not stop the store, which works over HTTP as before.
      log.error(`HTTPS is off for this run: it could not start on port ${options.https.port}:`, error);
    }
  }
  live.ready = true;

  // 8. schedules
  scheduler.start();
  retention.start(options.retention?.firstRunDelayMs);
  printing.start();
  log.info(`store server listening on http://${listening.host}:${listening.port}`);
  if (tls) {
    log.info(`HTTPS on ${ctx.config.httpsUrl()} (store CA SHA-256 ${tls.caSha256})`);
  }

  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      live.ready = false;
      scheduler.stop();
      retention.stop();
      hub.close();
      await tls?.close();
      await app.close();
      await printing.stop();
      await retention.idle();
      writer.close();
      await scheduler.idle();
      if (options.backups?.onClose ?? true) {
        await scheduler
          .take('shutdown')
          .catch((error: unknown) => log.error('shutdown backup failed:', error));
      }
      try {
        ctx.db.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        ctx.db.close();
      }
      log.info('store server stopped');
    })());

  return {
    url: `http://127.0.0.1:${listening.port}`,
    port: listening.port,
    dataDir,
    app,
    get db() {
      return ctx.db;
    },
    ctx,
    hub,
    log,
    backups,
    isReady: () => live.ready,
    runRetention: () => retention.run(),
    demoCredentials,
    setupCode,
    tls,
    close,
  };
}

/** Binds the port (recording the one bound); on failure releases what startup opened. */
async function listen(app: FastifyInstance, listening: Listening, release: () => void): Promise<void> {
  try {
    await app.listen({ host: listening.host, port: listening.port });
  } catch (error) {
    release();
    throw error;
  }
  const address = app.server.address();
  if (typeof address === 'object' && address) listening.port = address.port;
}
