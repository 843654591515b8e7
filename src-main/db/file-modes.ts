/**
 * The data folder holds the store's orders, password hashes and sign-in tokens: only the
 * account that runs the server may read it. Files are 0600 and folders 0700, set explicitly
 * (a umask of 022 would otherwise leave them readable by every local account), and an existing
 * data folder — created by an older version, or copied in — is brought to these modes at start.
 */
import { chmodSync, closeSync, existsSync, lstatSync, mkdirSync, openSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;

/** The sub-folders whose files are set too (one level; nothing else lives deeper). */
const SUBDIRS = ['backups', 'images', 'logs'];

/** Creates `dir` (and parents) owner-only; an existing one is set to 0700. */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: DIR_MODE });
  chmodSync(dir, DIR_MODE);
}

/** Creates an empty owner-only file when none exists (SQLite then gives -wal/-shm its mode). */
export function createPrivateFile(file: string): void {
  if (!existsSync(file)) closeSync(openSync(file, 'a', FILE_MODE));
  chmodSync(file, FILE_MODE);
}

function chmodEntries(dir: string, problems: string[]): void {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    try {
      const st = lstatSync(p);
      if (st.isSymbolicLink()) continue;
      if (st.isFile() && (st.mode & 0o777) !== FILE_MODE) chmodSync(p, FILE_MODE);
      else if (st.isDirectory() && (st.mode & 0o777) !== DIR_MODE) chmodSync(p, DIR_MODE);
    } catch (error) {
      problems.push(`${p}: ${(error as Error).message}`);
    }
  }
}

/**
 * Sets the data folder, its files, and the files of backups/, images/, logs/ owner-only.
 * Returns what could not be changed (a file owned by another account); never throws for it.
 */
export function securePermissions(dataDir: string): string[] {
  const problems: string[] = [];
  try {
    chmodSync(dataDir, DIR_MODE);
    chmodEntries(dataDir, problems);
    for (const sub of SUBDIRS) {
      const dir = path.join(dataDir, sub);
      if (existsSync(dir) && lstatSync(dir).isDirectory()) chmodEntries(dir, problems);
    }
  } catch (error) {
    problems.push(`${dataDir}: ${(error as Error).message}`);
  }
  return problems;
}
