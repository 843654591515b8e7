/** Menu image upload: checked by content, size-limited, served without a token. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, stopAllServers, type TestServer } from './helpers/server';
import { expectError, pngImage } from './helpers/api';

let t: TestServer;
let admin: string;
let table: string;

beforeAll(async () => {
  t = await startServer();
  admin = (await t.adminLogin()).token;
  table = (await t.tableLogin(1)).token;
});
afterAll(stopAllServers);

describe('images', () => {
  it('a real PNG upload answers 201 /images/<unguessable>, served without a token', async () => {
    const png = pngImage(8);
    const r = await t.call('POST', '/api/admin/images', {
      token: admin,
      raw: png,
      headers: { 'content-type': 'image/png' },
    });
    expect(r.status).toBe(201);
    expect(r.data).toEqual({ image_url: expect.stringMatching(/^\/images\/[A-Za-z0-9_-]{16,}\.png$/) });
    const again = await t.call('POST', '/api/admin/images', {
      token: admin,
      raw: png,
      headers: { 'content-type': 'image/png' },
    });
    expect(again.data.image_url).not.toBe(r.data.image_url);
    const res = await fetch(t.url + r.data.image_url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^image\/png/);
    expect(Buffer.from(await res.arrayBuffer()).equals(png)).toBe(true);
    // The menu can point at it.
    const cat = (await t.call('GET', '/api/admin/categories', { token: admin })).data.categories[0].id;
    const m = await t.call('POST', '/api/admin/menus', {
      token: admin,
      body: { category_id: cat, name: 'Pictured', price: 100, image_url: r.data.image_url },
    });
    expect(m.data.image_url).toBe(r.data.image_url);
  });

  it('checks the bytes, not the header: 415 for non-images and non-image types', async () => {
    const fake = Buffer.from('GIF89a this is not a png at all');
    expectError(
      await t.call('POST', '/api/admin/images', {
        token: admin,
        raw: fake,
        headers: { 'content-type': 'image/png' },
      }),
      415,
    );
    expectError(
      await t.call('POST', '/api/admin/images', {
        token: admin,
        raw: Buffer.from('<svg/>'),
        headers: { 'content-type': 'image/svg+xml' },
      }),
      415,
    );
    expectError(
      await t.call('POST', '/api/admin/images', {
        token: admin,
        raw: 'hello',
        headers: { 'content-type': 'text/plain' },
      }),
      415,
    );
    // A PNG sent as image/jpeg is still a PNG, and accepted as one.
    const png = await t.call('POST', '/api/admin/images', {
      token: admin,
      raw: pngImage(),
      headers: { 'content-type': 'image/jpeg' },
    });
    expect(png.status).toBe(201);
    expect(png.data.image_url).toMatch(/\.png$/);
  });

  it('an image over 2 MiB is a 413', async () => {
    const big = Buffer.concat([pngImage(), Buffer.alloc(2 * 1024 * 1024 + 10)]);
    expectError(
      await t.call('POST', '/api/admin/images', {
        token: admin,
        raw: big,
        headers: { 'content-type': 'image/png' },
      }),
      413,
    );
  });

  it('unknown image files are 404; a table cannot upload', async () => {
    expect((await fetch(`${t.url}/images/0123456789abcdef0123456789abcdef.png`)).status).toBe(404);
    expectError(
      await t.call('POST', '/api/admin/images', {
        token: table,
        raw: pngImage(),
        headers: { 'content-type': 'image/png' },
      }),
      403,
    );
  });
});
