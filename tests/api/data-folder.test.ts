/**
 * The data folder is private and always has its log: every file 0600 and folder 0700 (also in
 * a folder made by an older version), and the built headless server writes <dataDir>/logs/
 * main.log even when started from a folder with no package.json above it.
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DB_FILE } from '../../src-main/server/create-store-server';
import { DEMO_PASSWORD, startServer, stopAllServers } from './helpers/server';
import { menuItems, placeOrder } from './helpers/api';

afterAll(stopAllServers);

const ROOT = path.resolve(import.meta.dirname, '../..');
const mode = (p: string) => statSync(p).mode & 0o777;

/** Every folder and file of the data folder (its backups/, images/ and logs/ included). */
function entries(dataDir: string): { path: string; dir: boolean }[] {
  const out: { path: string; dir: boolean }[] = [{ path: dataDir, dir: true }];
  for (const name of readdirSync(dataDir)) {
    const p = path.join(dataDir, name);
    const dir = statSync(p).isDirectory();
    out.push({ path: p, dir });
    if (dir) for (const n of readdirSync(p)) out.push({ path: path.join(p, n), dir: false });
  }
  return out;
}

function expectPrivate(dataDir: string) {
  const wrong = entries(dataDir)
    .filter((e) => mode(e.path) !== (e.dir ? 0o700 : 0o600))
    .map((e) => `${path.relative(dataDir, e.path) || '.'} ${mode(e.path).toString(8)}`);
  expect(wrong).toEqual([]);
}

describe('owner-only data folder', () => {
  it('creates the database, WAL, backups, images and logs owner-only, and fixes an old folder', async () => {
    const t = await startServer({ backups: { intervalMs: 0, onClose: false } });
    const admin = (await t.adminLogin()).token;
    const table = (await t.tableLogin(1)).token;
    await placeOrder(t, table, [{ menu_id: (await menuItems(t, table))[0]!.id, quantity: 1 }]);
    expect((await t.call('POST', '/api/admin/backups', { token: admin })).status).toBe(201);
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    const img = await t.call('POST', '/api/admin/images', {
      token: admin,
      raw: png,
      headers: { 'content-type': 'image/png' },
    });
    expect(img.status, img.text).toBe(201);
    for (const f of [DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`, 'logs/main.log', 'images', 'backups']) {
      expect(existsSync(path.join(t.dataDir, f)), f).toBe(true);
    }
    expectPrivate(t.dataDir);

    // A folder from an older version, readable by everyone: fixed at the next start.
    await t.server.close();
    for (const e of entries(t.dataDir)) chmodSync(e.path, e.dir ? 0o755 : 0o644);
    await t.restart();
    expectPrivate(t.dataDir);
  });
});

describe('the built headless server', () => {
  it('writes its log file when started from a folder without package.json', async () => {
    execFileSync(process.execPath, ['scripts/build-main.mjs'], { cwd: ROOT, stdio: 'pipe' });
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'table-order-cwd-'));
    const dataDir = path.join(cwd, 'data');
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/main/headless.js')], {
      cwd,
      env: {
        ...process.env,
        TABLE_ORDER_DATA_DIR: dataDir,
        TABLE_ORDER_PORT: '0',
        TABLE_ORDER_HOST: '127.0.0.1',
        // Never the fixed HTTPS port 7743: tests run side by side.
        TABLE_ORDER_HTTPS_PORT: 'off',
        TABLE_ORDER_DEMO_PASSWORD: DEMO_PASSWORD,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let out = '';
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => {
          out += String(d);
          if (out.includes('listening')) resolve();
        });
        child.stderr.on('data', (d: Buffer) => (out += String(d)));
        child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
      });
      const logFile = path.join(dataDir, 'logs', 'main.log');
      // The console line can come before the file transport has written the same line.
      await expect
        .poll(() => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''), { timeout: 10_000 })
        .toContain('store server listening on http://127.0.0.1:');
      expect(mode(logFile)).toBe(0o600);
    } finally {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});
