/**
 * One logger per store server, built on electron-log (works without Electron): a rotated
 * file in <dataDir>/logs/main.log and the console. Errors carry their stack to the file.
 *
 * The file path is given explicitly, and so is the app name: electron-log otherwise takes the
 * name from the nearest package.json above the working folder, and where there is none (the
 * built server started from any other folder) it fails on every file write and silently keeps
 * only the console. The log holds request paths and stacks: owner-only (0600 in a 0700 folder).
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import log from 'electron-log/node';

export type LogLevel = 'error' | 'warn' | 'info' | 'debug';

export interface Logger {
  error(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  info(...args: unknown[]): void;
  debug(...args: unknown[]): void;
  scope(name: string): Logger;
  /** The file the logs go to. */
  readonly file: string;
}

let seq = 0;

/** The logs folder and file exist, owner-only, before electron-log first writes. */
function preparePrivateFile(file: string): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    chmodSync(path.dirname(file), 0o700);
    if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
    chmodSync(file, 0o600);
  } catch {
    // electron-log reports its own write failures on the console; the server runs without a file.
  }
}

export function createLogger(options: { dataDir: string; level?: LogLevel; console?: boolean }): Logger {
  const file = path.join(options.dataDir, 'logs', 'main.log');
  preparePrivateFile(file);
  const instance = log.create({ logId: `table-order-${process.pid}-${++seq}` });
  instance.transports.file.setAppName('table-order');
  instance.transports.file.resolvePathFn = () => file;
  // Also a file started after a rotation is owner-only.
  instance.transports.file.writeOptions = { flag: 'a', mode: 0o600, encoding: 'utf8' };
  instance.transports.file.maxSize = 5 * 1024 * 1024;
  instance.transports.file.level = options.level === 'debug' ? 'debug' : 'info';
  instance.transports.console.level = options.console === false ? false : (options.level ?? 'info');
  instance.scope.labelPadding = false;
  instance.transports.console.format = '{h}:{i}:{s}.{ms} {level}{scope} {text}';
  const wrap = (target: ReturnType<typeof instance.scope> | typeof instance): Logger => ({
    error: (...a) => target.error(...a),
    warn: (...a) => target.warn(...a),
    info: (...a) => target.info(...a),
    debug: (...a) => target.debug(...a),
    scope: (name) => wrap(instance.scope(name)),
    file,
  });
  return wrap(instance);
}
