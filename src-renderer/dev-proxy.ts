/**
 * `npm run dev`: each app's Vite dev server forwards the API (SSE included), the health check
 * and menu images to the store server that `scripts/dev.mjs` starts, so the apps run with hot
 * reload against real data on one origin per app.
 */
import type { ServerOptions } from 'vite';

export const DEV_STORE_URL = process.env.TABLE_ORDER_DEV_SERVER ?? 'http://127.0.0.1:7780';

export function devServer(port: number): ServerOptions {
  const to = { target: DEV_STORE_URL, changeOrigin: false };
  return {
    host: '127.0.0.1',
    port,
    strictPort: true,
    proxy: { '/api': to, '/health': to, '/images': to },
  };
}
