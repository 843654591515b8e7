/**
 * Calls from "another device on the LAN". The server listens on 127.0.0.1 and Fastify trusts
 * no proxy headers, so the client socket is bound to another loopback address (127.0.0.2 …
 * 127.0.0.254 all reach 127.0.0.1 on Linux): the server sees that as the remote address.
 * Only 127.0.0.1 and ::1 count as the store PC itself.
 */
import http from 'node:http';
import type { ApiResult } from './server';

export interface LanCallOptions {
  /** The client's address; default 127.0.0.2. */
  from?: string;
  body?: unknown;
  /** The Host header; default the server's own 127.0.0.1:<port>. */
  host?: string;
  token?: string;
}

export function lanCall<T = any>(
  baseUrl: string,
  method: string,
  urlPath: string,
  o: LanCallOptions = {},
): Promise<ApiResult<T>> {
  const url = new URL(baseUrl);
  const body = o.body === undefined ? undefined : JSON.stringify(o.body);
  const headers: Record<string, string> = { host: o.host ?? url.host };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (o.token) headers.authorization = `Bearer ${o.token}`;
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: urlPath,
        method,
        headers,
        localAddress: o.from ?? '127.0.0.2',
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          const h = new Headers();
          for (const [k, v] of Object.entries(res.headers)) {
            if (v !== undefined) h.set(k, Array.isArray(v) ? v.join(', ') : v);
          }
          const json = (res.headers['content-type'] ?? '').includes('json') && text;
          resolve({
            status: res.statusCode ?? 0,
            data: (json ? JSON.parse(text) : undefined) as T,
            headers: h,
            text,
          });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
