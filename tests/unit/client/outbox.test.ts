// @vitest-environment happy-dom
/**
 * The tablet outbox: an order is stored before the first attempt, resent with the same
 * client_order_id until the server answers, and waiting orders go out oldest first.
 * The store server is a small in-test function behind `fetch`.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

interface Sent {
  client_order_id: string;
  items: { menu_id: number; quantity: number }[];
}

let online = false;
const sent: Sent[] = [];
const delivered = new Map<string, number>();

async function storeServer(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const url = String(input);
  if (!online) throw new TypeError('Failed to fetch');
  if (url.endsWith('/api/orders')) {
    const body = JSON.parse(String(init?.body)) as Sent;
    sent.push(body);
    // Idempotent like the real server: the same client id gets the same order.
    const id = delivered.get(body.client_order_id) ?? delivered.size + 1;
    delivered.set(body.client_order_id, id);
    return new Response(JSON.stringify({ id, order_number: `#${id}` }), {
      status: 201,
      headers: { 'content-type': 'application/json' },
    });
  }
  return new Response('{}', { status: 404 });
}

const line = (menu_id: number) => ({ menu_id, name: `m${menu_id}`, price: 1000, quantity: 1 });

async function freshOutbox() {
  vi.resetModules();
  return import('../../../src-renderer/tablet/state/outbox-store');
}

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem(
    'table-order.tablet.session',
    JSON.stringify({
      token: 't',
      expires_at: new Date(Date.now() + 3600_000).toISOString(),
      table_id: 1,
      table_number: 1,
      store_code: 'demo',
      store_name: 'Demo',
    }),
  );
  online = false;
  sent.length = 0;
  delivered.clear();
  vi.stubGlobal('fetch', vi.fn(storeServer));
});
afterEach(() => vi.unstubAllGlobals());

const stored = () => JSON.parse(localStorage.getItem('table-order.tablet.outbox') ?? '[]') as Sent[];

describe('tablet outbox', () => {
  it('keeps orders placed offline, in order, across a reload, then sends them oldest first', async () => {
    let outbox = await freshOutbox();
    expect((await outbox.submitOrder([line(1)])).kind).toBe('queued');
    expect((await outbox.submitOrder([line(2)])).kind).toBe('queued');
    expect((await outbox.submitOrder([line(3)])).kind).toBe('queued');
    const ids = stored().map((p) => p.client_order_id);
    expect(ids).toHaveLength(3);

    // A reload: the module starts again from localStorage.
    outbox = await freshOutbox();
    online = true;
    await outbox.flushOutbox();
    expect(sent.map((s) => s.client_order_id)).toEqual(ids);
    expect(sent.map((s) => s.items[0]!.menu_id)).toEqual([1, 2, 3]);
    expect(stored()).toEqual([]);
  });

  it('resends with the same client_order_id, so the server counts the order once', async () => {
    const outbox = await freshOutbox();
    const events: string[] = [];
    outbox.onOutboxEvent((e) => events.push(e.type));
    await outbox.submitOrder([line(7)]);
    const [pending] = stored();
    online = true;
    await outbox.flushOutbox();
    await outbox.flushOutbox();
    expect(sent.map((s) => s.client_order_id)).toEqual([pending!.client_order_id]);
    expect(delivered.size).toBe(1);
    expect(events).toEqual(['delivered']);
  });

  it('drops an order the server refuses and says so', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({ detail: 'Menu gone', error_code: 'CONFLICT' }, { status: 409 })),
    );
    const outbox = await freshOutbox();
    const result = await outbox.submitOrder([line(1)]);
    expect(result.kind).toBe('refused');
    expect(stored()).toEqual([]);
  });
});
