/**
 * Serves the three web apps (/table/, /admin/, /kitchen/, each falling back to its
 * index.html for client routes), uploaded images (/images/), / → /table/ and the root favicon.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';

export const APPS = [
  { prefix: '/table/', dir: 'tablet' },
  { prefix: '/admin/', dir: 'admin' },
  { prefix: '/kitchen/', dir: 'kitchen' },
] as const;

const CSP = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "script-src 'self'",
  // The tablet onboarding page on plain HTTP asks the store's HTTPS port (another origin)
  // whether this browser trusts it: that one path is allowed, on any host and port (the
  // store's address and HTTPS port are the page's to learn), and nothing else leaves the origin.
  "connect-src 'self' https://*:*/api/tls/check",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join('; ');

function setHeaders(res: { header(k: string, v: string): unknown }, file: string) {
  const name = path.basename(file);
  if (
    name === 'index.html' ||
    name === 'sw.js' ||
    name.endsWith('.webmanifest') ||
    name.startsWith('workbox-')
  ) {
    res.header('cache-control', 'no-cache');
  } else if (file.includes(`${path.sep}assets${path.sep}`)) {
    res.header('cache-control', 'public, max-age=31536000, immutable');
  }
  if (name.endsWith('.html')) res.header('content-security-policy', CSP);
}

export function registerStatic(app: FastifyInstance, staticDir: string, imagesDir: string): void {
  app.register(fastifyStatic, {
    root: imagesDir,
    prefix: '/images/',
    decorateReply: true,
    index: false,
    setHeaders: (res) => res.header('cache-control', 'public, max-age=31536000, immutable'),
  });
  for (const a of APPS) {
    const root = path.join(staticDir, a.dir);
    if (!existsSync(root)) {
      app.get(`${a.prefix}*`, async (_req, reply) => notBuilt(reply, a.dir));
      app.get(a.prefix.slice(0, -1), async (_req, reply) => reply.redirect(a.prefix));
      continue;
    }
    app.register(fastifyStatic, {
      root,
      prefix: a.prefix,
      decorateReply: false,
      index: 'index.html',
      wildcard: true,
      setHeaders,
    });
    app.get(a.prefix.slice(0, -1), async (_req, reply) => reply.redirect(a.prefix));
  }
  app.get('/', async (_req, reply) => reply.redirect('/table/', 302));
  // Browsers ask for /favicon.ico on their own (bookmarks, tabs opened on a bare JSON URL).
  app.get('/favicon.ico', async (_req, reply) => reply.redirect('/table/favicon.ico', 302));
}

/** For a client-side route (no file extension) under an app prefix: that app's index.html. */
export function spaFallback(staticDir: string, url: string): { root: string } | null {
  const p = url.split('?')[0]!;
  const a = APPS.find((x) => p.startsWith(x.prefix));
  if (!a || path.extname(p)) return null;
  const root = path.join(staticDir, a.dir);
  return existsSync(path.join(root, 'index.html')) ? { root } : null;
}

export { CSP };

function notBuilt(reply: FastifyReply, dir: string) {
  return reply.status(503).type('text/html; charset=utf-8')
    .send(`<!doctype html><meta charset="utf-8"><title>Table Order</title>
<p>The ${dir} app is not built yet. Run <code>npm run build</code> and reload.</p>`);
}
