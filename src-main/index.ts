/**
 * The Electron entry: one instance per PC, the store server in this process, the admin and
 * kitchen windows, the tray, and a graceful stop however the app ends. Domain code stays in
 * the server; this file only wires Electron to it.
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  ipcMain,
  Menu,
  nativeImage,
  powerMonitor,
  screen,
  session,
  shell,
  Tray,
} from 'electron';
import { createLogger } from './logging/logger';
import { ConfigError, loadConfig, type StoreConfig } from './config';
import { createStoreServer, type StoreServer } from './server/create-store-server';
import { DatabaseCorruptError } from './db/integrity';
import { installCrashLogging } from './desktop/crash-logging';
import { registerDesktopIpc } from './desktop/desktop-ipc';
import { rankLanAddresses, tabletUrl } from './server/lan-address';
import { loadSettings, saveSettings, type DesktopSettings } from './desktop/settings';
import { createShutdown } from './desktop/shutdown';
import { createStoreTray, type StoreTray } from './desktop/store-tray';
import { desktopStrings } from './desktop/strings';
import { appMenuTemplate, type MenuActions } from './desktop/tray-menu';
import { secureSession } from './windows/content-security';
import type { LanAddressInfo } from './windows/ipc-channels';
import { attachNavigationGuard, isExternalWebUrl } from './windows/navigation-guard';
import { createStoreWindows, type StoreWindows } from './windows/store-windows';

// The same settings as the headless entry; a shop installing the app gets the setup screen, a
// developer's run gets the demo store. Electron's own switches are not ours to validate.
let config: StoreConfig;
let configError: ConfigError | null = null;
try {
  config = loadConfig(process.env, [], { dataDir: app.getPath('userData'), demo: !app.isPackaged });
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  configError = error;
  config = loadConfig({}, [], { dataDir: app.getPath('userData'), demo: !app.isPackaged });
}
// A separate data folder (tests, a second store on one PC) gets its own Electron profile and
// its own single-instance lock, which both live in userData.
app.setPath('userData', config.dataDir);
const dataDir = config.dataDir;
const logger = createLogger({ dataDir, level: config.logLevel });
const log = logger.scope('desktop');
installCrashLogging(app, process, log);

// The server as it is starting or started, so a stop that arrives mid-start waits for it.
let serverStart: Promise<StoreServer | null> = Promise.resolve(null);
let windows: StoreWindows | null = null;
let tray: StoreTray | null = null;
let lanTimer: NodeJS.Timeout | undefined;

const shutdown = createShutdown({
  server: () => ({ close: async () => (await serverStart)?.close() }),
  log,
  before: () => {
    clearInterval(lanTimer);
    tray?.destroy();
    windows?.destroyAll();
  },
});

function quit(reason: string): void {
  void shutdown.run(reason).then(() => app.exit(0));
}

if (!app.requestSingleInstanceLock()) {
  // The app already runs for this data folder: that instance shows its admin window instead.
  app.exit(0);
} else {
  app.on('second-instance', () => windows?.showAdmin());
  app.on('before-quit', (event) => {
    if (shutdown.finished) return;
    event.preventDefault();
    quit('quit');
  });
  // The store keeps serving tablets with every window closed; Quit is in the tray and menu.
  app.on('window-all-closed', () => undefined);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => quit(signal));
  app.whenReady().then(
    () => (configError ? fail(configError) : start()),
    (err: unknown) => fail(err),
  );
}

function lanInfo(port: number): LanAddressInfo {
  const ranked = rankLanAddresses(os.networkInterfaces());
  const best = ranked[0] ?? null;
  return {
    address: best?.address ?? null,
    port,
    tabletUrl: tabletUrl(best, port),
    others: ranked.slice(1).map((a) => a.address),
  };
}

function fail(err: unknown): void {
  log.error('the desktop app could not start', err);
  const t = desktopStrings(app.isReady() ? app.getLocale() : 'ko');
  const port = config.port;
  const detail =
    (err as NodeJS.ErrnoException | null)?.code === 'EADDRINUSE'
      ? t.portInUse(port)
      : err instanceof Error
        ? err.message
        : String(err);
  dialog.showErrorBox(t.startFailedTitle, `${detail}\n\n${t.seeLogs(path.dirname(logger.file))}`);
  void shutdown.run('start failed').then(() => app.exit(1));
}

/** A damaged database was moved aside at startup: offer the newest good backup. */
async function offerRestore(err: DatabaseCorruptError): Promise<boolean> {
  if (!err.latestBackup) return false;
  const t = desktopStrings(app.getLocale());
  const { response } = await dialog.showMessageBox({
    type: 'warning',
    title: t.corruptTitle,
    message: t.corruptTitle,
    detail: t.corruptOffer(err.latestBackup),
    buttons: [t.restoreNow, t.quit],
    defaultId: 0,
    cancelId: 1,
  });
  return response === 0;
}

