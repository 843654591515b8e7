import type { BrowserWindow, BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import type { DesktopLog } from '../desktop/desktop-log';
import { attachNavigationGuard, isStoreUrl } from './navigation-guard';

/**
 * The one way this app makes a window: Electron's security checklist applied in one place,
 * the navigation guard attached, and a crashed page reloaded (a kitchen board that went blank
 * at dinner time is worse than a reload).
 */

export type BrowserWindowClass = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

export interface WindowDeps {
  BrowserWindow: BrowserWindowClass;
  log: DesktopLog;
  openExternal?: (url: string) => void;
  /** Injected for tests; Date.now by default. */
  now?: () => number;
}

export interface SecureWindowOptions {
  url: string;
  storeOrigin: string;
  preloadPath: string;
  title: string;
  /** Extra window options (bounds, fullscreen, kiosk, icon …); webPreferences are not taken from here. */
  window?: Omit<BrowserWindowConstructorOptions, 'webPreferences' | 'show'>;
  /** The kitchen board keeps its timers and SSE running while covered. */
  backgroundThrottling?: boolean;
}

export function secureWebPreferences(preloadPath: string, backgroundThrottling = true): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    backgroundThrottling,
  };
}

/** Crash reloads allowed in this many milliseconds before the window is left alone. */
const CRASH_WINDOW_MS = 60_000;
const MAX_CRASH_RELOADS = 3;

export function createSecureWindow(deps: WindowDeps, options: SecureWindowOptions): BrowserWindow {
  if (!isStoreUrl(options.url, options.storeOrigin)) {
    throw new Error(`refusing to open a window on ${options.url}: not the store server`);
  }
  const webPreferences = secureWebPreferences(options.preloadPath, options.backgroundThrottling ?? true);
  const win = new deps.BrowserWindow({
    ...options.window,
    title: options.title,
    show: false,
    webPreferences,
  });
  attachNavigationGuard(win.webContents, {
    storeOrigin: options.storeOrigin,
    openExternal: deps.openExternal,
    popupWebPreferences: webPreferences,
    onRefused: (url, how) => deps.log.warn(`${options.title}: refused ${how} to ${url}`),
  });
  win.once('ready-to-show', () => win.show());

  const now = deps.now ?? Date.now;
  let crashes: number[] = [];
  win.webContents.on('render-process-gone', (_event, details) => {
    deps.log.error(`${options.title}: page process gone (${details.reason}, exit ${details.exitCode})`);
    if (details.reason === 'clean-exit' || win.isDestroyed()) return;
    const t = now();
    crashes = crashes.filter((c) => t - c < CRASH_WINDOW_MS);
    if (crashes.length >= MAX_CRASH_RELOADS) {
      deps.log.error(
        `${options.title}: crashed ${crashes.length + 1} times in a minute; not reloading again`,
      );
      return;
    }
    crashes.push(t);
    win.webContents.reload();
  });
  win.webContents.on('did-fail-load', (_event, code, description, url, isMainFrame) => {
    if (isMainFrame) deps.log.warn(`${options.title}: load failed ${code} ${description} (${url})`);
  });

  void win
    .loadURL(options.url)
    .catch((err: unknown) => deps.log.warn(`${options.title}: loadURL failed`, err));
  return win;
}
