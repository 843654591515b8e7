/**
 * API-2 "Staff calls" (T9): presets and their limits, calls idempotent by client_call_id, the
 * open-call cap, status transitions, seating fences, and events on the right channels (the
 * store's and the calling table's, never another table's).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallPresetList, StaffCall, StaffCallList } from '../../src-shared/types';
import { LIMITS } from '../../src-shared/limits';
import { startServer, stopAllServers, type TestServer } from './helpers/server';
import { expectError, menuItems, placeOrder, uuid } from './helpers/api';
import { json } from './helpers/sse';

let t: TestServer;
let admin: string;
let cook: string;
const tables: Record<number, { token: string; id: number }> = {};

beforeAll(async () => {
  t = await startServer();
  admin = (await t.adminLogin()).token;
  expect(
    (
      await t.call('POST', '/api/admin/staff', {
        token: admin,
        body: { username: 'cook', password: 'cook-pass', role: 'kitchen' },
      })
    ).status,
  ).toBe(201);
  cook = (await t.adminLogin('cook', 'cook-pass')).token;
  for (const n of [1, 2, 3, 4, 5]) {
    const r = await t.tableLogin(n);
    tables[n] = { token: r.token, id: r.table.id };
  }
});
afterAll(stopAllServers);

const presets = async (token = tables[1]!.token) =>
  (await t.call<CallPresetList>('GET', '/api/call-presets', { token })).data.presets;
const call = (n: number, body: Record<string, unknown>) =>
  t.call<StaffCall>('POST', '/api/staff-calls', { token: tables[n]!.token, body });
const setStatus = (id: number, status: string, token = cook) =>
  t.call<StaffCall>('PUT', `/api/admin/staff-calls/${id}`, { token, body: { status } });
const endSession = (n: number) =>
  t.call('POST', `/api/admin/tables/${tables[n]!.id}/session/end`, { token: admin });

describe('presets', () => {
  it('the demo store ships the usual five, translated, to tables and staff alike', async () => {
    const list = await presets();
    expect(list.map((p) => p.label)).toEqual(['물', '수저·젓가락', '앞접시', '물티슈', '계산 요청']);
    expect(list[0]!.translations.en).toEqual({ label: 'Water' });
    const staff = await t.call<CallPresetList>('GET', '/api/admin/call-presets', { token: cook });
    expect(staff.data.presets).toEqual(list);
  });

  it('PUT replaces the list in order: kept ids renamed, new ones added, the rest removed', async () => {
    const before = await presets();
    const body = {
      presets: [
        { id: before[2]!.id, label: '앞접시 2개', translations: { en: { label: 'Two plates' } } },
        { label: '아기 의자' },
        { id: before[0]!.id, label: '물' },
      ],
    };
    const r = await t.call<CallPresetList>('PUT', '/api/admin/call-presets', { token: admin, body });
    expect(r.status, r.text).toBe(200);
    expect(r.data.presets.map((p) => [p.label, p.translations])).toEqual([
      ['앞접시 2개', { en: { label: 'Two plates' } }],
      ['아기 의자', {}],
      ['물', {}],
    ]);
    expect(r.data.presets[0]!.id).toBe(before[2]!.id);
    expect(await presets()).toEqual(r.data.presets);
    // A removed preset is gone for good: sending its id again is refused.
    const gone = await t.call('PUT', '/api/admin/call-presets', {
      token: admin,
      body: { presets: [{ id: before[1]!.id, label: '수저' }] },
    });
    expectError(gone, 400, 'presets.0.id');
    // Put the demo list back (as new presets where removed) for the other tests.
    const kept = new Set([before[0]!.id, before[2]!.id]);
    const restore = await t.call<CallPresetList>('PUT', '/api/admin/call-presets', {
      token: admin,
      body: {
        presets: before.map(({ id, label, translations }) =>
          kept.has(id) ? { id, label, translations } : { label, translations },
        ),
      },
    });
    expect(restore.status, restore.text).toBe(200);
    expect(restore.data.presets.map((p) => p.label)).toEqual(before.map((p) => p.label));
  });

  it('limits, roles and bad input: 400/403 and the list unchanged', async () => {
    const before = await presets();
    const put = (body: unknown, token = admin) => t.call('PUT', '/api/admin/call-presets', { token, body });
    const many = Array.from({ length: LIMITS.callPresetsMax + 1 }, (_, i) => ({ label: `p${i}` }));
    expectError(await put({ presets: many }), 400, 'presets');
    expectError(await put({ presets: [{ label: 'x'.repeat(LIMITS.callPresetLabelMax + 1) }] }), 400);
    expectError(await put({ presets: [{ label: '   ' }] }), 400);
    expectError(await put({ presets: [{ id: 999999, label: '물' }] }), 400, 'presets.0.id');
    expectError(
      await put({
        presets: [
          { id: before[0]!.id, label: 'a' },
          { id: before[0]!.id, label: 'b' },
        ],
      }),
      400,
    );
    expectError(await put({ presets: [{ label: '물', translations: { fr: { label: 'eau' } } }] }), 400);
    expectError(await put({ presets: [{ label: '물', color: 'red' }] }), 400);
    expectError(await put({ presets: [] }, cook), 403);
    expectError(await put({ presets: [] }, tables[1]!.token), 403);
    expectError(await t.call('GET', '/api/admin/call-presets', { token: tables[1]!.token }), 403);
    expect(await presets()).toEqual(before);
  });
});

describe('calls', () => {
  it('a call reaches the store and its own table, never another table; a resend is the same call', async () => {
    const list = await presets(tables[2]!.token);
    const store = await t.sse('/api/admin/events', cook);
    await store.next('snapshot');
    const own = await t.sse('/api/table/events', tables[2]!.token);
    await own.next('snapshot');
    const other = await t.sse('/api/table/events', tables[3]!.token);
    await other.next('snapshot');

    const body = { client_call_id: uuid(), preset_ids: [list[0]!.id, list[2]!.id], note: '  아기 의자도요 ' };
    const first = await call(2, body);
    expect(first.status, first.text).toBe(201);
    expect(first.data).toMatchObject({
      table_id: tables[2]!.id,
      table_number: 2,
      items: [
        { preset_id: list[0]!.id, label: '물' },
        { preset_id: list[2]!.id, label: '앞접시' },
      ],
      note: '아기 의자도요',
      status: 'open',
    });
    expect(json<{ call: StaffCall }>(await store.next('call.created')).call).toEqual(first.data);
    expect(json<{ call: StaffCall }>(await own.next('call.created')).call).toEqual(first.data);

    const again = await call(2, body);
    expect(again.status).toBe(200);
    expect(again.data).toEqual(first.data);
    // The same id from another table is not that table's call.
    expectError(await call(3, body), 409);

    // A call with no order yet started the seating: it shows on the table's list.
    const mine = await t.call<StaffCallList>('GET', '/api/staff-calls', { token: tables[2]!.token });
    expect(mine.data.calls.map((c) => c.id)).toEqual([first.data.id]);
    const theirs = await t.call<StaffCallList>('GET', '/api/staff-calls', { token: tables[3]!.token });
    expect(theirs.data.calls).toEqual([]);

    const ack = await setStatus(first.data.id, 'acknowledged');
    expect(ack.status, ack.text).toBe(200);
    expect(ack.data.status).toBe('acknowledged');
    expect(json<{ call: StaffCall }>(await own.next('call.updated')).call.status).toBe('acknowledged');
    expect(json<{ call: StaffCall }>(await store.next('call.updated')).call.status).toBe('acknowledged');
    // The other table saw none of it.
    await own.next('call.updated', 100).catch(() => undefined);
    expect(other.frames.filter((f) => f.event?.startsWith('call.'))).toEqual([]);
  });

  it('needs a preset or a note; unknown presets, bad ids and strangers are refused', async () => {
    const list = await presets();
    expectError(await call(1, { client_call_id: uuid(), preset_ids: [] }), 400, 'preset_ids');
    expectError(await call(1, { client_call_id: uuid(), preset_ids: [], note: '   ' }), 400);
    expectError(await call(1, { client_call_id: uuid(), preset_ids: [999999] }), 400, 'preset_ids.0');
    expectError(await call(1, { client_call_id: uuid(), preset_ids: [list[0]!.id, list[0]!.id] }), 400);
    expectError(await call(1, { client_call_id: 'not-a-uuid', preset_ids: [list[0]!.id] }), 400);
    expectError(
      await call(1, { client_call_id: uuid(), preset_ids: [list[0]!.id], note: 'x'.repeat(101) }),
      400,
    );
    expectError(
      await t.call('POST', '/api/staff-calls', {
        token: admin,
        body: { client_call_id: uuid(), preset_ids: [list[0]!.id] },
      }),
      403,
    );
    expectError(
      await t.call('POST', '/api/staff-calls', {
        body: { client_call_id: uuid(), preset_ids: [list[0]!.id] },
      }),
      401,
    );
    expectError(await t.call('GET', '/api/admin/staff-calls', { token: tables[1]!.token }), 403);
    expectError(await t.call('GET', '/api/admin/staff-calls?status=lost', { token: cook }), 400);
    const mine = await t.call<StaffCallList>('GET', '/api/staff-calls', { token: tables[1]!.token });
    expect(mine.data.calls).toEqual([]);
  });

  it('at most 6 open calls per table, also when they arrive at once; done ones free a place', async () => {
    const list = await presets(tables[4]!.token);
    const burst = await Promise.all(
      Array.from({ length: 10 }, () => call(4, { client_call_id: uuid(), preset_ids: [list[0]!.id] })),
    );
    const statuses = burst.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(LIMITS.openCallsPerTable);
    expect(statuses.filter((s) => s === 429)).toHaveLength(10 - LIMITS.openCallsPerTable);
    const refused = burst.find((r) => r.status === 429)!;
    expect(refused.data.error_code).toBe('RATE_LIMITED');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // Other tables are not affected by table 4's cap.
    expect((await call(5, { client_call_id: uuid(), preset_ids: [list[1]!.id] })).status).toBe(201);

    const created = burst.filter((r) => r.status === 201).map((r) => r.data);
    expect((await setStatus(created[0]!.id, 'done')).status).toBe(200);
    expect((await call(4, { client_call_id: uuid(), preset_ids: [list[1]!.id] })).status).toBe(201);
    expectError(await call(4, { client_call_id: uuid(), preset_ids: [list[1]!.id] }), 429);
  });

  it('open → acknowledged → done or open → done; nothing goes back; unknown ids 404', async () => {
    const list = await presets();
    const a = (await call(1, { client_call_id: uuid(), preset_ids: [list[3]!.id] })).data;
    const b = (await call(1, { client_call_id: uuid(), preset_ids: [], note: '계산할게요' })).data;
    expect(b.items).toEqual([]);
    expect((await setStatus(b.id, 'done', admin)).data.status).toBe('done');
    expectError(await setStatus(b.id, 'acknowledged'), 409);
    expectError(await setStatus(b.id, 'open'), 409);
    expect((await setStatus(a.id, 'acknowledged')).status).toBe(200);
    expect((await setStatus(a.id, 'acknowledged')).status).toBe(200);
    expectError(await setStatus(a.id, 'open'), 409);
    expect((await setStatus(a.id, 'done')).data.status).toBe('done');
    expectError(await setStatus(999999, 'done'), 404);
    expectError(
      await t.call('PUT', `/api/admin/staff-calls/${a.id}`, { token: cook, body: { status: 'lost' } }),
      400,
    );
    expectError(await setStatus(a.id, 'done', tables[1]!.token), 403);

    const open = await t.call<StaffCallList>('GET', '/api/admin/staff-calls', { token: cook });
    expect(open.data.calls.every((c) => c.status !== 'done')).toBe(true);
    const times = open.data.calls.map((c) => c.created_at);
    expect(times).toEqual([...times].sort());
    const done = await t.call<StaffCallList>('GET', '/api/admin/staff-calls?status=done', { token: cook });
    expect(done.data.calls.map((c) => c.id)).toEqual(expect.arrayContaining([a.id, b.id]));
  });

  it('이용 완료 closes the seating’s calls (with events); a queued call from that seating is refused', async () => {
    const list = await presets();
    const [dish] = await menuItems(t, tables[3]!.token);
    const order = await placeOrder(t, tables[3]!.token, [{ menu_id: dish!.id, quantity: 1 }]);
    const c = (
      await call(3, { client_call_id: uuid(), preset_ids: [list[4]!.id], session_id: order.session_id })
    ).data;
    expect(c.status).toBe('open');
    const store = await t.sse('/api/admin/events', cook);
    await store.next('snapshot');
    expect((await endSession(3)).status).toBe(200);
    const closed = json<{ call: StaffCall }>(await store.next('call.updated'));
    expect(closed.call).toMatchObject({ id: c.id, status: 'done' });
    const open = await t.call<StaffCallList>('GET', '/api/admin/staff-calls', { token: cook });
    expect(open.data.calls.find((x) => x.id === c.id)).toBeUndefined();

    const late = await call(3, {
      client_call_id: uuid(),
      preset_ids: [list[0]!.id],
      session_id: order.session_id,
    });
    expect(late.status).toBe(409);
    expect(late.data.error_code).toBe('SESSION_ENDED');
    const mine = await t.call<StaffCallList>('GET', '/api/staff-calls', { token: tables[3]!.token });
    expect(mine.data.calls).toEqual([]);
  });
});
