/**
 * A fake network ESC/POS printer for tests: a real TCP server on 127.0.0.1 (port 0) that
 * records the bytes it is sent, answers DLE EOT status queries like a printer does, and can
 * be told to be offline, out of paper, to cut the connection mid-job or to stay silent.
 * A slip counts as printed only when the printer was `ok` when its bytes arrived; slips are
 * split at the cut (GS V). Used by the API tests and the e2e spec.
 */
import net from 'node:net';
import iconv from 'iconv-lite';

export type FakeMode = 'ok' | 'offline' | 'paper_out' | 'cover_open' | 'drop' | 'silent';

export interface FakePrinter {
  port: number;
  mode: FakeMode;
  /** Every byte received (status queries removed), whatever the mode. */
  readonly received: Buffer[];
  /** Slips printed while `ok`, as raw ESC/POS bytes, one per cut. */
  readonly printed: Buffer[];
  /** Printed slips decoded from CP949 (commands left in as control characters). */
  texts(): string[];
  /** Status queries answered. */
  readonly queries: number;
  /** Stops listening and cuts every connection (the printer is unplugged). */
  unplug(): Promise<void>;
  /** Listens again on the same port. */
  plugIn(): Promise<void>;
  close(): Promise<void>;
}

const DLE = 0x10;
const EOT = 0x04;
const CUT = Buffer.from([0x1d, 0x56]);

function answer(mode: FakeMode, n: number): number {
  const base = 0x12;
  if (n === 1) return mode === 'ok' ? base : base | 0x08;
  if (n === 2) return base | (mode === 'cover_open' ? 0x04 : 0) | (mode === 'paper_out' ? 0x20 : 0);
  if (n === 4) return base | (mode === 'paper_out' ? 0x60 : 0);
  return base;
}

export async function startFakePrinter(port = 0): Promise<FakePrinter> {
  const sockets = new Set<net.Socket>();
  let pending = Buffer.alloc(0);
  let queries = 0;
  const fake: FakePrinter = {
    port,
    mode: 'ok',
    received: [],
    printed: [],
    texts: () => fake.printed.map((b) => iconv.decode(b, 'cp949')),
    get queries() {
      return queries;
    },
    unplug: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    plugIn: () => listen(fake.port),
    close: async () => {
      for (const s of sockets) s.destroy();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  const onData = (socket: net.Socket, chunk: Buffer) => {
    if (fake.mode === 'drop') {
      socket.destroy();
      return;
    }
    const data: number[] = [];
    for (let i = 0; i < chunk.length; i += 1) {
      if (chunk[i] === DLE && chunk[i + 1] === EOT && i + 2 < chunk.length) {
        queries += 1;
        if (fake.mode !== 'silent') socket.write(Buffer.from([answer(fake.mode, chunk[i + 2]!)]));
        i += 2;
      } else {
        data.push(chunk[i]!);
      }
    }
    if (!data.length) return;
    const bytes = Buffer.from(data);
    fake.received.push(bytes);
    if (fake.mode !== 'ok') return;
    pending = Buffer.concat([pending, bytes]);
    for (let cut = pending.indexOf(CUT); cut >= 0; cut = pending.indexOf(CUT)) {
      // GS V m (3 bytes) or GS V m n with m = 65/66 (4 bytes)
      const end = cut + (pending[cut + 2] === 0x41 || pending[cut + 2] === 0x42 ? 4 : 3);
      fake.printed.push(pending.subarray(0, end));
      pending = pending.subarray(end);
    }
  };

  const server = net.createServer((socket) => {
    // A slip cut off with its connection is not on paper: the next one starts clean.
    pending = Buffer.alloc(0);
    sockets.add(socket);
    socket.on('data', (chunk: Buffer) => onData(socket, chunk));
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
  });
  const listen = (p: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(p, '127.0.0.1', () => {
        server.off('error', reject);
        fake.port = (server.address() as net.AddressInfo).port;
        resolve();
      });
    });
  await listen(port);
  return fake;
}
