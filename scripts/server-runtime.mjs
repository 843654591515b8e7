// How the store server process is started (by `npm start`, `npm run serve` and the bench), so
// that its memory stays small on a store PC that also runs the admin and kitchen windows:
// - a 1 MiB young generation: the server's garbage is small and short-lived, and V8's default
//   (16 MiB semi-spaces) keeps ~10 MB resident for nothing;
// - a fixed glibc mmap threshold: password hashing (scrypt, 16 MiB per hash) runs on libuv's
//   pool threads, and glibc's sliding threshold would keep each thread's 16 MiB in its arena
//   for good; fixed at 1 MiB, large buffers are mapped and given back when freed.
export const SERVER_NODE_ARGS = ['--max-semi-space-size=1'];

const MMAP_TUNABLE = 'glibc.malloc.mmap_threshold=1048576';

/** The environment for the server process: the caller's, plus the glibc tunable (Linux only). */
export function serverEnv(env = process.env, platform = process.platform) {
  if (platform !== 'linux') return { ...env };
  const tunables = env.GLIBC_TUNABLES ? `${env.GLIBC_TUNABLES}:${MMAP_TUNABLE}` : MMAP_TUNABLE;
  return {
    ...env,
    GLIBC_TUNABLES: env.GLIBC_TUNABLES?.includes('mmap_threshold') ? env.GLIBC_TUNABLES : tunables,
  };
}
