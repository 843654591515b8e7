/**
 * The audit log (A16): every audited act leaves an entry with the staff who did it and words for
 * what it was; store-local date, staff and action filters; cursor pages that neither repeat nor
 * skip while entries keep arriving; bad queries are 400s; managers only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry, AuditPage, BackupInfo, MenuTree, Order, Payment } from '../../src-shared/types';
import { startServer, stopAllServers, type TestServer } from './helpers/server';
import { expectError, uuid } from './helpers/api';

let t: TestServer;
let admin: string;
let boss: string;
let bossId: number;
let dishId: number;
const tablets: Record<number, { token: string; id: number }> = {};

beforeAll(async () => {
  t = await startServer({ timeZone: 'Asia/Seoul', backups: { intervalMs: 0, onClose: false } });
  admin = (await t.adminLogin()).token;
  const created = await t.call('POST', '/api/admin/staff', {
    token: admin,
    body: { username: '부점장', password: 'boss-pass-1', role: 'manager' },
  });
  expect(created.status).toBe(201);
  bossId = created.data.id;
  boss = (await t.adminLogin('부점장', 'boss-pass-1')).token;
  for (const n of [1, 2, 3, 4, 5, 7]) {
    const r = await t.tableLogin(n);
    tablets[n] = { token: r.token, id: r.table.id };
  }
  const tree = (await t.call<MenuTree>('GET', '/api/menus', { token: tablets[1]!.token })).data;
  dishId = tree.categories
    .flatMap((c) => c.menus)
    .find((m) => !m.option_groups.some((g) => g.min_select > 0))!.id;
});
afterAll(stopAllServers);

async function order(n: number): Promise<Order> {
  const r = await t.call<Order>('POST', '/api/orders', {
    token: tablets[n]!.token,
    body: { client_order_id: uuid(), items: [{ menu_id: dishId, quantity: 2 }] },
  });
  expect(r.status, r.text).toBe(201);
  return r.data;
}
const pay = (n: number, amount: number, method: string, token = boss) =>
  t.call<Payment>('POST', `/api/admin/tables/${tablets[n]!.id}/payments`, {
    token,
    body: { client_payment_id: uuid(), method, amount },
  });
const audit = (query = '', token = boss) => t.call<AuditPage>('GET', `/api/admin/audit${query}`, { token });

/** Every page of a query, following next_cursor. */
async function allPages(query: string): Promise<AuditEntry[]> {
  const out: AuditEntry[] = [];
  let cursor: string | null = null;
  do {
    const sep = query ? '&' : '?';
    const r = await audit(cursor ? `${query}${sep}cursor=${cursor}` : query);
    expect(r.status, r.text).toBe(200);
    out.push(...r.data.entries);
    cursor = r.data.next_cursor;
  } while (cursor);
  return out;
}

/** Writes entries straight into the log, as the services do, at given instants. */
function insertEntries(count: number, staffId: number, username: string, at: (i: number) => string) {
  const db = t.sql();
  const insert = db.prepare(
    `INSERT INTO audit_log (store_id, staff_id, staff_username, action, entity, entity_id, detail, created_at)
     VALUES ((SELECT id FROM stores LIMIT 1), ?, ?, 'session.ended', 'session', ?, ?, ?)`,
  );
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    const r = insert.run(staffId, username, i + 1, JSON.stringify({ table_number: (i % 9) + 1 }), at(i));
    ids.push(Number(r.lastInsertRowid));
  }
  return ids;
}

