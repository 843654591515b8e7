/** The API client against a real local HTTP server: envelopes, 401, non-JSON errors, network. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, createApiClient } from '../../../src-renderer/common/api';

let server: http.Server;
let base = '';
const seen: { method?: string; url?: string; auth?: string; body: string }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, auth: req.headers.authorization, body });
      const json = (status: number, value: unknown, headers: Record<string, string> = {}) =>
        res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(value));
      if (req.url === '/ok') return json(200, { hello: 'world' });
      if (req.url === '/created') return json(201, { id: 1 });
      if (req.url === '/empty') return void res.writeHead(204).end();
      if (req.url === '/invalid')
        return json(400, {
          detail: 'Invalid body',
          error_code: 'VALIDATION_ERROR',
          errors: [{ path: 'name', message: 'Required' }],
        });
      if (req.url === '/locked')
        return json(429, { detail: 'Too many', error_code: 'RATE_LIMITED' }, { 'retry-after': '42' });
      if (req.url === '/login-required')
        return json(401, { detail: 'Login required', error_code: 'AUTH_ERROR' });
      if (req.url === '/proxy-page')
        return void res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad');
      json(404, { detail: 'Not found', error_code: 'NOT_FOUND' });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => e as ApiError,
  );

describe('API client', () => {
  it('sends JSON with the bearer token and returns the parsed answer', async () => {
    const api = createApiClient({ baseUrl: base, getToken: () => 'tok' });
    expect(await api.post('/ok', { a: 1 })).toEqual({ hello: 'world' });
    const last = seen.at(-1)!;
    expect(last).toMatchObject({ method: 'POST', auth: 'Bearer tok', body: '{"a":1}' });
    expect(await api.postWithStatus('/created', {})).toEqual({ status: 201, data: { id: 1 } });
    await expect(api.del('/empty')).resolves.toBeUndefined();
  });

  it('turns the error envelope into an ApiError with its code and field messages', async () => {
    const api = createApiClient({ baseUrl: base });
    const e = await failure(api.post('/invalid', {}));
    expect(e).toBeInstanceOf(ApiError);
    expect(e.status).toBe(400);
    expect(e.code).toBe('VALIDATION_ERROR');
    expect(e.message).toBe('Invalid body');
    expect(e.fieldMessage('name')).toBe('Required');
    expect(e.isTransient).toBe(false);
    const locked = await failure(api.get('/locked'));
    expect(locked.retryAfterSeconds).toBe(42);
  });

  it('calls onUnauthorized on a 401, and only then', async () => {
    const calls: ApiError[] = [];
    const api = createApiClient({ baseUrl: base, onUnauthorized: (e) => calls.push(e) });
    await failure(api.get('/nowhere'));
    expect(calls).toHaveLength(0);
    const e = await failure(api.get('/login-required'));
    expect(calls).toEqual([e]);
    expect(e.code).toBe('AUTH_ERROR');
  });

  it('handles a non-JSON error page and an unreachable server', async () => {
    const api = createApiClient({ baseUrl: base });
    const proxy = await failure(api.get('/proxy-page'));
    expect(proxy.status).toBe(502);
    expect(proxy.code).toBe('INTERNAL_ERROR');
    const down = createApiClient({ baseUrl: 'http://127.0.0.1:1' });
    const e = await failure(down.get('/ok'));
    expect(e.code).toBe('NETWORK_ERROR');
    expect(e.isTransient).toBe(true);
  });
});
