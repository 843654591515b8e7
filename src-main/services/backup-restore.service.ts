/**
 * Restoring a backup, live (admin API) or at startup (`--restore-latest`).
 *
 * Live: the API answers 503, queued writes finish and new ones are refused, a `pre-restore`
 * backup is taken, the chosen backup is copied to a staging file, checked, migrated and
 * prepared, then swapped in with one rename and reopened; every user of the handle is
 * re-pointed through `LiveDatabase.attach`, the API is ready again and every SSE client is told
 * to resync.
 *
 * Event ids must never go backwards for a client: the restored log is emptied and its counter
 * set past the last id any client can have seen. A client resuming from any older id then finds
 * its id "purged" and gets resync + snapshot instead of a replay of a timeline that was undone.
 */
import { chmodSync, copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../src-shared/types';
import { openDatabase, type Sqlite } from '../db/connection';
import {
  DatabaseCorruptError,
  DatabaseRefusedError,
  moveAside,
  openChecked,
  removeSideFiles,
} from '../db/integrity';
import { liftRefusal, readRefusal, writeRefusal } from '../db/refusal-marker';
import { createPrivateFile, FILE_MODE } from '../db/file-modes';
import { migrate } from '../db/migrator';
import type { Migration } from '../../migrations/index';
import type { Logger } from '../logging/logger';
import { lastEventId, restartEventLog } from '../repositories/events.repository';
import { insertTokenIfOwnerExists, liveTokens, type TokenRow } from '../repositories/auth.repository';
import {
  allDeviceKeys,
  deleteAllDeviceKeys,
  insertDeviceKeyIfOwnerExists,
  type DeviceKeyRow,
} from '../repositories/device-keys.repository';
import { insertRestoreAudit, type RestoreActor } from '../repositories/audit.repository';
import {
  allCertificates,
  deleteAllCertificates,
  putCertificate,
  type TlsRow,
} from '../repositories/tls.repository';
import { applyCounterFloors, readCounterFloors, type CounterFloor } from '../db/order-number-ledger';
import { ConflictError } from '../errors/app-error';
import { createBackup, listBackups, resolveBackup } from './backup.service';

/** What a restore needs from the running server; createStoreServer implements it. */
export interface LiveDatabase {
  readonly file: string;
  /** True while a restore runs on this server (a second one is refused). */
  restoring: boolean;
  current(): Sqlite;
  setReady(ready: boolean): void;
  /** Queued writes run now; later ones are refused (503) until attach(). */
  suspendWrites(): void;
  /** Points every user (services, writer, SSE hub) at `db` and lets writes run again. */
  attach(db: Sqlite): void;
  /** Tells every live screen to refetch. */
  resyncClients(): void;
  /** Order numbers already handed out (the ledger): the restored counters start above them. */
  counterFloors(): CounterFloor[];
}

/** When the last event id before a restore is unknown (startup after damage), skip this far ahead. */
const UNKNOWN_GAP = 1_000_000;

/**
 * Copies `source` to `staged` and makes it ready to become the live file: quick_check, pending
 * migrations, event log emptied with its counter above `minEventId`, and (live restore) the
 * sign-ins still valid in the current database carried over when their account or table exists
 * in the backup, so the manager who restores is not logged out. The restore's audit entry is
 * written here too, in the same transaction: it becomes live with the one rename that swaps the
 * file in, and a restore that fails or is interrupted leaves no entry. Leaves no -wal/-shm behind.
 */
export async function stageRestore(
  source: string,
  staged: string,
  /** The restored log's next counter value, given the backup's own last id. */
  eventFloor: (backupLastId: number) => number,
  migrations: readonly Migration[],
  tokens: TokenRow[] = [],
  /** Order numbers already printed: the backup's counters are raised past them. */
  counterFloors: readonly CounterFloor[] = [],
  /**
   * The running server's tablet device keys: they replace the backup's, so a restore neither
   * unpairs every tablet nor brings back a key the manager revoked since. Absent (start-up
   * recovery, no running database to read): the backup's keys stay.
   */
  deviceKeys?: readonly DeviceKeyRow[],
  /** The audit entry of this restore (A16); absent: none is written. */
  audit?: { by: RestoreActor | null; detail: Record<string, unknown> },
  /**
   * The running server's HTTPS CA and server certificate: tablets trust that CA, so a restore
   * (of an older backup, or one from before HTTPS) keeps it. None: the backup's stay.
   */
  certificates: readonly TlsRow[] = [],
): Promise<void> {
  rmSync(staged, { force: true });
  removeSideFiles(staged);
  copyFileSync(source, staged);
  chmodSync(staged, FILE_MODE);
  const opened = openChecked(staged);
  if (!opened.ok) {
    rmSync(staged, { force: true });
    removeSideFiles(staged);
    throw new ConflictError(`This backup is damaged and cannot be restored (${opened.reason})`);
  }
  const db = opened.db;
  try {
    await migrate(db, migrations);
    db.transaction(() => {
      const seq = lastEventId(db);
      restartEventLog(db, Math.max(seq + 1, eventFloor(seq)));
      for (const t of tokens) insertTokenIfOwnerExists(db, t);
      if (deviceKeys) {
        deleteAllDeviceKeys(db);
        for (const k of deviceKeys) insertDeviceKeyIfOwnerExists(db, k);
      }
      applyCounterFloors(db, counterFloors);
      if (audit) insertRestoreAudit(db, audit.by, audit.detail, new Date().toISOString());
      if (certificates.length) {
        deleteAllCertificates(db);
        for (const row of certificates) putCertificate(db, row);
      }
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch (error) {
    db.close();
    rmSync(staged, { force: true });
    removeSideFiles(staged);
    throw error;
  }
  db.close();
  removeSideFiles(staged);
}

export interface RestoreHooks {
  /** Runs while the API is unavailable, just before the swap (tests use it to look). */
  beforeSwap?: () => Promise<void> | void;
  /** Who asked for the restore, for the audit log (A16). */
  by?: RestoreActor;
}

export interface RestoreResult {
  /** The backup put in place (with its path on this machine, which the API does not show). */
  restored: BackupInfo & { file: string };
  pre_restore: BackupInfo;
}

/** Restores backup `name` into the running server. */
export async function restoreLive(
  live: LiveDatabase,
  dir: string,
  name: string,
  migrations: readonly Migration[],
  log: Logger,
  hooks: RestoreHooks = {},
): Promise<RestoreResult> {
  const backup = resolveBackup(dir, name);
  if (live.restoring) throw new ConflictError('A restore is already running');
  live.restoring = true;
  const staged = `${live.file}.restoring`;
  let swapped = false;
  live.setReady(false);
  live.suspendWrites();
  try {
    const old = live.current();
    const preRestore = await createBackup(old, dir, 'pre-restore');
    const tokens = liveTokens(old, new Date().toISOString());
    const lastSeen = lastEventId(old);
    const floors = [...readCounterFloors(old), ...live.counterFloors()];
    const keys = allDeviceKeys(old);
    const certificates = allCertificates(old);
    const audit = {
      by: hooks.by ?? null,
      detail: {
        backup: backup.name,
        kind: backup.kind,
        backup_created_at: backup.created_at,
        pre_restore: preRestore.name,
      },
    };
    await stageRestore(
      backup.file,
      staged,
      () => lastSeen + 1,
      migrations,
      tokens,
      floors,
      keys,
      audit,
      certificates,
    );
    await hooks.beforeSwap?.();

    old.pragma('wal_checkpoint(TRUNCATE)');
    old.close();
    swapped = true;
    removeSideFiles(live.file);
    renameSync(staged, live.file);
    const reopened = openChecked(live.file);
    if (!reopened.ok) throw new Error(`the restored database failed its check: ${reopened.reason}`);
    live.attach(reopened.db);
    log.info(`restored backup ${name} (the previous data is in ${preRestore.name})`);
    return { restored: backup, pre_restore: preRestore };
  } catch (error) {
    rmSync(staged, { force: true });
    removeSideFiles(staged);
    if (!swapped) {
      live.attach(live.current());
    } else {
      // The old handle is closed: reopen whatever file is in place so the server keeps running.
      const again = openChecked(live.file);
      if (again.ok) live.attach(again.db);
      log.error('restore failed after the old database was closed:', error);
    }
    throw error;
  } finally {
    live.restoring = false;
    live.setReady(true);
    live.resyncClients();
  }
}

/** The last event id and order counters of a file that may be damaged; null when unreadable. */
function readPrevious(file: string): { lastId: number; floors: CounterFloor[] } | null {
  try {
    const opened = openChecked(file);
    if (!opened.ok) return null;
    try {
      return { lastId: lastEventId(opened.db), floors: readCounterFloors(opened.db) };
    } finally {
      opened.db.close();
    }
  } catch {
    return null;
  }
}

/** Backups a restore may choose: while a refusal stands, only those taken before it. */
function restorable(dir: string, dataDir: string): BackupInfo[] {
  const refusal = readRefusal(dataDir);
  const all = listBackups(dir);
  return refusal ? all.filter((b) => b.created_at <= refusal.refused_at) : all;
}

/**
 * Before the server opens its database: put backup `which` in place — 'latest' is the newest
 * that passes its check, and while a refusal stands (refusal-marker.ts) the newest from before
 * it, never one of a store that was started in its place. The current file, if any, is moved
 * aside (never deleted). A successful restore lifts the refusal.
 */
export async function restoreAtStartup(
  dbFile: string,
  dir: string,
  which: string,
  migrations: readonly Migration[],
  log: Logger,
  /** Order numbers already handed out (the ledger). */
  counterFloors: readonly CounterFloor[] = [],
): Promise<BackupInfo> {
  const dataDir = path.dirname(dbFile);
  const candidates = which === 'latest' ? restorable(dir, dataDir) : [resolveBackup(dir, which)];
  if (!candidates.length) throw new Error(`There is no backup to restore in ${dir}`);
  const previous = existsSync(dbFile) ? readPrevious(dbFile) : null;
  const floors = [...counterFloors, ...(previous?.floors ?? [])];
  const staged = `${dbFile}.restoring`;
  for (const b of candidates) {
    try {
      const floor = (seq: number) => (previous === null ? seq + UNKNOWN_GAP : previous.lastId + 1);
      const audit = {
        by: null,
        detail: { backup: b.name, kind: b.kind, backup_created_at: b.created_at, at_startup: true },
      };
      await stageRestore(path.join(dir, b.name), staged, floor, migrations, [], floors, undefined, audit);
    } catch (error) {
      log.warn(`backup ${b.name} cannot be restored, trying an older one:`, error);
      continue;
    }
    if (existsSync(dbFile)) log.warn(`the previous database was moved to ${moveAside(dbFile, 'replaced')}`);
    removeSideFiles(dbFile);
    renameSync(staged, dbFile);
    log.warn(`restored backup ${b.name} into ${dbFile}`);
    const lifted = liftRefusal(dataDir, 'restored');
    if (lifted) log.warn(`the earlier refusal is lifted (kept as ${lifted})`);
    return b;
  }
  throw new Error(`No backup in ${dir} passed its integrity check`);
}

/** A first start: the file is made owner-only before SQLite creates it (its -wal/-shm follow). */
function openNew(dbFile: string): Sqlite {
  createPrivateFile(dbFile);
  return openDatabase(dbFile);
}

export interface OpenAtStartupOptions {
  /** Start an empty store although an earlier start was refused (`--new-store`). */
  acceptNewStore?: boolean;
}

/**
 * Startup: opens and checks the database. A damaged file — or an empty (0-byte) one where
 * backups exist, which is a lost database, not a first start — is moved aside and the start
 * refused with DatabaseCorruptError (naming the newest backup and the restore command):
 * serving an empty or half-read store silently would be worse than not starting. When a backup
 * exists the refusal is remembered, and later plain starts are refused too until a restore or
 * `acceptNewStore`.
 */
export function openAtStartup(
  dbFile: string,
  dir: string,
  log: Logger,
  options: OpenAtStartupOptions = {},
): Sqlite {
  const dataDir = path.dirname(dbFile);
  const refusal = readRefusal(dataDir);
  if (refusal && !options.acceptNewStore) {
    const latest = restorable(dir, dataDir)[0]?.name ?? refusal.latest_backup;
    log.error(`start refused: the database was found damaged at ${refusal.refused_at} (${refusal.reason})`);
    throw new DatabaseRefusedError(refusal.reason, refusal.moved_to, latest, refusal.refused_at);
  }
  if (refusal)
    log.warn(`starting a new store on request; the refusal is kept as ${liftRefusal(dataDir, 'new-store')}`);

  const exists = existsSync(dbFile);
  const empty =
    exists && !options.acceptNewStore && statSync(dbFile).size === 0 && listBackups(dir).length > 0;
  const opened = empty
    ? { ok: false as const, reason: 'the database file is empty (0 bytes)' }
    : exists
      ? openChecked(dbFile)
      : { ok: true as const, db: openNew(dbFile) };
  if (opened.ok) return opened.db;
  log.error(`database integrity check failed: ${opened.reason}`);
  let movedTo: string | null = null;
  try {
    movedTo = moveAside(dbFile, 'corrupt');
    log.error(`the damaged database was moved to ${movedTo}`);
  } catch (error) {
    log.error('could not move the damaged database aside:', error);
  }
  const latest = listBackups(dir)[0]?.name ?? null;
  if (latest) {
    const refusedAt = new Date().toISOString();
    writeRefusal(dataDir, {
      reason: opened.reason,
      moved_to: movedTo,
      refused_at: refusedAt,
      latest_backup: latest,
    });
  }
  throw new DatabaseCorruptError(opened.reason, movedTo, latest);
}
