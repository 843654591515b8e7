/**
 * One logger per store server, built on electron-log (works without Electron): a rotated
 * file in <dataDir>/logs/main.log and the console. Errors carry their stack to the file.
 */
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

export function createLogger(options: { dataDir: string; level?: LogLevel; console?: boolean }): Logger {
  const file = path.join(options.dataDir, 'logs', 'main.log');
  const instance = log.create({ logId: `table-order-${process.pid}-${++seq}` });
  instance.transports.file.resolvePathFn = () => file;
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
