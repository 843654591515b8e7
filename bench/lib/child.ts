/** Starts bench/server-child.ts in a child process and talks to it. */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { SERVER_NODE_ARGS, serverEnv } from '../../scripts/server-runtime.mjs';

const ENTRY = path.join(import.meta.dirname, '..', 'server-child.ts');
// Under node_modules (ignored by lint and git) so the bundle's bare imports resolve to ours.
const BUNDLE = path.join(
  import.meta.dirname,
  '..',
  '..',
  'node_modules',
  '.cache',
  'table-order-bench',
  'server-child.mjs',
);
let bundled: Promise<void> | null = null;

/**
 * The child runs a bundle made with esbuild, like the shipped server (dist/main), not through
 * the tsx loader: the loader's worker thread and transforms would add ~100 MB and a second to
 * the memory and start-up figures.
 */
function bundle(): Promise<void> {
  bundled ??= build({
    entryPoints: [ENTRY],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  }).then(() => undefined);
  return bundled;
}

export interface ServerChild {
  url: string;
  port: number;
  pid: number;
  /** ms from spawn to the ready message. */
  startMs: number;
  proc: ChildProcess;
  stats(): Promise<{ writer: { commits: number; jobs: number }; rss: number; cpuMs: number }>;
  /** VmRSS from /proc (kB → bytes). */
  rss(): number;
  stop(): Promise<void>;
  kill(): Promise<void>;
}

export async function startChild(
  dataDir: string,
  port = 0,
  nodeArgs: string[] = [],
  env: NodeJS.ProcessEnv = {},
): Promise<ServerChild> {
  await bundle();
  const t0 = performance.now();
  const proc = fork(BUNDLE, [dataDir, String(port)], {
    // Started as `npm start` starts the store server (scripts/server-runtime.mjs), unless the
    // caller asks for plain Node defaults to compare with.
    execArgv: env.BENCH_PLAIN_NODE ? nodeArgs : [...SERVER_NODE_ARGS, ...nodeArgs],
    env: env.BENCH_PLAIN_NODE ? { ...process.env, ...env } : serverEnv({ ...process.env, ...env }),
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    proc.once('exit', (code) => reject(new Error(`server child exited early (${code})`)));
    proc.on('message', function onReady(msg: { type: string; port: number }) {
      if (msg.type !== 'ready') return;
      proc.off('message', onReady);
      const child: ServerChild = {
        url: `http://127.0.0.1:${msg.port}`,
        port: msg.port,
        pid: proc.pid!,
        startMs: performance.now() - t0,
        proc,
        stats: () =>
          new Promise((res) => {
            proc.once('message', (m: { type: string }) => res(m as never));
            proc.send({ type: 'stats' });
          }),
        rss: () => {
          const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${proc.pid}/status`, 'utf8'));
          return Number(m?.[1] ?? 0) * 1024;
        },
        stop: async () => {
          proc.kill('SIGTERM');
          await exited;
        },
        kill: async () => {
          proc.kill('SIGKILL');
          await exited;
        },
      };
      resolve(child);
    });
  });
}
