import { beforeEach, describe, expect, it } from 'vitest';
import { createSecureWindow } from '../../../src-main/windows/secure-window';
import { FakeBrowserWindow, FakeWindow, asFake, memoryLog } from './fakes';

const STORE = 'http://127.0.0.1:7780';

function open(extra: Partial<Parameters<typeof createSecureWindow>[1]> = {}, now = () => 0) {
  const log = memoryLog();
  const win = createSecureWindow(
    { BrowserWindow: FakeBrowserWindow, log, now },
    {
      url: `${STORE}/admin/`,
      storeOrigin: STORE,
      preloadPath: '/app/dist/main/preload.cjs',
      title: 'Admin',
      ...extra,
    },
  );
  return { win: asFake(win), log };
}

describe('createSecureWindow', () => {
  beforeEach(() => {
    FakeWindow.created = [];
  });

  it('builds every window with the security checklist applied', () => {
    const { win } = open();
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/dist/main/preload.cjs',
    });
    expect(win.options.show).toBe(false);
    expect(win.loaded).toEqual([`${STORE}/admin/`]);
  });

  it('does not let callers weaken the web preferences through window options', () => {
    const { win } = open({
      window: { width: 800, webPreferences: { nodeIntegration: true } } as never,
    });
    expect(win.options.width).toBe(800);
    expect(win.options.webPreferences?.nodeIntegration).toBe(false);
    expect(win.options.webPreferences?.sandbox).toBe(true);
  });

  it('refuses to open anything but the store server', () => {
    expect(() => open({ url: 'https://example.com/' })).toThrow(/not the store server/);
    expect(() => open({ url: 'http://127.0.0.1:7781/admin/' })).toThrow(/not the store server/);
    expect(() => open({ url: 'file:///etc/passwd' })).toThrow(/not the store server/);
    expect(FakeWindow.created).toHaveLength(0);
  });

  it('guards navigation and popups of the window it makes', () => {
    const { win, log } = open();
    expect(win.webContents.tryNavigate(`${STORE}/kitchen/`)).toBe(false);
    expect(win.webContents.tryNavigate('https://example.com/')).toBe(true);
    expect(log.lines.some((l) => l.includes('refused navigate to https://example.com/'))).toBe(true);
    expect(win.webContents.windowOpenHandler!({ url: 'https://example.com/' } as never)).toEqual({
      action: 'deny',
    });
    expect(win.webContents.windowOpenHandler!({ url: `${STORE}/kitchen/` } as never)).toMatchObject({
      action: 'allow',
      overrideBrowserWindowOptions: { webPreferences: { sandbox: true, contextIsolation: true } },
    });
  });

  it('shows the window once its page is ready', () => {
    const { win } = open();
    expect(win.shown).toBe(0);
    win.emit('ready-to-show');
    expect(win.shown).toBe(1);
  });

  it('reloads a crashed page, but not endlessly', () => {
    let t = 0;
    const { win, log } = open({}, () => t);
    const crash = (reason: string) =>
      win.webContents.emit('render-process-gone', {}, { reason, exitCode: 1 });
    crash('clean-exit');
    expect(win.webContents.reloads).toBe(0);
    crash('crashed');
    crash('oom');
    crash('killed');
    crash('crashed');
    expect(win.webContents.reloads).toBe(3);
    expect(log.lines.filter((l) => l.startsWith('error')).length).toBe(6);
    t = 61_000;
    crash('crashed');
    expect(win.webContents.reloads).toBe(4);
  });

  it('keeps the kitchen board running in the background when asked', () => {
    const { win } = open({ backgroundThrottling: false });
    expect(win.options.webPreferences?.backgroundThrottling).toBe(false);
    expect(open().win.options.webPreferences?.backgroundThrottling).toBe(true);
  });
});