describe('audit log entries', () => {
  it('records who deleted, paid, voided, ended, moved, merged and restored what', async () => {
    // Delete an order at table 1.
    const doomed = await order(1);
    expect((await t.call('DELETE', `/api/admin/orders/${doomed.id}`, { token: boss })).status).toBe(204);
    // Record a card payment at table 2, void it, pay cash and end the seating.
    const placed = await order(2);
    const card = await pay(2, 1000, 'card');
    expect(card.status, card.text).toBe(201);
    const voided = await t.call('DELETE', `/api/admin/payments/${card.data.id}`, {
      token: boss,
      body: { reason: '카드 잘못 긁음' },
    });
    expect(voided.status).toBe(204);
    expect((await pay(2, placed.total_amount, 'cash')).status).toBe(201);
    const ended = await t.call('POST', `/api/admin/tables/${tablets[2]!.id}/session/end`, { token: boss });
    expect(ended.status, ended.text).toBe(200);
    // Move table 3's guests to table 7, merge table 4 into table 5.
    await order(3);
    const moved = await t.call('POST', `/api/admin/tables/${tablets[3]!.id}/move`, {
      token: boss,
      body: { to_table_id: tablets[7]!.id },
    });
    expect(moved.status, moved.text).toBe(200);
    await order(4);
    await order(5);
    const merged = await t.call('POST', `/api/admin/tables/${tablets[4]!.id}/merge`, {
      token: boss,
      body: { into_table_id: tablets[5]!.id },
    });
    expect(merged.status, merged.text).toBe(200);
    // Back up, then restore that backup.
    const backup = await t.call<BackupInfo>('POST', '/api/admin/backups', { token: admin });
    expect(backup.status).toBe(201);
    const restored = await t.call('POST', `/api/admin/backups/${backup.data.name}/restore`, { token: boss });
    expect(restored.status, restored.text).toBe(200);

    const r = await audit();
    expect(r.status, r.text).toBe(200);
    const entries = r.data.entries;
    const byAction = (a: string) => entries.filter((e) => e.action === a);
    for (const e of entries) expect(e.staff).toEqual({ id: bossId, username: '부점장' });
    // Newest first: the restore is the last thing that happened.
    expect(entries.map((e) => e.action)).toEqual([
      'backup.restored',
      'session.merged',
      'session.moved',
      'session.ended',
      'payment.recorded',
      'payment.voided',
      'payment.recorded',
      'order.deleted',
    ]);
    expect(entries.map((e) => e.id)).toEqual([...entries.map((e) => e.id)].sort((a, b) => b - a));

    const del = byAction('order.deleted')[0]!;
    expect(del.target).toEqual({
      kind: 'order',
      id: doomed.id,
      label: `주문 ${doomed.order_number} · 테이블 1`,
    });
    expect(del.detail).toMatchObject({
      order_number: doomed.order_number,
      total_amount: doomed.total_amount,
    });

    const v = byAction('payment.voided')[0]!;
    expect(v.target).toEqual({ kind: 'payment', id: card.data.id, label: '결제 ₩1,000 카드 · 테이블 2' });
    expect(v.detail).toMatchObject({
      amount: 1000,
      method: 'card',
      reason: '카드 잘못 긁음',
      table_number: 2,
    });
    const paid = byAction('payment.recorded').map((e) => e.target.label);
    expect(paid).toContain('결제 ₩1,000 카드 · 테이블 2');
    expect(paid).toContain(`결제 ₩${placed.total_amount.toLocaleString('en-US')} 현금 · 테이블 2`);

    const end = byAction('session.ended')[0]!;
    expect(end.target.label).toBe('테이블 2');
    expect(end.detail).toMatchObject({ table_number: 2, paid: placed.total_amount, unpaid: 0 });
    expect(byAction('session.moved')[0]!.target.label).toBe('테이블 3 → 7');
    expect(byAction('session.moved')[0]!.detail).toMatchObject({ from_table: 3, to_table: 7 });
    expect(byAction('session.merged')[0]!.target.label).toBe('테이블 4 → 5');
    expect(byAction('session.merged')[0]!.detail).toMatchObject({ from_table: 4, into_table: 5 });

    // The restore's entry lives in the restored database, naming the backup and the safety copy.
    const rest = byAction('backup.restored')[0]!;
    expect(rest.target).toEqual({ kind: 'backup', id: null, label: `백업 ${backup.data.name}` });
    expect(rest.detail).toMatchObject({
      backup: backup.data.name,
      kind: 'manual',
      pre_restore: expect.stringMatching(/-pre-restore\.db$/),
    });
    const inFile = t
      .sql()
      .prepare("SELECT staff_username FROM audit_log WHERE action = 'backup.restored'")
      .all();
    expect(inFile).toEqual([{ staff_username: '부점장' }]);
  });

  it('filters by staff and by action', async () => {
    expect((await pay(7, 500, 'transfer', admin)).status).toBe(201);
    const mine = await audit(`?staff_id=${bossId}`);
    expect(mine.data.entries.length).toBe(8);
    expect(mine.data.entries.every((e) => e.staff?.username === '부점장')).toBe(true);
    const theirs = await audit('?staff_id=1');
    expect(theirs.data.entries.map((e) => [e.action, e.staff?.username, e.target.label])).toEqual([
      ['payment.recorded', 'admin', '결제 ₩500 계좌이체 · 테이블 7'],
    ]);
    const voids = await audit('?action=payment.voided');
    expect(voids.data.entries.map((e) => e.action)).toEqual(['payment.voided']);
    const none = await audit(`?action=payment.voided&staff_id=1`);
    expect(none.data).toEqual({ entries: [], next_cursor: null });
  });

  it('date filters are store-local days, both ends included', async () => {
    // Seoul: 9 March 23:59:59.999, 10 March 00:00, 10 March 23:59:59.999, 11 March 00:00.
    const instants = [
      '2026-03-09T14:59:59.999Z',
      '2026-03-09T15:00:00.000Z',
      '2026-03-10T14:59:59.999Z',
      '2026-03-10T15:00:00.000Z',
    ];
    const ids = insertEntries(4, 8888, '야간', (i) => instants[i]!);
    const q = (range: string) => audit(`?staff_id=8888${range}`).then((r) => r.data.entries.map((e) => e.id));
    expect(await q('&from=2026-03-10&to=2026-03-10')).toEqual([ids[2], ids[1]]);
    expect(await q('&from=2026-03-09&to=2026-03-10')).toEqual([ids[2], ids[1], ids[0]]);
    expect(await q('&from=2026-03-11')).toEqual([ids[3]]);
    expect(await q('&to=2026-03-09')).toEqual([ids[0]]);
    expect(await q('&from=2026-03-12&to=2026-03-20')).toEqual([]);
  });
});

