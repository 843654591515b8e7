/**
 * An image over the 2 MiB limit gets the 413 envelope over a real connection — the server reads
 * (and discards) what the client is still sending before answering, so the client is not cut
 * off mid-upload (EPIPE/ECONNRESET) and never sees the answer.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, stopAllServers, type TestServer } from './helpers/server';

afterAll(stopAllServers);

let t: TestServer;
let admin: string;

beforeAll(async () => {
  t = await startServer({ backups: { intervalMs: 0, onClose: false } });
  admin = (await t.adminLogin()).token;
});

const PNG_HEAD = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Sends `size` bytes in paced 64 KiB writes, as a browser uploading over Wi-Fi would, and
 * resolves only when the whole body went out and the answer was read: a connection reset while
 * the client is still sending (EPIPE/ECONNRESET) is what a browser shows as a network error.
 */
function upload(size: number, chunked: boolean): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const url = new URL('/api/admin/images', t.url);
    const headers: Record<string, string | number> = {
      'content-type': 'image/png',
      authorization: `Bearer ${admin}`,
    };
    if (!chunked) headers['content-length'] = size;
    let answer: { status: number; body: any } | null = null;
    let finished = false;
    const settle = () => {
      if (answer && finished) resolve(answer);
    };
    const req = http.request(url, { method: 'POST', headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => {
        const text = Buffer.concat(parts).toString('utf8');
        answer = { status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null };
        settle();
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.on('finish', () => {
      finished = true;
      settle();
    });
    req.on('close', () => {
      if (!finished) reject(new Error(`the connection was closed after ${sent} of ${size} bytes`));
    });
    let sent = 0;
    const chunk = Buffer.alloc(64 * 1024, 1);
    PNG_HEAD.copy(chunk);
    const write = () => {
      const n = Math.min(chunk.length, size - sent);
      sent += n;
      req.write(chunk.subarray(0, n));
      if (sent < size) setTimeout(write, 2);
      else req.end();
    };
    write();
  });
}

describe('image upload over the limit', () => {
  it('3 MiB with Content-Length gets the 413 envelope, not a dropped connection', async () => {
    const r = await upload(3 * 1024 * 1024, false);
    expect(r.status).toBe(413);
    expect(r.body.error_code).toBe('PAYLOAD_TOO_LARGE');
    expect(typeof r.body.detail).toBe('string');
  });

  it('3 MiB chunked (no Content-Length) gets the 413 envelope too', async () => {
    const r = await upload(3 * 1024 * 1024, true);
    expect(r.status).toBe(413);
    expect(r.body.error_code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('the server still answers afterwards', async () => {
    const h = await t.call('GET', '/health');
    expect(h.status).toBe(200);
  });
});
