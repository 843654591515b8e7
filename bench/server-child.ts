/**
 * The store server in its own process for the bench: started on 127.0.0.1:<port or 0> with the
 * data folder of argv[2]; tells the parent its port over IPC and answers `stats` requests
 * (writer commits, RSS). The parent kills it with SIGKILL (crash test) or SIGTERM.
 */
import { createStoreServer } from '../src-main/server/create-store-server';

const dataDir = process.argv[2];
const port = Number(process.argv[3] ?? 0);
if (!dataDir) throw new Error('usage: server-child.ts <dataDir> [port]');

const server = await createStoreServer({
  dataDir,
  host: '127.0.0.1',
  port,
  demo: true,
  demoPassword: 'bench-pass',
  logLevel: 'error',
  // The load phases order as fast as they can from each table; the flood row turns it on.
  tableOrdersPerMinute: Number(process.env.BENCH_TABLE_ORDERS_PER_MINUTE ?? 0),
  backups: { intervalMs: 0, onClose: false },
  retention: { intervalMs: 0 },
});

process.on('message', (msg: { type: string }) => {
  if (msg.type === 'stats') {
    const cpu = process.cpuUsage();
    process.send?.({
      type: 'stats',
      writer: { ...server.ctx.writer.stats },
      rss: process.memoryUsage().rss,
      memory: process.memoryUsage(),
      cpuMs: (cpu.user + cpu.system) / 1000,
    });
  }
});
process.on('SIGTERM', () => {
  void server.close().then(() => process.exit(0));
});
process.send?.({ type: 'ready', port: server.port });
