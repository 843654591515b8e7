/**
 * The steps createStoreServer runs, one function each, in startup order. Each takes what the
 * earlier steps made and returns what it made; nothing is created empty and filled in later.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Sqlite } from '../db/connection';
import { migrate, pendingMigrations } from '../db/migrator';
import { Writer } from '../db/writer';
import { applyCounterFloors, type OrderNumberLedger } from '../db/order-number-ledger';
import { ensurePrivateDir } from '../db/file-modes';
import { EventBus } from '../db/event-bus';
import { migrations } from '../../migrations/index';
import type { Logger } from '../logging/logger';
import type { ServiceContext } from '../services/context';
import { SseHub } from '../sse/hub';
import { randomTablePassword, seedDemoStore } from '../services/demo.service';
import { setupRequired } from '../services/auth.service';
import { createBackup, rotateBackups, type BackupKind } from '../services/backup.service';
import { openAtStartup, restoreAtStartup } from '../services/backup-restore.service';
import { lanHost } from './lan-address';
import { PrinterStatusBoard } from '../services/printer-status.service';
import type { ServerLimits } from './plugins/limits';

/** Paths of one data folder. */
export interface DataPaths {
  dataDir: string;
  dbFile: string;
  backupDir: string;
  imagesDir: string;
}

/** Opens (after restoring a backup into place, when asked) and checks the database. */
export async function openStoreDatabase(
  paths: DataPaths,
  options: { restore?: string; acceptNewStore?: boolean },
  orderNumbers: OrderNumberLedger,
  log: Logger,
): Promise<Sqlite> {
  if (options.restore) {
    await restoreAtStartup(
      paths.dbFile,
      paths.backupDir,
      options.restore,
      migrations,
      log,
      orderNumbers.floors(),
    );
  }
  return openAtStartup(paths.dbFile, paths.backupDir, log, { acceptNewStore: options.acceptNewStore });
}

/**
 * Applies pending migrations; a database with data gets a copy first (a failed one can be
 * undone). Then raises the order-number counters to the ledger's marks.
 */
export async function migrateDatabase(
  db: Sqlite,
  paths: DataPaths,
  keep: Record<BackupKind, number>,
  orderNumbers: OrderNumberLedger,
  log: Logger,
): Promise<void> {
  try {
    const pending = pendingMigrations(db, migrations);
    if (pending > 0 && pending < migrations.length) {
      const b = await createBackup(db, paths.backupDir, 'pre-migration');
      rotateBackups(paths.backupDir, keep);
      log.info(`backed up before migrating: ${b.name}`);
    }
    const applied = await migrate(db, migrations);
    if (applied.length) log.info(`applied migrations: ${applied.join(', ')}`);
    applyCounterFloors(db, orderNumbers.floors());
  } catch (error) {
    db.close();
    throw error;
  }
}

export interface Listening {
  host: string;
  /** The port asked for until listen() binds, then the one bound. */
  port: number;
  /** The HTTPS port once it listens; null while off (or not started yet). */
  httpsPort: number | null;
}

/** The HTTPS twin of a public base URL: its host with the HTTPS port. */
export function httpsBase(publicUrl: string, httpsPort: number): string {
  return `https://${new URL(publicUrl).hostname}:${httpsPort}`;
}

/** The writer, the SSE hub and the services' context, wired through one event bus. */
export function buildServices(
  db: Sqlite,
  paths: DataPaths,
  listening: Listening,
  options: { timeZone?: string; publicUrl?: string; heartbeatMs?: number; limits: ServerLimits },
  orderNumbers: OrderNumberLedger,
  log: Logger,
): { ctx: ServiceContext; writer: Writer; hub: SseHub; bus: EventBus } {
  const bus = new EventBus((error) => log.error('an event listener failed:', error));
  const writer = new Writer(db, bus.publish, (error) => log.error('database write failed:', error));
  const hub = new SseHub(db, log.scope('sse'), {
    heartbeatMs: options.heartbeatMs ?? 10_000,
    maxBufferedBytes: 1024 * 1024,
    streamsPerToken: {
      table: options.limits.sseStreamsPerTableToken,
      staff: options.limits.sseStreamsPerStaffToken,
    },
    onPresenceChange: (storeId, tableId) => {
      writer
        .write((tx) => tx.emit(storeId, 'table.updated', { table_id: tableId }, tableId))
        .catch((error) => log.warn('could not record tablet presence:', error));
    },
  });
  bus.subscribe((events) => hub.publish(events));
  ensurePrivateDir(paths.imagesDir);
  const { host } = listening;
  const publicUrl = () =>
    options.publicUrl ?? `http://${host === '0.0.0.0' || host === '::' ? lanHost() : host}:${listening.port}`;
  const ctx: ServiceContext = {
    db,
    writer,
    log,
    config: {
      dataDir: paths.dataDir,
      imagesDir: paths.imagesDir,
      timeZone: options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'Asia/Seoul',
      tokenTtlMs: 16 * 60 * 60 * 1000,
      publicUrl,
      httpsUrl: () => (listening.httpsPort === null ? null : httpsBase(publicUrl(), listening.httpsPort)),
    },
    presence: hub,
    orderNumbers,
    printers: new PrinterStatusBoard(),
  };
  return { ctx, writer, hub, bus };
}

export interface DemoCredentials {
  storeCode: string;
  username: string;
  password: string;
  tablePassword: string;
}

/** Creates the demo store when the database has none; its passwords go to FIRST_RUN.txt. */
export async function seedDemo(
  ctx: ServiceContext,
  demoPassword: string | undefined,
): Promise<DemoCredentials | undefined> {
  if (!setupRequired(ctx)) return undefined;
  const password = demoPassword ?? randomBytes(6).toString('base64url');
  const tablePassword = demoPassword ?? randomTablePassword();
  await seedDemoStore(ctx, { admin: password, tables: tablePassword });
  writeFileSync(
    path.join(ctx.config.dataDir, 'FIRST_RUN.txt'),
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
  return { storeCode: 'demo', username: 'admin', password, tablePassword };
}
