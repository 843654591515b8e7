// Bundles the main process (Electron entry, preload, headless entry) with esbuild into
// dist/main. npm packages stay external: they are installed next to the bundle.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';

const entryPoints = ['src-main/headless.ts', 'src-main/index.ts'].filter((f) => existsSync(f));

await build({
  entryPoints,
  outdir: 'dist/main',
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'esm',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});

if (existsSync('src-main/windows/preload.ts')) {
  // Sandboxed preloads must be CommonJS.
  await build({
    entryPoints: ['src-main/windows/preload.ts'],
    outfile: 'dist/main/preload.cjs',
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    external: ['electron'],
    logLevel: 'warning',
  });
}

// The app icon for windows and the tray, loaded from a file beside the bundle.
mkdirSync('dist/main', { recursive: true });
copyFileSync('build/icon.png', 'dist/main/icon.png');
