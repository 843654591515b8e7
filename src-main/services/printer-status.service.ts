/**
 * Printers' live status (A14), as the printer worker last read it from each printer. It is not
 * stored: after a restart every printer is `unknown` until its first answer. The worker hooks
 * in `wake` so that a new or reprinted job is sent without waiting for the next poll.
 */
import type { PrinterStatus } from '../../src-shared/types';

export interface PrinterLive {
  status: PrinterStatus;
  last_error: string | null;
}

export class PrinterStatusBoard {
  private readonly live = new Map<number, PrinterLive>();
  private wakeHook: (retryJobId?: number) => void = () => {};

  get(printerId: number): PrinterLive {
    return this.live.get(printerId) ?? { status: 'unknown', last_error: null };
  }

  /** Records what the printer said; true when it differs from what was known. */
  set(printerId: number, next: PrinterLive): boolean {
    const before = this.get(printerId);
    this.live.set(printerId, next);
    return before.status !== next.status || before.last_error !== next.last_error;
  }

  forget(printerId: number): void {
    this.live.delete(printerId);
  }

  onWake(hook: (retryJobId?: number) => void): void {
    this.wakeHook = hook;
  }

  /** Something to print was committed: the worker looks now. */
  wake(): void {
    this.wakeHook();
  }

  /** A reprint: this job is tried now, whatever its backoff said. */
  retryNow(jobId: number): void {
    this.wakeHook(jobId);
  }
}
