import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  decideStart,
  findElectronBinary,
  gatherStartFacts,
  headlessNotice,
  nativeModuleAbi,
  type StartFacts,
} from '../../../scripts/start-decision.mjs';

const root = path.resolve(import.meta.dirname, '../../..');

const ready: StartFacts = {
  platform: 'linux',
  env: { DISPLAY: ':0' },
  isRoot: false,
  mainBuilt: true,
  electronBinary: '/repo/node_modules/electron/dist/electron',
  electronAbi: '140',
  nativeAbi: '140',
};

describe('decideStart', () => {
  it('starts Electron when its binary, a display, the build and a matching native module are there', () => {
    expect(decideStart(ready)).toEqual({ mode: 'electron', command: ready.electronBinary, args: ['.'] });
  });

  it('turns the Chromium sandbox off only for root on Linux', () => {
    expect(decideStart({ ...ready, isRoot: true })).toMatchObject({ args: ['.', '--no-sandbox'] });
    expect(decideStart({ ...ready, platform: 'win32', env: {}, isRoot: true })).toMatchObject({
      args: ['.'],
    });
  });

  it('falls back to headless without the Electron binary', () => {
    expect(decideStart({ ...ready, electronBinary: null })).toEqual({
      mode: 'headless',
      reason: expect.stringMatching(/Electron binary is not installed/),
    });
  });

  it('needs DISPLAY or WAYLAND_DISPLAY on Linux, but not on Windows or macOS', () => {
    expect(decideStart({ ...ready, env: {} })).toMatchObject({ mode: 'headless', reason: /no display/ });
    expect(decideStart({ ...ready, env: { WAYLAND_DISPLAY: 'wayland-0' } })).toMatchObject({
      mode: 'electron',
    });
    expect(decideStart({ ...ready, env: { DISPLAY: '' } })).toMatchObject({ mode: 'headless' });
    expect(decideStart({ ...ready, platform: 'win32', env: {} })).toMatchObject({ mode: 'electron' });
    expect(decideStart({ ...ready, platform: 'darwin', env: {} })).toMatchObject({ mode: 'electron' });
  });

  it('does not start Electron on a native module built for Node and says how to fix it', () => {
    const decision = decideStart({ ...ready, nativeAbi: '115' });
    expect(decision).toMatchObject({ mode: 'headless', reason: /ABI 115.*ABI 140.*electron-rebuild/ });
  });

  it('falls back when the desktop entry is not built, or when told to', () => {
    expect(decideStart({ ...ready, mainBuilt: false })).toMatchObject({
      mode: 'headless',
      reason: /not built/,
    });
    expect(decideStart({ ...ready, env: { DISPLAY: ':0', TABLE_ORDER_HEADLESS: '1' } })).toMatchObject({
      mode: 'headless',
      reason: /TABLE_ORDER_HEADLESS/,
    });
  });

  it('explains the fallback in one line', () => {
    const line = headlessNotice('there is no display (DISPLAY and WAYLAND_DISPLAY are unset)');
    expect(line).not.toContain('\n');
    expect(line).toMatch(/^Electron is not starting: there is no display .* headless/);
  });
});

describe('finding the Electron binary without downloading it', () => {
  const dir = '/repo/node_modules/electron';
  const files = (list: Record<string, string>) => ({
    exists: (f: string) => f in list,
    read: (f: string) => list[f] ?? '',
  });

  it('uses path.txt and dist/ the way the electron package does', () => {
    const fs = files({ [`${dir}/path.txt`]: 'electron', [`${dir}/dist/electron`]: '' });
    expect(findElectronBinary(dir, {}, fs.exists, fs.read)).toBe(`${dir}/dist/electron`);
  });

  it('reports none when dist/ or path.txt is missing (the case on this machine)', () => {
    const noDist = files({ [`${dir}/path.txt`]: 'electron' });
    expect(findElectronBinary(dir, {}, noDist.exists, noDist.read)).toBeNull();
    const nothing = files({});
    expect(findElectronBinary(dir, {}, nothing.exists, nothing.read)).toBeNull();
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    const fs = files({ '/opt/electron/electron': '' });
    expect(
      findElectronBinary(dir, { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' }, fs.exists, fs.read),
    ).toBe('/opt/electron/electron');
  });

  it('reads a Node ABI from an addon, and none from the installed Node-API better-sqlite3', () => {
    expect(nativeModuleAbi(Buffer.from('..node_register_module_v137..'))).toBe('137');
    expect(nativeModuleAbi(Buffer.from('no symbol here'))).toBeNull();
    const addon = readFileSync(path.join(root, 'node_modules/better-sqlite3/prebuilds/linux-x64.node'));
    expect(addon.toString('latin1')).toContain('napi_register_module_v1');
    expect(nativeModuleAbi(addon)).toBeNull();
  });

  it('gathers the facts of this checkout (a Node-API addon never blocks Electron)', () => {
    const facts = gatherStartFacts(root, { DISPLAY: ':0' }, 'linux');
    expect(facts.electronAbi).toMatch(/^\d+$/);
    expect(facts.nativeAbi).toBeNull();
  });
});

describe('npm start where Electron cannot run', { timeout: 60_000 }, () => {
  beforeAll(() => {
    // start.mjs runs the bundled server; `npm test` runs the unit tests before `npm run build`.
    const build = spawnSync(process.execPath, [path.join(root, 'scripts/build-main.mjs')], { cwd: root });
    expect(build.status, build.stderr?.toString()).toBe(0);
  });

  it('prints one line why and runs the same store server headless', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'table-order-start-'));
    const child = spawn(process.execPath, [path.join(root, 'scripts/start.mjs')], {
      cwd: root,
      env: {
        ...process.env,
        DISPLAY: '',
        WAYLAND_DISPLAY: '',
        TABLE_ORDER_HEADLESS: '1',
        TABLE_ORDER_DATA_DIR: dataDir,
        TABLE_ORDER_HOST: '127.0.0.1',
        TABLE_ORDER_PORT: '0',
        // Never the fixed HTTPS port 7743: tests run side by side.
        TABLE_ORDER_HTTPS_PORT: 'off',
        TABLE_ORDER_LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    try {
      const port = await new Promise<number>((resolve, reject) => {
        child.stdout.on('data', (c: Buffer) => {
          stdout += c.toString();
          const m = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(stdout);
          if (m) resolve(Number(m[1]));
        });
        child.on('exit', (code) => reject(new Error(`exited ${code}\n${stdout}\n${stderr}`)));
      });
      const notices = stderr.split('\n').filter((l) => l.startsWith('Electron is not starting'));
      expect(notices).toEqual([expect.stringMatching(/TABLE_ORDER_HEADLESS=1 is set.*headless/)]);
      const health = await fetch(`http://127.0.0.1:${port}/health`);
      expect(health.status).toBe(200);
      // A SIGTERM to `npm start` reaches the server, which closes cleanly.
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
