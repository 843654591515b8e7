/**
 * Stand-ins for the few Electron objects the desktop modules touch, so their logic runs in
 * plain Node. They record what was asked of them and can emit the events Electron would.
 */
import { EventEmitter } from 'node:events';
import type { BrowserWindow, BrowserWindowConstructorOptions, HandlerDetails } from 'electron';
import type { BrowserWindowClass } from '../../../src-main/windows/secure-window';

export class FakeEvent {
  defaultPrevented = false;
  constructor(public url = '') {}
  preventDefault() {
    this.defaultPrevented = true;
  }
}

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: HandlerDetails) => unknown) | null = null;
  reloads = 0;
  url = '';
  setWindowOpenHandler(handler: (details: HandlerDetails) => unknown) {
    this.windowOpenHandler = handler;
  }
  reload() {
    this.reloads += 1;
  }
  getURL() {
    return this.url;
  }
  isDestroyed() {
    return false;
  }
  /** What a page trying to go to `url` would get: true when the app refused it. */
  tryNavigate(url: string): boolean {
    const event = new FakeEvent(url);
    this.emit('will-navigate', event, url);
    return event.defaultPrevented;
  }
}

export class FakeWindow extends EventEmitter {
  static created: FakeWindow[] = [];
  webContents = new FakeWebContents();
  loaded: string[] = [];
  destroyed = false;
  shown = 0;
  focused = 0;
  constructor(public options: BrowserWindowConstructorOptions) {
    super();
    FakeWindow.created.push(this);
  }
  loadURL(url: string) {
    this.loaded.push(url);
    this.webContents.url = url;
    return Promise.resolve();
  }
  show() {
    this.shown += 1;
  }
  focus() {
    this.focused += 1;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  isDestroyed() {
    return this.destroyed;
  }
  close() {
    this.destroy();
  }
  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('closed');
  }
}

export const FakeBrowserWindow = FakeWindow as unknown as BrowserWindowClass;

export function asFake(win: BrowserWindow): FakeWindow {
  return win as unknown as FakeWindow;
}

export function memoryLog() {
  const lines: string[] = [];
  const put =
    (level: string) =>
    (...args: unknown[]) =>
      lines.push(`${level} ${args.map(String).join(' ')}`);
  return { lines, info: put('info'), warn: put('warn'), error: put('error') };
}
