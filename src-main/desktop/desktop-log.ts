/**
 * The slice of the scoped logger (src-main/logging) the desktop code uses, so desktop modules
 * and their tests do not depend on electron-log being set up.
 */
export interface DesktopLog {
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
}
