/**
 * A refused start must stay refused. When the database is found damaged it is moved aside, so
 * without a memory of that the next plain start would find no file and serve a new, empty
 * store — whose backups (the shutdown one first) would then be the newest, and a later
 * `--restore-latest` would bring back that empty store instead of the real one.
 *
 * The refusal is written to `<dataDir>/DATABASE_REFUSED.json`. While it is there every plain
 * start is refused again; a restore (`--restore-latest` picks the newest good backup from
 * before the refusal) or an explicit `--new-store` lifts it. Lifted markers are kept, renamed,
 * as a record of what happened.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const REFUSAL_FILE = 'DATABASE_REFUSED.json';

export interface Refusal {
  reason: string;
  /** Where the damaged file was moved (null when it could not be moved). */
  moved_to: string | null;
  refused_at: string;
  /** The newest backup from before the refusal, when it was refused. */
  latest_backup: string | null;
}

export function refusalFile(dataDir: string): string {
  return path.join(dataDir, REFUSAL_FILE);
}

export function readRefusal(dataDir: string): Refusal | null {
  const file = refusalFile(dataDir);
  if (!existsSync(file)) return null;
  try {
    const r = JSON.parse(readFileSync(file, 'utf8')) as Partial<Refusal>;
    return {
      reason: typeof r.reason === 'string' ? r.reason : 'unknown',
      moved_to: typeof r.moved_to === 'string' ? r.moved_to : null,
      refused_at:
        typeof r.refused_at === 'string' && !Number.isNaN(Date.parse(r.refused_at))
          ? r.refused_at
          : new Date().toISOString(),
      latest_backup: typeof r.latest_backup === 'string' ? r.latest_backup : null,
    };
  } catch {
    // Unreadable, but present: still a refusal (the safe reading).
    return { reason: 'unknown', moved_to: null, refused_at: new Date().toISOString(), latest_backup: null };
  }
}

export function writeRefusal(dataDir: string, refusal: Refusal): void {
  writeFileSync(refusalFile(dataDir), `${JSON.stringify(refusal, null, 2)}\n`, { mode: 0o600 });
}

/** Lifts the refusal (a restore, or `--new-store`); the marker is kept under a new name. */
export function liftRefusal(dataDir: string, how: 'restored' | 'new-store', now = new Date()): string | null {
  const file = refusalFile(dataDir);
  if (!existsSync(file)) return null;
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = path.join(dataDir, `DATABASE_REFUSED.${how}-${stamp}.json`);
  renameSync(file, target);
  return target;
}
