/**
 * Raw TCP to an ESC/POS printer (port 9100) and its real-time status (A14). A slip is
 * confirmed only when the printer, asked right after the slip's bytes, reports no error:
 * DLE EOT 1 (printer), 2 (offline cause), 4 (paper sensor) are answered even while the
 * printer is offline, one byte each. Automatic status back packets (4 bytes, unasked) are
 * skipped; GS a 0 turns them off for the connection.
 */
import net from 'node:net';
import type { PrinterStatus } from '../../src-shared/types';

export const STATUS_QUERY = Buffer.from([
  0x1d, 0x61, 0x00, 0x10, 0x04, 0x01, 0x10, 0x04, 0x02, 0x10, 0x04, 0x04,
]);

export interface StatusReading {
  status: PrinterStatus;
  /** Why it is not `ok`, in words the admin screen shows. */
  error: string | null;
}

/** Reads the three DLE EOT answers (printer, offline cause, paper sensor). */
export function parseStatus([printer, cause, paper]: readonly number[]): StatusReading {
  if (cause! & 0x04) return { status: 'cover_open', error: 'The cover is open' };
  if (cause! & 0x20 || paper! & 0x60) return { status: 'paper_out', error: 'Out of paper' };
  if (printer! & 0x08 || cause! & 0x40) return { status: 'offline', error: 'The printer is offline (error)' };
  return { status: 'ok', error: null };
}

/** Takes DLE EOT answers out of what the printer sent, skipping automatic status packets. */
export function statusBytes(received: Buffer): number[] {
  const answers: number[] = [];
  for (let i = 0; i < received.length;) {
    const b = received[i]!;
    if ((b & 0x93) === 0x12) {
      answers.push(b);
      i += 1;
    } else if ((b & 0x93) === 0x10 && i + 4 <= received.length) {
      i += 4;
    } else {
      i += 1;
    }
  }
  return answers;
}

export class PrinterError extends Error {
  constructor(
    message: string,
    /** False when nothing reached the printer (no connection): no paper was used. */
    readonly reached: boolean,
    readonly status: PrinterStatus = 'offline',
  ) {
    super(message);
  }
}

/** One open connection to a printer; every step has a timeout, and close() always ends it. */
export class PrinterLink {
  private received = Buffer.alloc(0);
  private waiter: (() => void) | null = null;
  private ended: Error | null = null;

  private constructor(
    private readonly socket: net.Socket,
    private readonly timeoutMs: number,
  ) {
    socket.on('data', (chunk: Buffer) => {
      this.received = Buffer.concat([this.received, chunk]).subarray(-64);
      this.waiter?.();
    });
    socket.on('error', (error) => this.end(error));
    socket.on('close', () => this.end(new Error('The printer closed the connection')));
  }

  private end(error: Error) {
    this.ended ??= error;
    this.waiter?.();
  }

  static open(host: string, port: number, timeoutMs: number, signal: AbortSignal): Promise<PrinterLink> {
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host, port, signal });
      socket.setNoDelay(true);
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new PrinterError(`No connection to ${host}:${port} (timed out)`, false));
      }, timeoutMs);
      socket.once('connect', () => {
        clearTimeout(timer);
        socket.removeAllListeners('error');
        resolve(new PrinterLink(socket, timeoutMs));
      });
      socket.once('error', (error: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        socket.destroy();
        reject(new PrinterError(`No connection to ${host}:${port} (${error.code ?? error.message})`, false));
      });
    });
  }

  /** Writes the bytes (if any), asks for the status and waits for the three answers. */
  async send(bytes: Buffer | null): Promise<StatusReading> {
    const reached = bytes !== null;
    this.received = Buffer.alloc(0);
    await new Promise<void>((resolve, reject) => {
      this.socket.write(bytes ? Buffer.concat([bytes, STATUS_QUERY]) : STATUS_QUERY, (error) =>
        error ? reject(new PrinterError(`Sending failed: ${error.message}`, reached)) : resolve(),
      );
    });
    const deadline = Date.now() + this.timeoutMs;
    for (;;) {
      const answers = statusBytes(this.received);
      if (answers.length >= 3) return parseStatus(answers.slice(-3));
      if (this.ended) throw new PrinterError(this.ended.message, reached);
      const left = deadline - Date.now();
      if (left <= 0) throw new PrinterError('The printer did not answer the status query', reached);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiter = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.waiter = null;
    }
  }

  close(): void {
    this.socket.end();
    this.socket.destroy();
  }
}
