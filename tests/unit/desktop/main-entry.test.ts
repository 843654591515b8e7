/**
 * Runs the real Electron entry (src-main/index.ts, bundled as for the app) in plain Node with
 * `electron` replaced by fake-electron/electron.mjs: the Electron binary is not installed
 * here, but the wiring — data folder, server start, windows, IPC, tray, demo or setup, single
 * instance, graceful stop on SIGTERM and on the OS shutting down — is ours and is checked.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IPC } from '../../../src-main/windows/ipc-channels';

const root = path.resolve(import.meta.dirname, '../../..');
// Inside node_modules so the bundle finds the packages, apart from dist/ so no other build races it.
const outDir = path.join(root, 'node_modules', '.cache', 'table-order-tests', `main-${process.pid}`);
const register = path.join(import.meta.dirname, 'fake-electron', 'register.mjs');
const dirs: string[] = [];

beforeAll(async () => {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [path.join(root, 'src-main/index.ts')],
    outdir: outDir,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  // As scripts/build-main.mjs does: the app icon lives beside the bundle.
  copyFileSync(path.join(root, 'build/icon.png'), path.join(outDir, 'icon.png'));
});
afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

type Fake = { what: string; [key: string]: unknown };

function launch(env: Record<string, string>) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'table-order-desktop-'));
  dirs.push(dataDir);
  const child = spawn(process.execPath, ['--import', register, path.join(outDir, 'index.js')], {
    cwd: root,
    env: {
      ...process.env,
      TABLE_ORDER_DATA_DIR: dataDir,
      TABLE_ORDER_HOST: '127.0.0.1',
      TABLE_ORDER_PORT: '0',
      // Never the fixed HTTPS port 7743: tests run side by side.
      TABLE_ORDER_HTTPS_PORT: 'off',
      TABLE_ORDER_LOG_LEVEL: 'warn',
      TABLE_ORDER_DEMO: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const events: Fake[] = [];
  const waiters: Array<{ test: (e: Fake) => boolean; resolve: (e: Fake) => void }> = [];
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    const lines = out.split('\n');
    out = lines.pop()!;
    for (const line of lines) {
      if (!line.startsWith('FAKE ')) continue;
      const event = JSON.parse(line.slice(5)) as Fake;
      events.push(event);
      for (const w of waiters.filter((w) => w.test(event))) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(event);
      }
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = (test: (e: Fake) => boolean) =>
    new Promise<Fake>((resolve, reject) => {
      const seen = events.find(test);
      if (seen) return resolve(seen);
      waiters.push({ test, resolve });
      void exited.then((code) => reject(new Error(`app exited (${code}) first:\n${err}`)));
    });
  return { child, dataDir, events, waitFor, exited, stderr: () => err };
}

function dbIsClean(dataDir: string): { n: number } {
  const file = path.join(dataDir, 'table-order.db');
  const wal = `${file}-wal`;
  expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return db.prepare('SELECT count(*) AS n FROM stores').get() as { n: number };
  } finally {
    db.close();
  }
}

describe('the Electron main entry (with a stand-in for Electron)', { timeout: 60_000 }, () => {
  it('starts the server in the data folder, opens a secure admin window, and stops cleanly on SIGTERM', async () => {
    const app = launch({ TABLE_ORDER_DEMO_PASSWORD: 'entry-pass-1' });
    const loaded = await app.waitFor((e) => e.what === 'loadURL');
    const url = new URL(String(loaded.url));
    expect(url.hostname).toBe('127.0.0.1');
    expect(url.pathname).toBe('/admin/');

    const win = app.events.find((e) => e.what === 'window')!;
    expect(win.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: path.join(outDir, 'preload.cjs'),
    });
    expect(app.events.filter((e) => e.what === 'ipc').map((e) => e.channel)).toEqual(Object.values(IPC));
    expect(app.events.some((e) => e.what === 'csp installed')).toBe(true);
    const tray = app.events.find((e) => e.what === 'tray menu')!;
    expect((tray.items as string[]).at(-1)).toBe('종료');

    expect((await fetch(`${url.origin}/health`)).status).toBe(200);
    // Not packaged: the developer's run has the demo store.
    expect(existsSync(path.join(app.dataDir, 'FIRST_RUN.txt'))).toBe(true);
    expect(existsSync(path.join(app.dataDir, 'logs', 'main.log'))).toBe(true);

    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(0);
    expect(app.events.at(-1)).toEqual({ what: 'exit', code: 0 });
    await expect(fetch(`${url.origin}/health`)).rejects.toThrow();
    expect(dbIsClean(app.dataDir)).toMatchObject({ n: 1 });
  });

  it('starts a packaged app without a demo store, and closes the database when the OS shuts down', async () => {
    const app = launch({ FAKE_ELECTRON_PACKAGED: '1' });
    const loaded = await app.waitFor((e) => e.what === 'loadURL');
    const origin = new URL(String(loaded.url)).origin;
    expect(existsSync(path.join(app.dataDir, 'FIRST_RUN.txt'))).toBe(false);
    const menu = app.events.find((e) => e.what === 'app menu')!;
    expect(menu.items).toEqual(['파일', '보기']);

    app.child.kill('SIGUSR2'); // the fake's way of emitting powerMonitor 'shutdown'
    await app.waitFor((e) => e.what === 'shutdown delayed');
    expect(await app.exited).toBe(0);
    await expect(fetch(`${origin}/health`)).rejects.toThrow();
    expect(dbIsClean(app.dataDir)).toMatchObject({ n: 0 });
  });

  it('leaves at once, without a second server, when the app already runs', async () => {
    const app = launch({ FAKE_ELECTRON_SECOND_INSTANCE: '1' });
    expect(await app.exited).toBe(0);
    expect(app.events.map((e) => e.what)).toEqual(['exit']);
    expect(existsSync(path.join(app.dataDir, 'table-order.db'))).toBe(false);
  });

  it('tells the manager when the port is taken, and exits', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const app = launch({ TABLE_ORDER_PORT: String(port) });
      const box = await app.waitFor((e) => e.what === 'error box');
      expect(box.title).toBe('매장 서버를 시작하지 못했습니다');
      expect(String(box.content)).toContain(`포트 ${port}`);
      expect(await app.exited).toBe(1);
      expect(app.events.some((e) => e.what === 'window')).toBe(false);
    } finally {
      blocker.close();
    }
  });
});
