import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { installCrashLogging } from '../../../src-main/desktop/crash-logging';
import { desktopStrings } from '../../../src-main/desktop/strings';
import { appMenuTemplate, trayMenuTemplate, type MenuActions } from '../../../src-main/desktop/tray-menu';
import {
  isPermissionAllowed,
  secureSession,
  STORE_CSP,
  withCsp,
} from '../../../src-main/windows/content-security';
import { memoryLog } from './fakes';

const ROOT_DIR = path.resolve(import.meta.dirname, '../../..');

const STORE = 'http://127.0.0.1:7780';

describe('content security', () => {
  it('adds a strict CSP to store responses and keeps the server’s own', () => {
    expect(STORE_CSP).toMatch(/default-src 'self'/);
    expect(STORE_CSP).toMatch(/script-src 'self'(;|$)/);
    expect(STORE_CSP).toMatch(/object-src 'none'/);
    expect(STORE_CSP).not.toMatch(/unsafe-eval/);
    expect(withCsp({ 'Content-Type': ['text/html'] })).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [STORE_CSP],
    });
    expect(withCsp({ 'content-security-policy': ["default-src 'self'"] })).toEqual({
      'content-security-policy': ["default-src 'self'", STORE_CSP],
    });
  });

  it('installs the CSP for the store origin only and refuses permissions but full screen', () => {
    let onHeaders: ((details: unknown, cb: (r: unknown) => void) => void) | undefined;
    let onRequest: ((wc: unknown, p: string, cb: (ok: boolean) => void, d: unknown) => void) | undefined;
    let onCheck: ((wc: unknown, p: string, origin: string) => boolean) | undefined;
    secureSession(
      {
        webRequest: { onHeadersReceived: (fn: never) => (onHeaders = fn) },
        setPermissionRequestHandler: (fn: never) => (onRequest = fn),
        setPermissionCheckHandler: (fn: never) => (onCheck = fn),
      } as never,
      STORE,
    );
    const answer = (url: string) => {
      let result: unknown;
      onHeaders!({ url, responseHeaders: { A: ['1'] } }, (r) => (result = r));
      return result;
    };
    expect(answer(`${STORE}/admin/`)).toEqual({
      responseHeaders: { A: ['1'], 'Content-Security-Policy': [STORE_CSP] },
    });
    expect(answer('https://example.com/')).toEqual({});

    const ask = (permission: string, url: string) => {
      let ok: boolean | undefined;
      onRequest!({ getURL: () => url }, permission, (v) => (ok = v), { requestingUrl: url });
      return ok;
    };
    expect(ask('fullscreen', `${STORE}/kitchen/`)).toBe(true);
    expect(ask('media', `${STORE}/kitchen/`)).toBe(false);
    expect(ask('geolocation', `${STORE}/admin/`)).toBe(false);
    expect(ask('fullscreen', 'https://example.com/')).toBe(false);
    expect(onCheck!({}, 'fullscreen', STORE)).toBe(true);
    expect(onCheck!({}, 'notifications', STORE)).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', `${STORE}/admin/`, STORE)).toBe(true);
  });
});

describe('tray and window menus', () => {
  const calls: string[] = [];
  const actions: MenuActions = {
    openAdmin: () => calls.push('admin'),
    openKitchen: () => calls.push('kitchen'),
    closeKitchen: () => calls.push('close kitchen'),
    pickKitchenDisplay: () => calls.push('pick'),
    openDataFolder: () => calls.push('data'),
    copyText: (text) => calls.push(`copy ${text}`),
    openInBrowser: (url) => calls.push(`browse ${url}`),
    quit: () => calls.push('quit'),
  };
  const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as () => void)();
  const byLabel = (items: MenuItemConstructorOptions[], label: string) =>
    items.find((i) => i.label === label);

  it('shows the LAN address tablets open, and the window actions', () => {
    const t = desktopStrings('ko');
    const lan = {
      address: '192.168.0.5',
      port: 7780,
      tabletUrl: 'http://192.168.0.5:7780/table/',
      others: ['10.0.0.2'],
    };
    const menu = trayMenuTemplate({ lan, kitchenOpen: false }, actions, t);
    expect(menu[0]!.label).toBe('태블릿 주소: http://192.168.0.5:7780/table/');
    calls.length = 0;
    click(menu[0]);
    click(byLabel(menu, t.copyTabletAddress));
    click((byLabel(menu, t.otherAddresses)!.submenu as MenuItemConstructorOptions[])[0]);
    click(byLabel(menu, t.openAdmin));
    click(byLabel(menu, t.openKitchen));
    click(byLabel(menu, t.quit));
    expect(calls).toEqual([
      'browse http://192.168.0.5:7780/table/',
      'copy http://192.168.0.5:7780/table/',
      'copy http://10.0.0.2:7780/table/',
      'admin',
      'kitchen',
      'quit',
    ]);
    const open = trayMenuTemplate({ lan, kitchenOpen: true }, actions, t);
    expect(byLabel(open, t.closeKitchen)).toBeDefined();
    expect(byLabel(open, t.openKitchen)).toBeUndefined();
  });

  it('says so when the PC has no network', () => {
    const t = desktopStrings('en-US');
    const menu = trayMenuTemplate(
      { lan: { address: null, port: 7780, tabletUrl: null, others: [] }, kitchenOpen: false },
      actions,
      t,
    );
    expect(menu[0]).toEqual({ label: 'No network — tablets cannot connect', enabled: false });
  });

  it('puts Quit in the window menu too, and dev tools only in development', () => {
    const t = desktopStrings('ko');
    const file = appMenuTemplate(actions, t, false)[0]!.submenu as MenuItemConstructorOptions[];
    expect(byLabel(file, t.quit)?.accelerator).toBe('CmdOrCtrl+Q');
    const roles = (dev: boolean) =>
      (appMenuTemplate(actions, t, dev)[1]!.submenu as MenuItemConstructorOptions[]).map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });
});

describe('crash logging', () => {
  it('records main-process errors and dead page or helper processes', () => {
    const app = new EventEmitter();
    const proc = new EventEmitter();
    const log = memoryLog();
    installCrashLogging(app as never, proc as never, log);
    proc.emit('uncaughtException', new Error('boom'), 'uncaughtException');
    proc.emit('unhandledRejection', new Error('nobody awaited'));
    app.emit(
      'render-process-gone',
      {},
      { getURL: () => `${STORE}/kitchen/`, isDestroyed: () => false },
      { reason: 'oom', exitCode: 9 },
    );
    app.emit('child-process-gone', {}, { type: 'GPU', reason: 'crashed', exitCode: 139 });
    expect(log.lines).toEqual([
      'error uncaught exception (uncaughtException) Error: boom',
      'error unhandled promise rejection Error: nobody awaited',
      `error page process gone: oom (exit 9) at ${STORE}/kitchen/`,
      'error GPU process gone: crashed (exit 139)',
    ]);
  });
});

describe('the app icon', () => {
  it('is a file: a 512×512 RGBA PNG for Linux and an .ico with a 256 px image for Windows', () => {
    const png = readFileSync(path.join(ROOT_DIR, 'build/icon.png'));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(512);
    expect(png.readUInt32BE(20)).toBe(512);
    expect(png[25]).toBe(6); // colour type 6: RGBA
    const ico = readFileSync(path.join(ROOT_DIR, 'build/icon.ico'));
    expect(ico.readUInt16LE(2)).toBe(1);
    expect(ico[6]).toBe(0); // the first image is 256 px wide (written as 0)
  });
});
