import { existsSync } from 'node:fs';
// A stand-in for the parts of Electron the main entry uses. Each call that matters prints one
// `FAKE {json}` line on stdout so a test can follow what the app did.
import { EventEmitter } from 'node:events';
import os from 'node:os';
import path from 'node:path';

const report = (what, detail = {}) => process.stdout.write(`FAKE ${JSON.stringify({ what, ...detail })}\n`);

const paths = { userData: path.join(os.tmpdir(), 'fake-electron-userdata') };

class FakeApp extends EventEmitter {
  isPackaged = process.env.FAKE_ELECTRON_PACKAGED === '1';
  #ready = false;
  getPath(name) {
    return paths[name];
  }
  setPath(name, value) {
    paths[name] = value;
  }
  getAppPath() {
    return process.cwd();
  }
  getLocale() {
    return 'ko';
  }
  isReady() {
    return this.#ready;
  }
  requestSingleInstanceLock() {
    return process.env.FAKE_ELECTRON_SECOND_INSTANCE !== '1';
  }
  whenReady() {
    return new Promise((resolve) =>
      setImmediate(() => {
        this.#ready = true;
        report('ready');
        resolve();
      }),
    );
  }
  quit() {
    const event = {
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    this.emit('before-quit', event);
    report('quit', { prevented: event.defaultPrevented });
    if (!event.defaultPrevented) process.exit(0);
  }
  exit(code = 0) {
    report('exit', { code });
    process.exit(code);
  }
}
export const app = new FakeApp();

class FakeWebContents extends EventEmitter {
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }
  reload() {}
  getURL() {
    return this.url ?? '';
  }
  isDestroyed() {
    return false;
  }
}

export class BrowserWindow extends EventEmitter {
  static all = [];
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new FakeWebContents();
    this.destroyed = false;
    BrowserWindow.all.push(this);
    app.emit('web-contents-created', {}, this.webContents);
    app.emit('browser-window-created', {}, this);
    report('window', { title: options.title, webPreferences: options.webPreferences });
  }
  async loadURL(url) {
    this.webContents.url = url;
    report('loadURL', { url });
    this.emit('ready-to-show');
  }
  show() {}
  focus() {
    report('focus', { url: this.webContents.url });
  }
  restore() {}
  isMinimized() {
    return false;
  }
  isDestroyed() {
    return this.destroyed;
  }
  close() {
    this.destroy();
  }
  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    report('window closed', { url: this.webContents.url });
    this.emit('closed');
  }
}

export const Menu = {
  buildFromTemplate: (template) => ({ template }),
  setApplicationMenu: (menu) => report('app menu', { items: menu.template.map((i) => i.label) }),
};

export class Tray extends EventEmitter {
  destroyed = false;
  constructor() {
    super();
    report('tray');
  }
  setToolTip() {}
  setContextMenu(menu) {
    report('tray menu', { items: menu.template.map((i) => i.label ?? i.type) });
  }
  isDestroyed() {
    return this.destroyed;
  }
  destroy() {
    this.destroyed = true;
  }
}

const image = (source) => ({ source, resize: (size) => ({ ...image(source), size }) });
export const nativeImage = {
  createFromBuffer: (buffer) => image(buffer.length),
  createFromPath: (file) => {
    // The real one gives an empty image for a missing file; the app must ship its icon.
    if (!existsSync(file)) throw new Error(`no icon file at ${file}`);
    return image(file);
  },
};
export const clipboard = { writeText: () => undefined };
export const dialog = {
  showErrorBox: (title, content) => report('error box', { title, content }),
  showMessageBox: async () => ({ response: 0, checkboxChecked: false }),
};
export const ipcMain = { handle: (channel) => report('ipc', { channel }) };
export const powerMonitor = new EventEmitter();
const display = {
  id: 1,
  label: 'fake',
  bounds: { x: 0, y: 0, width: 1280, height: 800 },
  workArea: { x: 0, y: 0, width: 1280, height: 800 },
  size: { width: 1280, height: 800 },
};
export const screen = { getAllDisplays: () => [display], getPrimaryDisplay: () => display };
export const session = {
  defaultSession: {
    webRequest: { onHeadersReceived: () => report('csp installed') },
    setPermissionRequestHandler: () => undefined,
    setPermissionCheckHandler: () => undefined,
  },
};
export const shell = { openExternal: async () => undefined, openPath: async () => '' };

// Lets the test ask for an OS shutdown through a signal (SIGUSR2 here).
process.on('SIGUSR2', () => {
  const event = { preventDefault: () => report('shutdown delayed') };
  powerMonitor.emit('shutdown', event);
});
export default {
  app,
  BrowserWindow,
  Menu,
  Tray,
  nativeImage,
  clipboard,
  dialog,
  ipcMain,
  powerMonitor,
  screen,
  session,
  shell,
};
