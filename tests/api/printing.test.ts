/**
 * API-2 "Printing" (A14) against a real store server and fake TCP printers: printers and their
 * limits and roles, kitchen jobs written in the order's transaction and routed by station, the
 * bytes (Korean in CP949, double size, cut, drawer kick), and the failures a kitchen lives
 * with — paper out, a cut connection, a silent printer, a restart, an unplugged printer.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MenuTree, Order, Printer, PrintJob, Station } from '../../src-shared/types';
import { startServer, stopAllServers, type TestServer } from './helpers/server';
import { expectError, uuid } from './helpers/api';
import { json } from './helpers/sse';
import { startFakePrinter, type FakePrinter } from '../helpers/fake-printer';

let t: TestServer;
let admin: string;
let cook: string;
let table1: string;
let tree: MenuTree;
const fakes: FakePrinter[] = [];

beforeAll(async () => {
  t = await startServer({
    printing: { pollMs: 30, statusMs: 150, timeoutMs: 400, retryBaseMs: 30, retryMaxMs: 200, failAfter: 2 },
  });
  admin = (await t.adminLogin()).token;
  const staff = await t.call('POST', '/api/admin/staff', {
    token: admin,
    body: { username: 'cook', password: 'cook-pass', role: 'kitchen' },
  });
  expect(staff.status).toBe(201);
  cook = (await t.adminLogin('cook', 'cook-pass')).token;
  table1 = (await t.tableLogin(1)).token;
  tree = (await t.call<MenuTree>('GET', '/api/menus', { token: table1 })).data;
});
afterAll(async () => {
  await stopAllServers();
  for (const f of fakes) await f.close();
});
// Every test adds its own printers; they go (with their jobs) when it ends.
afterEach(async () => {
  const list = (await t.call<{ printers: Printer[] }>('GET', '/api/admin/printers', { token: admin })).data;
  for (const p of list.printers) await t.call('DELETE', `/api/admin/printers/${p.id}`, { token: admin });
});

type Maybe<T> = T | false | null | undefined;
async function until<T>(
  what: string,
  probe: () => Maybe<T> | Promise<Maybe<T>>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function fakePrinter(): Promise<FakePrinter> {
  const f = await startFakePrinter();
  fakes.push(f);
  return f;
}

async function addPrinter(body: Record<string, unknown>): Promise<Printer> {
  const r = await t.call<Printer>('POST', '/api/admin/printers', { token: admin, body });
  expect(r.status, r.text).toBe(201);
  return r.data;
}

const dish = (category: string, name: string) =>
  tree.categories.find((c) => c.name === category)!.menus.find((m) => m.name === name)!;

async function order(token = table1, note: string | null = '덜 맵게'): Promise<Order> {
  const cola = dish('음료', '콜라');
  const r = await t.call<Order>('POST', '/api/orders', {
    token,
    body: {
      client_order_id: uuid(),
      items: [
        { menu_id: dish('식사', '비빔밥').id, quantity: 2, ...(note && { note }) },
        { menu_id: cola.id, quantity: 1, option_ids: [cola.option_groups[0]!.options[0]!.id] },
      ],
    },
  });
  expect(r.status, r.text).toBe(201);
  return r.data;
}

const jobs = async (status = 'pending,failed,done') =>
  (await t.call<{ jobs: PrintJob[] }>('GET', `/api/admin/print-jobs?status=${status}`, { token: admin })).data
    .jobs;
const jobOf = async (orderId: number) => (await jobs()).find((j) => j.order_id === orderId);
const printerNow = async (id: number) =>
  (await t.call<{ printers: Printer[] }>('GET', '/api/admin/printers', { token: admin })).data.printers.find(
    (p) => p.id === id,
  )!;
const shortNumber = (o: Order) => `#${o.order_number.split('-').pop()}`;

describe('printers', () => {
  it('are created with defaults, listed with live status, edited and deleted by the manager', async () => {
    const fake = await fakePrinter();
    const p = await addPrinter({ name: '주방 프린터', host: '127.0.0.1', kind: 'kitchen' });
    expect(p).toMatchObject({
      port: 9100,
      station_ids: [],
      copies: 1,
      enabled: true,
      korean_mode: 'codepage',
    });
    expect(p.queued).toBe(0);
    const put = await t.call<Printer>('PUT', `/api/admin/printers/${p.id}`, {
      token: admin,
      body: { port: fake.port, copies: 2 },
    });
    expect(put.status, put.text).toBe(200);
    expect(put.data).toMatchObject({ port: fake.port, copies: 2 });
    await until('status ok', async () => (await printerNow(p.id)).status === 'ok');
    expect(fake.queries).toBeGreaterThan(0);
    expect((await t.call('DELETE', `/api/admin/printers/${p.id}`, { token: admin })).status).toBe(204);
    expectError(await t.call('DELETE', `/api/admin/printers/${p.id}`, { token: admin }), 404);
  });

  it('refuse bad input with the 400 envelope, duplicates and unknown stations', async () => {
    const bad = [
      {},
      { name: 'a', kind: 'kitchen' },
      { name: 'a', host: '127.0.0.1', kind: 'bar' },
      { name: 'a', host: '127.0.0.1', kind: 'kitchen', port: 70000 },
      { name: 'a', host: 'http://x/', kind: 'kitchen' },
      { name: 'a', host: '127.0.0.1', kind: 'kitchen', copies: 6 },
      { name: 'a', host: '127.0.0.1', kind: 'kitchen', station_ids: [999999] },
      { name: 'a', host: '127.0.0.1', kind: 'kitchen', korean_mode: 'latin' },
      { name: '', host: '127.0.0.1', kind: 'kitchen' },
      { name: 'a', host: '127.0.0.1', kind: 'kitchen', extra: 1 },
    ];
    for (const body of bad)
      expectError(await t.call('POST', '/api/admin/printers', { token: admin, body }), 400);
    expectError(await t.call('GET', '/api/admin/print-jobs?status=lost', { token: admin }), 400);
    expectError(await t.call('POST', '/api/admin/printers/abc/test', { token: admin }), 400);
    await addPrinter({ name: 'dup', host: '127.0.0.1', kind: 'kitchen' });
    expectError(
      await t.call('POST', '/api/admin/printers', {
        token: admin,
        body: { name: 'dup', host: '127.0.0.1', kind: 'kitchen' },
      }),
      409,
    );
  });

  it('are at most 10 per store', async () => {
    for (let i = 0; i < 10; i += 1)
      await addPrinter({ name: `p${i}`, host: '127.0.0.1', kind: 'kitchen', enabled: false });
    expectError(
      await t.call('POST', '/api/admin/printers', {
        token: admin,
        body: { name: 'p10', host: '127.0.0.1', kind: 'kitchen' },
      }),
      409,
    );
  });

  it('roles: the manager sets up; kitchen staff read status, list jobs and reprint; tables get 403', async () => {
    const fake = await fakePrinter();
    const p = await addPrinter({ name: 'k', host: '127.0.0.1', port: fake.port, kind: 'kitchen' });
    expectError(await t.call('GET', '/api/admin/printers', { token: cook }), 403);
    expectError(
      await t.call('POST', '/api/admin/printers', {
        token: cook,
        body: { name: 'x', host: 'h', kind: 'kitchen' },
      }),
      403,
    );
    expectError(await t.call('POST', `/api/admin/printers/${p.id}/test`, { token: cook }), 403);
    expectError(await t.call('POST', '/api/admin/tables/1/print-bill', { token: cook, body: {} }), 403);
    expect((await t.call('GET', '/api/admin/printer-status', { token: cook })).status).toBe(200);
    expect((await t.call('GET', '/api/admin/print-jobs', { token: cook })).status).toBe(200);
    for (const [method, path] of [
      ['GET', '/api/admin/printers'],
      ['GET', '/api/admin/printer-status'],
      ['GET', '/api/admin/print-jobs'],
      ['POST', `/api/admin/printers/${p.id}/test`],
      ['POST', '/api/admin/print-jobs/1/reprint'],
    ] as const) {
      expectError(await t.call(method, path, { token: table1 }), 403);
      expectError(await t.call(method, path), 401);
    }
    const o = await order();
    const job = await until(
      'job done',
      async () => (await jobOf(o.id))?.status === 'done' && (await jobOf(o.id)),
    );
    const r = await t.call<{ job_id: number }>('POST', `/api/admin/print-jobs/${job.id}/reprint`, {
      token: cook,
    });
    expect(r.status, r.text).toBe(202);
    expectError(await t.call('POST', '/api/admin/print-jobs/999999/reprint', { token: cook }), 404);
  });
});

describe('kitchen jobs', () => {
  it('are written in the order transaction, one per printer whose stations the order touches', async () => {
    const stations = (await t.call<{ stations: Station[] }>('GET', '/api/admin/stations', { token: admin }))
      .data.stations;
    const drinks = stations.find((s) => s.name === '음료')!;
    const all = await addPrinter({ name: 'all', host: '127.0.0.1', port: 9, kind: 'kitchen', enabled: true });
    const bar = await addPrinter({
      name: 'bar',
      host: '127.0.0.1',
      port: 9,
      kind: 'kitchen',
      station_ids: [drinks.id],
    });
    await addPrinter({ name: 'receipt', host: '127.0.0.1', port: 9, kind: 'receipt' });
    const o = await order();
    // Read straight from the file right after the 201: the jobs were committed with the order.
    const rows = t
      .sql()
      .prepare('SELECT printer_id, kind, payload FROM print_jobs WHERE order_id = ? ORDER BY printer_id')
      .all(o.id) as { printer_id: number; kind: string; payload: string }[];
    expect(rows.map((r) => r.printer_id)).toEqual([all.id, bar.id]);
    expect(JSON.parse(rows[1]!.payload).lines.map((l: { menu_name: string }) => l.menu_name)).toEqual([
      '콜라',
    ]);
    expect(JSON.parse(rows[0]!.payload).lines).toHaveLength(2);

    // A meal-only order touches no drinks: no job for the bar printer.
    const meal = await t.call<Order>('POST', '/api/orders', {
      token: table1,
      body: { client_order_id: uuid(), items: [{ menu_id: dish('식사', '비빔밥').id, quantity: 1 }] },
    });
    const mealJobs = t
      .sql()
      .prepare('SELECT printer_id FROM print_jobs WHERE order_id = ?')
      .all(meal.data.id);
    expect(mealJobs).toEqual([{ printer_id: all.id }]);
  });

  it('an order that fails after its jobs were written leaves no job', async () => {
    await addPrinter({ name: 'all', host: '127.0.0.1', port: 9, kind: 'kitchen' });
    const db = t.sql();
    const count = () => (db.prepare('SELECT COUNT(*) AS n FROM print_jobs').get() as { n: number }).n;
    const orders = () => (db.prepare('SELECT COUNT(*) AS n FROM orders').get() as { n: number }).n;
    const before = [count(), orders()];
    // The order's event is written after its jobs: failing it fails the whole order.
    db.exec(`CREATE TRIGGER fail_order BEFORE INSERT ON events WHEN NEW.type = 'order.created'
      BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`);
    try {
      const r = await t.call('POST', '/api/orders', {
        token: table1,
        body: { client_order_id: uuid(), items: [{ menu_id: dish('식사', '비빔밥').id, quantity: 1 }] },
      });
      expect(r.status).not.toBe(201);
      expect(r.data.error_code).toEqual(expect.any(String));
    } finally {
      db.exec('DROP TRIGGER fail_order');
    }
    expect([count(), orders()]).toEqual(before);
  });

  it('print Korean in CP949 with table and short number in double size, lines, options, request, station, cut', async () => {
    const fake = await fakePrinter();
    await addPrinter({ name: 'all', host: '127.0.0.1', port: fake.port, kind: 'kitchen' });
    const o = await order();
    await until('slip printed', () => fake.printed.length === 1);
    const raw = fake.printed[0]!;
    const text = fake.texts()[0]!;
    expect(text).toContain(`테이블 ${o.table_number}`);
    expect(text).toContain(shortNumber(o));
    expect(text).toContain('비빔밥');
    expect(text).toContain('x2');
    expect(text).toContain('콜라');
    expect(text).toContain(o.items[1]!.options[0]!.name);
    expect(text).toContain('요청: 덜 맵게');
    expect(text).toContain('[음료]');
    expect(text).not.toContain('재출력');
    expect(text).not.toContain('?');
    // Korean code page on (FS &, ESC R 13), double width and height (GS ! 0x11), cut (GS V).
    expect(raw.includes(Buffer.from([0x1c, 0x26]))).toBe(true);
    expect(raw.includes(Buffer.from([0x1b, 0x52, 0x0d]))).toBe(true);
    expect(raw.includes(Buffer.from([0x1d, 0x21, 0x11]))).toBe(true);
    expect(raw.includes(Buffer.from([0x1d, 0x56]))).toBe(true);
    await until('job done', async () => (await jobOf(o.id))?.status === 'done');
    expect((await jobOf(o.id))!.printed_at).not.toBeNull();
  });

  it('print as many copies as the printer is set to', async () => {
    const fake = await fakePrinter();
    await addPrinter({ name: 'two', host: '127.0.0.1', port: fake.port, kind: 'kitchen', copies: 2 });
    const o = await order();
    await until('two copies', () => fake.printed.length === 2);
    expect(fake.texts().every((x) => x.includes(shortNumber(o)))).toBe(true);
  });
});

describe('failures', () => {
  it('paper out: the job waits, the admin sees it, and after new paper it prints once, as 재출력', async () => {
    const fake = await fakePrinter();
    fake.mode = 'paper_out';
    const sse = await t.sse('/api/admin/events', admin);
    const p = await addPrinter({ name: 'k', host: '127.0.0.1', port: fake.port, kind: 'kitchen' });
    const o = await order();
    await sse.until((f) => f.event === 'printer.updated' && json(f).printer.status === 'paper_out');
    const failed = await until('job failed', async () => {
      const j = await jobOf(o.id);
      return j && j.status === 'failed' && j;
    });
    expect(failed.last_error).toMatch(/paper/i);
    expect((await jobs('failed')).map((j) => j.id)).toContain(failed.id);
    expect(await printerNow(p.id)).toMatchObject({ status: 'paper_out', queued: 1 });
    expect(fake.printed).toHaveLength(0);
    fake.mode = 'ok';
    await until('job done', async () => (await jobOf(o.id))?.status === 'done');
    expect(fake.printed).toHaveLength(1);
    expect(fake.texts()[0]).toContain('재출력');
    await sse.until((f) => f.event === 'printer.updated' && json(f).printer.status === 'ok');
    // Nothing more is printed for it: the next order's slip is the next one.
    const next = await order();
    await until('next slip', () => fake.printed.length === 2);
    expect(fake.texts()[1]).toContain(shortNumber(next));
    expect(fake.texts()[1]).not.toContain('재출력');
  });

  it('a connection cut mid-job is retried, headed 재출력', async () => {
    const fake = await fakePrinter();
    fake.mode = 'drop';
    await addPrinter({ name: 'k', host: '127.0.0.1', port: fake.port, kind: 'kitchen' });
    const o = await order();
    await until('an attempt', async () => ((await jobOf(o.id))?.attempts ?? 0) >= 1);
    fake.mode = 'ok';
    await until('printed', () => fake.printed.length === 1);
    expect(fake.texts()[0]).toContain('재출력');
    expect(fake.texts()[0]).toContain(shortNumber(o));
  });

  it('an unplugged printer: orders still go through, 20 slips print in order once it is back, not as 재출력', async () => {
    const fake = await fakePrinter();
    const p = await addPrinter({ name: 'k', host: '127.0.0.1', port: fake.port, kind: 'kitchen' });
    await until('status ok', async () => (await printerNow(p.id)).status === 'ok');
    await fake.unplug();
    await until('offline', async () => (await printerNow(p.id)).status === 'offline');
    const placed: Order[] = [];
    for (let i = 0; i < 20; i += 1) placed.push(await order(table1, null));
    await fake.plugIn();
    await until('20 slips', () => fake.printed.length >= 20, 30_000);
    expect(fake.printed).toHaveLength(20);
    const texts = fake.texts();
    placed.forEach((o, i) => expect(texts[i]).toContain(shortNumber(o)));
    expect(texts.some((x) => x.includes('재출력'))).toBe(false);
  });

  it('a restart with a sent but unconfirmed job prints it again as 재출력; confirmed ones are not printed again', async () => {
    const fake = await fakePrinter();
    await addPrinter({ name: 'k', host: '127.0.0.1', port: fake.port, kind: 'kitchen' });
    const done = await order();
    await until('first printed', async () => (await jobOf(done.id))?.status === 'done');
    fake.mode = 'silent';
    const o = await order();
    await until('sent, unconfirmed', async () => ((await jobOf(o.id))?.attempts ?? 0) >= 1);
    await t.restart();
    admin = (await t.adminLogin()).token;
    table1 = (await t.tableLogin(1)).token;
    fake.mode = 'ok';
    await until('reprinted', () => fake.printed.length === 2);
    expect(fake.texts()[1]).toContain(shortNumber(o));
    expect(fake.texts()[1]).toContain('재출력');
    await until('done', async () => (await jobOf(o.id))?.status === 'done');
    await t.restart();
    admin = (await t.adminLogin()).token;
    table1 = (await t.tableLogin(1)).token;
    const after = await order();
    await until('next slip', () => fake.printed.length === 3);
    expect(fake.texts()[2]).toContain(shortNumber(after));
    expect(fake.printed).toHaveLength(3);
  });

  it('reprint prints a done job again as a new job, headed 재출력; test prints a test slip', async () => {
    const fake = await fakePrinter();
    const p = await addPrinter({ name: 'k', host: '127.0.0.1', port: fake.port, kind: 'kitchen' });
    const o = await order();
    const job = await until('done', async () => {
      const j = await jobOf(o.id);
      return j?.status === 'done' && j;
    });
    const r = await t.call<{ job_id: number }>('POST', `/api/admin/print-jobs/${job.id}/reprint`, {
      token: admin,
    });
    expect(r.status).toBe(202);
    expect(r.data.job_id).not.toBe(job.id);
    await until('reprinted', () => fake.printed.length === 2);
    expect(fake.texts()[1]).toContain('재출력');
    expect(fake.texts()[1]).toContain(shortNumber(o));
    const test = await t.call<{ job_id: number }>('POST', `/api/admin/printers/${p.id}/test`, {
      token: admin,
    });
    expect(test.status).toBe(202);
    await until('test slip', () => fake.printed.length === 3);
    expect(fake.texts()[2]).toContain('테스트 인쇄');
  });
});

describe('bill slips', () => {
  it('print on the receipt printer with totals, and kick the drawer when asked', async () => {
    expectError(await t.call('POST', '/api/admin/tables/1/print-bill', { token: admin, body: {} }), 409);
    const fake = await fakePrinter();
    await addPrinter({ name: '계산대', host: '127.0.0.1', port: fake.port, kind: 'receipt' });
    const table3 = (await t.tableLogin(3)).token;
    const o = await order(table3);
    const tableId = o.table_id;
    const r = await t.call('POST', `/api/admin/tables/${tableId}/print-bill`, {
      token: admin,
      body: { open_drawer: true },
    });
    expect(r.status, r.text).toBe(202);
    await until('bill printed', () => fake.printed.length === 1);
    expect(fake.printed[0]!.subarray(0, 5)).toEqual(Buffer.from([0x1b, 0x70, 0x00, 0x19, 0xfa]));
    const text = fake.texts()[0]!;
    expect(text).toContain('합계');
    expect(text).toContain(`${o.total_amount.toLocaleString('ko-KR')}원`);
    expect(text).toContain('비빔밥 x2');
    // Without the drawer: no kick.
    const plain = await t.call('POST', `/api/admin/tables/${tableId}/print-bill`, { token: admin, body: {} });
    expect(plain.status, plain.text).toBe(202);
    await until('second bill', () => fake.printed.length === 2);
    expect(fake.printed[1]!.includes(Buffer.from([0x1b, 0x70]))).toBe(false);
    expectError(
      await t.call('POST', `/api/admin/tables/${tableId}/print-bill`, {
        token: admin,
        body: { open_drawer: 1 },
      }),
      400,
    );
    expectError(await t.call('POST', '/api/admin/tables/999999/print-bill', { token: admin, body: {} }), 404);
  });
});
