// `npm run dev`: a store server on 7780 with its own data folder (demo data, known password)
// and the three apps' Vite dev servers proxying to it. Ctrl+C stops them all.
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const env = {
  TABLE_ORDER_HOST: '127.0.0.1',
  TABLE_ORDER_PORT: '7780',
  TABLE_ORDER_DATA_DIR: path.join(root, 'data-dev'),
  TABLE_ORDER_DEMO_PASSWORD: 'dev-pass-1234',
  ...process.env,
};
const vite = (app) => ['vite', '--config', `src-renderer/${app}/vite.config.ts`];
const children = [
  ['server', ['tsx', 'watch', 'src-main/headless.ts']],
  ['tablet', vite('tablet')],
  ['admin', vite('admin')],
  ['kitchen', vite('kitchen')],
].map(([name, args]) => {
  const child = spawn('npx', args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = (chunk) =>
    chunk
      .toString()
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => `[${name}] ${line}\n`)
      .join('');
  child.stdout.on('data', (c) => process.stdout.write(prefix(c)));
  child.stderr.on('data', (c) => process.stderr.write(prefix(c)));
  child.on('exit', (code) => {
    console.log(`[${name}] exited with ${code}`);
    stop();
  });
  return child;
});

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
