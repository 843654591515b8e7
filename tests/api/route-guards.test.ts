/**
 * Deny by default: every registered route under /api/admin (and the tablet /api routes)
 * refuses a request without a token with 401 before its body is read, and a token of the
 * wrong kind with 403. The route list comes from the app's onRoute hook, so a route added
 * later is covered without touching this test; only the public ones are listed here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import { guardScope } from '../../src-main/server/plugins/auth';
import { registerErrorHandler } from '../../src-main/server/plugins/error-handler';
import type { RouteEntry } from '../../src-main/server/app';
import { startServer, stopAllServers, type TestServer } from './helpers/server';
import { expectError } from './helpers/api';

/** Routes that take no token on purpose. */
const PUBLIC = [
  'POST /api/admin/login',
  'POST /api/setup',
  'POST /api/table/login',
  'POST /api/table/pair',
  'POST /api/table/device-login',
  'POST /api/table/guest-login',
  'GET /api/tls',
  'GET /api/tls/check',
  'GET /tls/store-ca.crt',
  // Fastify's HEAD twins of the GET routes above.
  'HEAD /api/tls',
  'HEAD /api/tls/check',
  'HEAD /tls/store-ca.crt',
];

let t: TestServer;
let manager: string;
let kitchen: string;
let table: string;

beforeAll(async () => {
  t = await startServer();
  manager = (await t.adminLogin()).token;
  const created = await t.call('POST', '/api/admin/staff', {
    token: manager,
    body: { username: 'cook', password: 'cook-pass', role: 'kitchen' },
  });
  expect(created.status).toBe(201);
  kitchen = (await t.adminLogin('cook', 'cook-pass')).token;
  table = (await t.tableLogin(1)).token;
});
afterAll(stopAllServers);

const key = (r: RouteEntry) => `${r.method} ${r.url}`;
const concrete = (url: string) => url.replace(/:[A-Za-z_]+/g, '1');

function apiRoutes(prefix: RegExp): RouteEntry[] {
  const routes = t.server.app.routeTable.filter((r) => prefix.test(r.url) && !PUBLIC.includes(key(r)));
  expect(routes.length).toBeGreaterThan(5);
  return routes;
}

async function send(r: RouteEntry, token?: string) {
  const hasBody = !['GET', 'HEAD', 'DELETE'].includes(r.method);
  return t.call(r.method, concrete(r.url), {
    ...(token ? { token } : {}),
    // Not even valid JSON: a route that parsed the body before the token check would say 400.
    ...(hasBody ? { raw: '{"not json', headers: { 'content-type': 'application/json' } } : {}),
  });
}

describe('route guards', () => {
  it('lists the routes of API.md, public ones marked public', () => {
    const keys = t.server.app.routeTable.map(key);
    for (const k of PUBLIC) expect(keys).toContain(k);
    for (const r of t.server.app.routeTable.filter((x) => PUBLIC.includes(key(x))))
      expect(r.config.public).toBe(true);
    expect(keys).toContain('GET /api/admin/events');
    expect(keys).toContain('POST /api/admin/images');
    expect(keys).toContain('GET /api/table/events');
  });

  it('every /api/admin route answers 401 without a staff token, before reading the body', async () => {
    for (const r of apiRoutes(/^\/api\/admin\//)) {
      const res = await send(r);
      expect({ route: key(r), status: res.status }).toEqual({ route: key(r), status: 401 });
      if (r.method !== 'HEAD') expectError(res, 401);
    }
  });

  it('every /api/admin route answers 403 to a table token', async () => {
    for (const r of apiRoutes(/^\/api\/admin\//)) {
      const res = await send(r, table);
      expect({ route: key(r), status: res.status }).toEqual({ route: key(r), status: 403 });
    }
  });

  it('every /api/admin route declares its roles; kitchen gets 403 on manager-only ones', async () => {
    for (const r of apiRoutes(/^\/api\/admin\//)) {
      expect(r.config.roles?.length, key(r)).toBeGreaterThan(0);
      if (r.config.roles?.includes('kitchen')) continue;
      const res = await send(r, kitchen);
      expect({ route: key(r), status: res.status }).toEqual({ route: key(r), status: 403 });
    }
  });

  it('every tablet route answers 401 without a token and 403 to a staff token', async () => {
    const tablet = apiRoutes(/^\/api\/(?!admin\/)/);
    for (const r of tablet) {
      expect(r.config.roles, key(r)).toEqual(['table']);
      expect((await send(r)).status, key(r)).toBe(401);
      expect((await send(r, manager)).status, key(r)).toBe(403);
    }
  });

  it('a guarded route that names no role answers 403 to everyone and never runs', async () => {
    const app = Fastify();
    await app.register(fastifyCookie);
    registerErrorHandler(app, t.server.log);
    let ran = false;
    await app.register(
      async (scope) => {
        guardScope(scope, t.server.ctx, 'staff');
        scope.post('/forgotten', async () => {
          ran = true;
          return { ok: true };
        });
      },
      { prefix: '/api/admin' },
    );
    const noToken = await app.inject({ method: 'POST', url: '/api/admin/forgotten', payload: {} });
    expect(noToken.statusCode).toBe(401);
    const withToken = await app.inject({
      method: 'POST',
      url: '/api/admin/forgotten',
      headers: { authorization: `Bearer ${manager}` },
      payload: {},
    });
    expect(withToken.statusCode).toBe(403);
    expect(withToken.json()).toMatchObject({ error_code: 'FORBIDDEN' });
    expect(ran).toBe(false);
    await app.close();
  });
});
