/**
 * Startup integrity: open the database, run `PRAGMA quick_check`, and refuse a damaged file
 * instead of serving silently wrong data. A damaged file (or one that is not a database at
 * all) is moved aside with its -wal/-shm, so the next start cannot trip over it again and
 * nothing is lost: the operator can still hand it to a recovery tool.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { openDatabase, type Sqlite } from './connection';

/** Thrown when the database file is damaged; the desktop shows `message`, headless prints it. */
export class DatabaseCorruptError extends Error {
  readonly code = 'DB_CORRUPT';
  constructor(
    readonly reason: string,
    /** Where the damaged file was moved (null when it could not be moved). */
    readonly movedTo: string | null,
    /** The newest backup that can be restored, if any. */
    readonly latestBackup: string | null,
  ) {
    super(
      [
        `The store database is damaged (${reason}).`,
        movedTo ? `It was moved aside to ${movedTo}.` : 'It could not be moved aside.',
        latestBackup
          ? `Restore the newest backup (${latestBackup}) with: npm run serve -- --restore-latest ` +
            '(or start with TABLE_ORDER_RESTORE=latest).'
          : 'No backup was found; starting again creates an empty database.',
        latestBackup
          ? 'Until then every start is refused; to start an empty store instead, on purpose, ' +
            'run: npm run serve -- --new-store (or TABLE_ORDER_NEW_STORE=1).'
          : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
    this.name = 'DatabaseCorruptError';
  }
}

/** A start refused again because an earlier one found the database damaged (refusal-marker.ts). */
export class DatabaseRefusedError extends DatabaseCorruptError {
  constructor(reason: string, movedTo: string | null, latestBackup: string | null, refusedAt: string) {
    super(reason, movedTo, latestBackup);
    this.message = `An earlier start (${refusedAt}) found the store database damaged. ${this.message}`;
    this.name = 'DatabaseRefusedError';
  }
}

/** 'ok', or what quick_check (or opening) reported. */
export function quickCheck(db: Sqlite): string {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  const messages = rows.map((r) => r.quick_check);
  return messages.length === 1 && messages[0] === 'ok' ? 'ok' : messages.slice(0, 5).join('; ');
}

export type OpenResult = { ok: true; db: Sqlite } | { ok: false; reason: string };

/** Opens the file and checks it; a file that SQLite cannot read at all counts as damaged. */
export function openChecked(file: string): OpenResult {
  let db: Sqlite | null = null;
  try {
    db = openDatabase(file);
    const result = quickCheck(db);
    if (result === 'ok') return { ok: true, db };
    db.close();
    return { ok: false, reason: result };
  } catch (error) {
    try {
      db?.close();
    } catch {
      // Closing a handle on a broken file can fail as well; the error above is the one that matters.
    }
    const code = (error as { code?: string }).code ?? '';
    if (/^SQLITE_(CORRUPT|NOTADB)/.test(code)) return { ok: false, reason: (error as Error).message };
    throw error;
  }
}

export const SIDE_FILES = ['-wal', '-shm'] as const;

/** Moves the file and its -wal/-shm to `<file>.<label>-<time>`; returns the new path. */
export function moveAside(file: string, label: 'corrupt' | 'replaced' = 'corrupt', now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = `${file}.${label}-${stamp}`;
  renameSync(file, target);
  for (const suffix of SIDE_FILES) {
    if (existsSync(file + suffix)) renameSync(file + suffix, target + suffix);
  }
  return target;
}

/** Removes a database's -wal/-shm (only when no connection has it open). */
export function removeSideFiles(file: string): void {
  for (const suffix of SIDE_FILES) rmSync(file + suffix, { force: true });
}