describe('restore at startup', () => {
  it('is recorded in the restored database without a staff member', async () => {
    const backups = { intervalMs: 0, onClose: false };
    const first = await startServer({ backups });
    const token = (await first.adminLogin()).token;
    const backup = await first.call<BackupInfo>('POST', '/api/admin/backups', { token });
    expect(backup.status).toBe(201);
    await first.close();
    const again = await startServer({ dataDir: first.dataDir, backups, restore: 'latest' });
    const r = await again.call<AuditPage>('GET', '/api/admin/audit?action=backup.restored', {
      token: (await again.adminLogin()).token,
    });
    expect(r.status, r.text).toBe(200);
    expect(r.data.entries).toHaveLength(1);
    expect(r.data.entries[0]).toMatchObject({
      staff: null,
      action: 'backup.restored',
      target: { kind: 'backup', id: null, label: `백업 ${backup.data.name}` },
      detail: { backup: backup.data.name, kind: 'manual', at_startup: true },
    });
  });
});

describe('audit paging', () => {
  it('pages newest first by cursor without repeats or gaps while entries keep arriving', async () => {
    const now = Date.now();
    const bulk = insertEntries(130, 7777, '대량', (i) => new Date(now - (130 - i) * 1000).toISOString());
    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const r = await audit(`?staff_id=7777&limit=50${cursor ? `&cursor=${cursor}` : ''}`);
      expect(r.status, r.text).toBe(200);
      expect(r.data.entries.length).toBeLessThanOrEqual(50);
      seen.push(...r.data.entries.map((e) => e.id));
      cursor = r.data.next_cursor;
      pages += 1;
      // New entries between pages, from the log's own writers and from outside.
      insertEntries(3, 7777, '대량', () => new Date().toISOString());
      expect((await order(1)).id).toBeGreaterThan(0);
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([...bulk].reverse());

    // Over the whole log (other staff, real acts between pages) nothing repeats or goes missing.
    const before = (await allPages('?limit=200')).map((e) => e.id);
    const walked: number[] = [];
    cursor = null;
    do {
      const r = await audit(`?limit=37${cursor ? `&cursor=${cursor}` : ''}`);
      walked.push(...r.data.entries.map((e) => e.id));
      cursor = r.data.next_cursor;
      const o = await order(1);
      expect((await t.call('DELETE', `/api/admin/orders/${o.id}`, { token: boss })).status).toBe(204);
    } while (cursor);
    expect(new Set(walked).size).toBe(walked.length);
    expect(walked.filter((id) => id <= before[0]!)).toEqual(before);
    // The new deletions are on a fresh first page, with the staff who made them.
    const fresh = await audit('?action=order.deleted&limit=1');
    expect(fresh.data.entries[0]!.id).toBeGreaterThan(before[0]!);
    expect(fresh.data.entries[0]!.staff?.username).toBe('부점장');
    expect(fresh.data.next_cursor).not.toBeNull();
  });

  it('limit defaults to 50', async () => {
    const r = await audit();
    expect(r.data.entries).toHaveLength(50);
    expect(typeof r.data.next_cursor).toBe('string');
  });
});

describe('audit refusals', () => {
  it('bad cursors, dates, limits and filters are 400s', async () => {
    const forged = Buffer.from('audit:0').toString('base64url');
    for (const cursor of [
      'xyz!',
      'abc',
      forged,
      Buffer.from('12').toString('base64url'),
      '%00',
      'a'.repeat(201),
    ]) {
      expectError(await audit(`?cursor=${cursor}`), 400, 'cursor');
    }
    for (const q of ['from=2026-02-30', 'from=yesterday', 'to=2026-13-01', 'from=2026-03-10&to=2026-03-09']) {
      expectError(await audit(`?${q}`), 400);
    }
    for (const limit of ['0', '201', '-1', '1.5', 'ten', '']) {
      expectError(await audit(`?limit=${limit}`), 400, 'limit');
    }
    expectError(await audit('?action=order.created'), 400, 'action');
    expectError(await audit('?staff_id=abc'), 400, 'staff_id');
    expectError(await audit('?staff=1'), 400);
  });

  it('anonymous 401, tablet and kitchen 403', async () => {
    expectError(await t.call('GET', '/api/admin/audit'), 401);
    expectError(await audit('', tablets[1]!.token), 403);
    await t.call('POST', '/api/admin/staff', {
      token: admin,
      body: { username: 'cook', password: 'cook-pass', role: 'kitchen' },
    });
    const cook = (await t.adminLogin('cook', 'cook-pass')).token;
    expectError(await audit('', cook), 403);
  });
});
