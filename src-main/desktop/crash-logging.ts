import type { App, Details, RenderProcessGoneDetails, WebContents } from 'electron';
import type { DesktopLog } from './desktop-log';

/**
 * Records what would otherwise vanish: a main-process exception or rejected promise nobody
 * awaited, and any page or helper process (GPU, utility) that died. The main process keeps
 * running after an uncaught exception: the store server must stay up for the tablets, and a
 * broken state shows in the log where support can read it.
 */

type AppEvents = Pick<App, 'on'>;
type ProcessEvents = Pick<NodeJS.Process, 'on'>;

export function installCrashLogging(app: AppEvents | null, proc: ProcessEvents, log: DesktopLog): void {
  proc.on('uncaughtException', (err: Error, origin: string) => {
    log.error(`uncaught exception (${origin})`, err);
  });
  proc.on('unhandledRejection', (reason: unknown) => {
    log.error('unhandled promise rejection', reason);
  });
  if (!app) return;
  app.on(
    'render-process-gone',
    (_event: unknown, contents: WebContents, details: RenderProcessGoneDetails) => {
      log.error(`page process gone: ${details.reason} (exit ${details.exitCode}) at ${safeUrl(contents)}`);
    },
  );
  app.on('child-process-gone', (_event: unknown, details: Details) => {
    log.error(
      `${details.type} process gone: ${details.reason} (exit ${details.exitCode})` +
        (details.name ? ` ${details.name}` : '') +
        (details.serviceName ? ` ${details.serviceName}` : ''),
    );
  });
}

function safeUrl(contents: Pick<WebContents, 'getURL' | 'isDestroyed'>): string {
  try {
    return contents.isDestroyed() ? '(closed)' : contents.getURL();
  } catch {
    return '(unknown)';
  }
}