async function start(restore = config.restore): Promise<void> {
  const t = desktopStrings(app.getLocale());
  if (shutdown.started) return;
  const starting = createStoreServer({
    ...config,
    staticDir: path.join(app.getAppPath(), 'dist', 'renderer'),
    logger,
    restore,
  });
  serverStart = starting.catch(() => null);
  let running: StoreServer;
  try {
    running = await starting;
  } catch (err) {
    if (err instanceof DatabaseCorruptError && !restore && (await offerRestore(err))) {
      log.warn(`restoring ${err.latestBackup} after a damaged database`);
      return start('latest');
    }
    fail(err);
    return;
  }
  const origin = new URL(running.url).origin;
  log.info(`desktop app serving ${running.url} (data in ${dataDir})`);
  if (shutdown.started) return;

  const openExternal = (url: string) => {
    if (isExternalWebUrl(url)) void shell.openExternal(url);
  };
  secureSession(session.defaultSession, origin);
  // Every WebContents (popups included) gets the guard, not only the windows made below.
  app.on('web-contents-created', (_event, contents) =>
    attachNavigationGuard(contents, { storeOrigin: origin, openExternal }),
  );

  let settings: DesktopSettings = loadSettings(dataDir, log);
  // The app icon is a file (build/icon.png, copied beside the bundle by scripts/build-main.mjs).
  const iconFile = fileURLToPath(new URL('./icon.png', import.meta.url));
  const icon = nativeImage.createFromPath(iconFile).resize({ width: 256, height: 256 });
  windows = createStoreWindows(
    {
      BrowserWindow,
      log,
      openExternal,
      screen,
      dialog,
      strings: t,
      icon,
      settings: {
        get: () => settings,
        save: (next) => {
          settings = next;
          saveSettings(dataDir, next);
        },
      },
      onChange: () => tray?.refresh(),
    },
    { storeUrl: running.url, preloadPath: fileURLToPath(new URL('./preload.cjs', import.meta.url)) },
  );
  const win = windows;

  const actions: MenuActions = {
    openAdmin: () => win.showAdmin(),
    openKitchen: () => win.openKitchen(),
    closeKitchen: () => win.closeKitchen(),
    pickKitchenDisplay: () => void win.pickKitchenDisplay(),
    openDataFolder: () => void shell.openPath(dataDir),
    copyText: (text) => clipboard.writeText(text),
    openInBrowser: openExternal,
    quit: () => quit('menu'),
  };
  registerDesktopIpc(
    ipcMain,
    origin,
    {
      pickKitchenDisplay: () => win.pickKitchenDisplay(),
      openDataFolder: async () => {
        const problem = await shell.openPath(dataDir);
        if (problem) log.warn(`could not open the data folder: ${problem}`);
      },
      lanAddress: () => lanInfo(running.port),
    },
    log,
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(actions, t, !app.isPackaged)));
  tray = createStoreTray({
    Tray,
    buildMenu: (template) => Menu.buildFromTemplate(template),
    icon: nativeImage.createFromPath(iconFile).resize({ width: 32, height: 32 }),
    strings: t,
    log,
    actions,
    lan: () => lanInfo(running.port),
    kitchenOpen: () => win.isKitchenOpen(),
  });
  // DHCP leases and Wi-Fi changes move the address; the tray follows.
  lanTimer = setInterval(() => tray?.refresh(), 30_000);
  lanTimer.unref();

  // The OS is going down: close the database before it does. Linux and macOS tell
  // powerMonitor (its listener does get an event, despite the typings); Windows tells windows.
  powerMonitor.on('shutdown', (event?: { preventDefault(): void }) => {
    event?.preventDefault();
    quit('os shutdown');
  });
  app.on('browser-window-created', (_event, created) =>
    created.on('query-session-end', (event) => {
      event.preventDefault();
      quit('windows session end');
    }),
  );

  win.showAdmin();
  if (settings.kitchen.openOnStart) win.openKitchen();
}
