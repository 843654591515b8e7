// @vitest-environment happy-dom
/**
 * Staff calls on the tablet (T9) go through the same outbox schedule as orders: stored before
 * the first attempt, resent with the same client_call_id until the server answers, flushed
 * after the orders. And a guest phone (T11) whose token is refused ends its visit instead of
 * falling into the tablet's setup. The store server is an in-test function behind `fetch`.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

interface SentCall {
  client_call_id: string;
  preset_ids: number[];
  note?: string;
  session_id?: number | null;
}

let online = false;
let tokenValid = true;
const sent: SentCall[] = [];
const made = new Map<string, number>();

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

async function storeServer(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const url = String(input);
  if (!online) throw new TypeError('Failed to fetch');
  if (!tokenValid) return json(401, { detail: 'expired', error_code: 'AUTH_ERROR' });
  if (url.endsWith('/api/staff-calls') && init?.method === 'POST') {
    const body = JSON.parse(String(init.body)) as SentCall;
    sent.push(body);
    const again = made.has(body.client_call_id);
    const id = made.get(body.client_call_id) ?? made.size + 1;
    made.set(body.client_call_id, id);
    const now = new Date().toISOString();
    return json(again ? 200 : 201, {
      id,
      table_id: 1,
      table_number: 1,
      items: body.preset_ids.map((p) => ({ preset_id: p, label: `p${p}` })),
      note: body.note ?? null,
      status: 'open',
      created_at: now,
      updated_at: now,
    });
  }
  return json(404, { detail: 'no', error_code: 'NOT_FOUND' });
}

function session(guest: boolean) {
  localStorage.setItem(
    'table-order.tablet.session',
    JSON.stringify({
      token: 't',
      expires_at: new Date(Date.now() + 3600_000).toISOString(),
      table_id: 1,
      table_number: 1,
      store_code: 'demo',
      store_name: 'Demo',
      ...(guest ? { guest: true } : {}),
    }),
  );
}

async function fresh() {
  vi.resetModules();
  const calls = await import('../../../src-renderer/tablet/state/calls-store');
  const outbox = await import('../../../src-renderer/tablet/state/outbox-store');
  const auth = await import('../../../src-renderer/tablet/state/auth-store');
  return { calls, outbox, auth };
}

const preset = (id: number) => ({ id, label: `p${id}`, translations: {} });
const stored = () => JSON.parse(localStorage.getItem('table-order.tablet.call-outbox') ?? '[]') as SentCall[];

beforeEach(() => {
  localStorage.clear();
  session(false);
  online = false;
  tokenValid = true;
  sent.length = 0;
  made.clear();
  vi.stubGlobal('fetch', vi.fn(storeServer));
});
afterEach(() => vi.unstubAllGlobals());

describe('staff call outbox', () => {
  it('keeps a call made offline across a reload and delivers it once, with the same id', async () => {
    let m = await fresh();
    const r = await m.calls.submitCall([preset(1), preset(3)], ['p1', 'p3'], '  아기 의자  ');
    expect(r.kind).toBe('queued');
    expect(stored()).toHaveLength(1);
    const id = stored()[0]!.client_call_id;

    m = await fresh();
    online = true;
    await m.outbox.flushOutbox();
    await m.outbox.flushOutbox();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ client_call_id: id, preset_ids: [1, 3], note: '아기 의자' });
    expect(stored()).toEqual([]);
  });

  it('drops a call the server refuses and tells whoever listens, instead of retrying it', async () => {
    const m = await fresh();
    await m.calls.submitCall([], [], '물 좀');
    online = true;
    const seen: string[] = [];
    m.calls.onCallRefused((_, e) => seen.push(e.code));
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(429, { detail: 'too many', error_code: 'RATE_LIMITED' })),
    );
    await m.outbox.flushOutbox();
    expect(seen).toEqual(['RATE_LIMITED']);
    expect(stored()).toEqual([]);
  });
});

describe('guest phone', () => {
  it('a refused guest token ends the visit: the end screen, not the tablet setup, also after a reload', async () => {
    session(true);
    const m = await fresh();
    expect(m.auth.getAuth().status).toBe('ready');
    online = true;
    tokenValid = false;
    const ended: string[] = [];
    m.auth.onGuestEnded(() => ended.push('ended'));
    const r = await m.calls.submitCall([preset(1)], ['p1'], '');
    // The 401 is retried, like an order, but the phone now shows that the visit is over.
    expect(r.kind).toBe('queued');
    expect(m.auth.getAuth()).toEqual({ status: 'guest-ended', reason: 'ended' });
    expect(ended).toEqual(['ended']);
    // A reload still shows the end, not the tablet setup.
    const again = await fresh();
    expect(again.auth.getAuth()).toEqual({ status: 'guest-ended', reason: 'ended' });
  });

  it('a tablet token refused the same way still goes to setup, as before', async () => {
    const m = await fresh();
    online = true;
    tokenValid = false;
    await m.calls.submitCall([preset(1)], ['p1'], '');
    expect(m.auth.getAuth().status).toBe('setup');
  });
});
