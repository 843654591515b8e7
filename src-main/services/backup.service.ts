/**
 * Online backups (A10) into <dataDir>/backups/: better-sqlite3's backup() copies the live
 * database page by page between event-loop turns, so ordering never stops for it. Each file is
 * named by time and kind (`table-order-2026-11-24T09-00-00-000Z-hourly.db`), written under a
 * temporary name and renamed when complete, so a listed backup is always a whole one.
 */
import { chmodSync, existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../src-shared/types';
import type { Sqlite } from '../db/connection';
import type { Logger } from '../logging/logger';
import { NotFoundError } from '../errors/app-error';
import { asStorageError } from './storage-errors';
import { ensurePrivateDir, FILE_MODE } from '../db/file-modes';

export type BackupKind = BackupInfo['kind'];

export const BACKUP_KINDS: readonly BackupKind[] = [
  'hourly',
  'daily',
  'manual',
  'shutdown',
  'pre-migration',
  'pre-restore',
];

/** How many of each kind rotation keeps (newest first). */
export const DEFAULT_KEEP: Record<BackupKind, number> = {
  hourly: 24,
  daily: 14,
  manual: 10,
  shutdown: 5,
  'pre-migration': 5,
  'pre-restore': 5,
};

// Strict on purpose: a restore name must be exactly a name this module made (no paths, no `..`).
const NAME_RE =
  /^table-order-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(hourly|daily|manual|shutdown|pre-migration|pre-restore)\.db$/;

export function backupsDir(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

export function backupName(kind: BackupKind, at: Date): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  return `table-order-${stamp}-${kind}.db`;
}

export function parseBackupName(name: string): { createdAt: string; kind: BackupKind } | null {
  const m = NAME_RE.exec(name);
  if (!m) return null;
  const createdAt = `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`;
  if (Number.isNaN(Date.parse(createdAt))) return null;
  return { createdAt, kind: m[6] as BackupKind };
}

/** Every complete backup in the folder, newest first. */
export function listBackups(dir: string): BackupInfo[] {
  if (!existsSync(dir)) return [];
  const out: BackupInfo[] = [];
  for (const name of readdirSync(dir)) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    try {
      const size = statSync(path.join(dir, name)).size;
      out.push({ name, size_bytes: size, created_at: parsed.createdAt, kind: parsed.kind });
    } catch {
      // Removed by rotation while listing.
    }
  }
  return out.sort((a, b) => b.created_at.localeCompare(a.created_at) || b.name.localeCompare(a.name));
}

/** The path of a backup by name; 404 for anything that is not an existing backup's exact name. */
export function resolveBackup(dir: string, name: string): BackupInfo & { file: string } {
  const parsed = parseBackupName(name);
  const file = path.join(dir, name);
  if (!parsed || path.dirname(file) !== dir || !existsSync(file)) {
    throw new NotFoundError('No backup with this name');
  }
  return {
    name,
    file,
    size_bytes: statSync(file).size,
    created_at: parsed.createdAt,
    kind: parsed.kind,
  };
}

/** Copies the open database into a new backup file; resolves when the file is complete. */
export async function createBackup(
  db: Sqlite,
  dir: string,
  kind: BackupKind,
  now = new Date(),
): Promise<BackupInfo> {
  let at = now;
  // Two backups within one millisecond (a manual one racing the schedule) get distinct names.
  while (existsSync(path.join(dir, backupName(kind, at)))) at = new Date(at.getTime() + 1);
  const name = backupName(kind, at);
  const file = path.join(dir, name);
  const partial = `${file}.partial`;
  try {
    ensurePrivateDir(dir);
    await db.backup(partial);
    chmodSync(partial, FILE_MODE);
    renameSync(partial, file);
  } catch (error) {
    try {
      rmSync(partial, { force: true });
    } catch {
      // The folder itself is unusable; nothing was left in it.
    }
    throw asStorageError(error, 'The backup');
  }
  return { name, size_bytes: statSync(file).size, created_at: at.toISOString(), kind };
}

/** Deletes the backups beyond what `keep` allows per kind; returns the names removed. */
export function rotateBackups(dir: string, keep: Record<BackupKind, number> = DEFAULT_KEEP): string[] {
  const seen = new Map<BackupKind, number>();
  const removed: string[] = [];
  for (const b of listBackups(dir)) {
    const n = (seen.get(b.kind) ?? 0) + 1;
    seen.set(b.kind, n);
    if (n > keep[b.kind]) {
      rmSync(path.join(dir, b.name), { force: true });
      removed.push(b.name);
    }
  }
  // Leftovers of a backup interrupted by a crash.
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    if (name.endsWith('.db.partial')) rmSync(path.join(dir, name), { force: true });
  }
  return removed;
}

export interface BackupScheduleOptions {
  /** 0 disables the schedule. */
  intervalMs: number;
  keep: Record<BackupKind, number>;
}

/**
 * The schedule: every interval an `hourly` backup, or a `daily` one when the newest daily is
 * a day old; then rotation. The timer is unref'd (it never keeps the process alive).
 */
export class BackupScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly dir: string,
    private readonly db: () => Sqlite,
    private readonly log: Logger,
    private readonly options: BackupScheduleOptions,
  ) {}

  start(): void {
    if (this.options.intervalMs <= 0 || this.timer) return;
    this.timer = setInterval(() => void this.tick(), this.options.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Waits for a scheduled backup in progress (shutdown must not close the database under it). */
  async idle(): Promise<void> {
    await this.running?.catch(() => {});
  }

  /** Takes a backup of `kind` now and rotates; one at a time. */
  async take(kind: BackupKind): Promise<BackupInfo> {
    await this.idle();
    const job = createBackup(this.db(), this.dir, kind).then((info) => {
      rotateBackups(this.dir, this.options.keep);
      return info;
    });
    this.running = job;
    try {
      return await job;
    } finally {
      if (this.running === job) this.running = null;
    }
  }

  tick(now = new Date()): Promise<BackupInfo | null> {
    const lastDaily = listBackups(this.dir).find((b) => b.kind === 'daily');
    const dayOld = !lastDaily || now.getTime() - Date.parse(lastDaily.created_at) >= 24 * 3600_000 - 60_000;
    return this.take(dayOld ? 'daily' : 'hourly').catch((error: unknown) => {
      this.log.error('scheduled backup failed:', error);
      return null;
    });
  }
}
