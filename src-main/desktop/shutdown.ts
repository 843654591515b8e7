import type { DesktopLog } from './desktop-log';

/**
 * One graceful stop for every way the app can end (tray Quit, window menu, SIGINT/SIGTERM,
 * the OS shutting down). Closing the store server stops HTTP and SSE, flushes pending writes,
 * checkpoints the WAL and closes the database. It runs once however many triggers fire, and a
 * hung close cannot keep the app alive for ever: committed orders are already durable
 * (WAL + synchronous=FULL), the checkpoint is tidiness, not safety.
 */

export interface Closable {
  close(): Promise<void>;
}

export interface ShutdownOptions {
  /** The store server, once it has started (null while starting or when start failed). */
  server: () => Closable | null;
  log: DesktopLog;
  /** Work before the server closes (close windows, destroy the tray). Errors are logged, not thrown. */
  before?: () => void | Promise<void>;
  timeoutMs?: number;
}

export interface Shutdown {
  /** Starts the stop (or joins the one under way); resolves when it is over, never rejects. */
  run(reason: string): Promise<void>;
  readonly started: boolean;
  readonly finished: boolean;
}

export function createShutdown(options: ShutdownOptions): Shutdown {
  const timeoutMs = options.timeoutMs ?? 10_000;
  let running: Promise<void> | null = null;
  let finished = false;

  const stop = async (reason: string): Promise<void> => {
    options.log.info(`shutting down (${reason})`);
    try {
      await options.before?.();
    } catch (err) {
      options.log.warn('shutdown: closing the desktop parts failed', err);
    }
    const server = options.server();
    if (!server) return;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
      timer.unref?.();
    });
    try {
      const outcome = await Promise.race([server.close().then(() => 'closed' as const), timeout]);
      if (outcome === 'timeout')
        options.log.error(`shutdown: store server did not close within ${timeoutMs} ms`);
      else options.log.info('store server closed');
    } catch (err) {
      options.log.error('shutdown: closing the store server failed', err);
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    run(reason) {
      running ??= stop(reason).finally(() => {
        finished = true;
      });
      return running;
    },
    get started() {
      return running !== null;
    },
    get finished() {
      return finished;
    },
  };
}
