import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { devServer } from '../dev-proxy';
import { fontSubset } from '../font-subset';
import { VitePWA } from 'vite-plugin-pwa';

const here = import.meta.dirname;
const repo = path.resolve(here, '../..');

/** The tablet app: served by the store server under /table/, installable, works offline once loaded. */
export default defineConfig({
  root: here,
  base: '/table/',
  server: devServer(5173),
  publicDir: path.join(here, 'public'),
  build: {
    outDir: path.join(repo, 'dist/renderer/tablet'),
    emptyOutDir: true,
    target: 'es2022',
  },
  plugins: [
    fontSubset({ keepIdeographs: true }),
    react(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      scope: '/table/',
      base: '/table/',
      manifest: {
        // A stable identity: the installed app stays the same app when start_url gains a query.
        id: '/table/',
        name: 'Table Order',
        short_name: 'Table Order',
        description: '테이블 주문',
        lang: 'ko',
        start_url: '/table/',
        scope: '/table/',
        display: 'fullscreen',
        orientation: 'any',
        background_color: '#faf7f2',
        theme_color: '#faf7f2',
        icons: [
          { src: '/table/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/table/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/table/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico}'],
        navigateFallback: '/table/index.html',
        navigateFallbackAllowlist: [/^\/table\//],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        runtimeCaching: [
          {
            // The last menu answers a reload while the store PC restarts.
            urlPattern: ({ url, request }) => url.pathname === '/api/menus' && request.method === 'GET',
            handler: 'NetworkFirst',
            options: {
              cacheName: 'table-menu',
              networkTimeoutSeconds: 3,
              // The token may change between loads; the menu is the same for every table of the store.
              matchOptions: { ignoreVary: true },
              cacheableResponse: { statuses: [200] },
            },
          },
          {
            // Noto Sans KR comes in ~100 slices per weight and a page needs only a few: they are
            // not precached, each is kept the first time it is used (immutable, hashed names).
            urlPattern: ({ url }) =>
              url.pathname.startsWith('/table/assets/') && url.pathname.endsWith('.woff2'),
            handler: 'CacheFirst',
            options: {
              cacheName: 'table-fonts',
              expiration: { maxEntries: 400, maxAgeSeconds: 60 * 60 * 24 * 365 },
              cacheableResponse: { statuses: [0, 200] },
            },
          },
          {
            urlPattern: ({ url }) => url.pathname.startsWith('/images/'),
            handler: 'CacheFirst',
            options: {
              cacheName: 'table-images',
              expiration: { maxEntries: 300, maxAgeSeconds: 60 * 60 * 24 * 30 },
              cacheableResponse: { statuses: [0, 200] },
            },
          },
        ],
      },
    }),
  ],
});
