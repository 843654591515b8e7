/** Assertions and builders shared by the API tests. */
import { randomUUID } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { expect } from 'vitest';
import type { MenuTree, Order } from '../../../src-shared/types';
import type { ApiResult, TestServer } from './server';

const CODES: Record<number, string> = {
  400: 'VALIDATION_ERROR',
  401: 'AUTH_ERROR',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  421: 'MISDIRECTED_REQUEST',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  500: 'INTERNAL_ERROR',
  503: 'SERVICE_UNAVAILABLE',
};

/** The answer is `status` with the API.md error envelope (and `errors` on a 400). */
export function expectError(r: ApiResult, status: number, errorPath?: string): void {
  expect(r.status, r.text).toBe(status);
  expect(r.headers.get('content-type')).toMatch(/application\/json/);
  expect(typeof r.data?.detail).toBe('string');
  expect(r.data.detail.length).toBeGreaterThan(0);
  expect(r.data.error_code).toBe(CODES[status]);
  const allowed = ['detail', 'error_code', 'errors'];
  expect(Object.keys(r.data).filter((k) => !allowed.includes(k))).toEqual([]);
  if (status === 400) {
    expect(Array.isArray(r.data.errors)).toBe(true);
    expect(r.data.errors.length).toBeGreaterThan(0);
    for (const e of r.data.errors) {
      expect(typeof e.path).toBe('string');
      expect(typeof e.message).toBe('string');
    }
    if (errorPath !== undefined) {
      expect(r.data.errors.map((e: { path: string }) => e.path)).toContain(errorPath);
    }
  }
}

export const uuid = () => randomUUID();

/** Every menu item of the tablet menu, flattened. */
export async function menuItems(t: TestServer, tableToken: string) {
  const r = await t.call<MenuTree>('GET', '/api/menus', { token: tableToken });
  expect(r.status).toBe(200);
  // Dishes an order without options can name (a required group needs a choice).
  return r.data.categories
    .flatMap((c) => c.menus)
    .filter((m) => !m.option_groups.some((g) => g.min_select > 0));
}

export async function placeOrder(
  t: TestServer,
  tableToken: string,
  items: { menu_id: number; quantity: number }[],
  clientOrderId = uuid(),
): Promise<Order> {
  const r = await t.call<Order>('POST', '/api/orders', {
    token: tableToken,
    body: { client_order_id: clientOrderId, items },
  });
  expect(r.status, r.text).toBe(201);
  return r.data;
}

/** Shape of an Order per API.md. */
export function expectOrderShape(o: Order): void {
  expect(Object.keys(o).sort()).toEqual(
    [
      'created_at',
      'id',
      'items',
      'order_number',
      'session_id',
      'status',
      'table_id',
      'table_number',
      'total_amount',
      'updated_at',
    ].sort(),
  );
  expect(o.order_number).toMatch(/^ORD-\d{8}-\d{4}$/);
  expect(o.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  expect(o.updated_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  expect(['pending', 'preparing', 'completed']).toContain(o.status);
  for (const i of o.items) {
    expect(Object.keys(i).sort()).toEqual(
      [
        'id',
        'menu_id',
        'menu_name',
        'base_price',
        'unit_price',
        'quantity',
        'subtotal',
        'note',
        'options',
        'status',
        'station_id',
      ].sort(),
    );
    expect(i.subtotal).toBe(i.unit_price * i.quantity);
    expect(i.unit_price).toBe(i.base_price + i.options.reduce((s, x) => s + x.price_delta, 0));
  }
  expect(o.total_amount).toBe(o.items.reduce((s, i) => s + i.subtotal, 0));
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A real, valid PNG of `size`×`size` pixels in one RGB colour. */
export function pngImage(size = 4, rgb: [number, number, number] = [200, 40, 40]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: size }, () => rgb).flat())]);
  const pixels = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
