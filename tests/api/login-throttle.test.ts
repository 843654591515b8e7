/**
 * Login throttling against a hostile LAN (SPEC S1, API-2 "Security"): parallel guessing
 * bursts, lock-outs caused from guest devices, the bounded hashing queue and clock jumps.
 * LAN devices are simulated by binding the client socket to 127.0.0.x (x ≥ 2).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_PASSWORD, startServer, stopAllServers, type TestServer } from './helpers/server';
import { expectError } from './helpers/api';
import { lanCall } from './helpers/lan';
import type { ApiResult } from './helpers/server';
import { hashQueueStats, MAX_WAITING } from '../../src-main/services/crypto';

let t: TestServer;
let admin: string;

beforeAll(async () => {
  t = await startServer();
  admin = (await t.adminLogin()).token;
});
afterAll(stopAllServers);
afterEach(() => {
  vi.useRealTimers();
});

const staffLogin = (from: string, username: string, password: string) =>
  lanCall(t.url, 'POST', '/api/admin/login', { from, body: { store_code: 'demo', username, password } });
const tableLogin = (from: string, table_number: number, password: string) =>
  lanCall(t.url, 'POST', '/api/table/login', { from, body: { store_code: 'demo', table_number, password } });

async function addStaff(username: string, password: string) {
  const r = await t.call('POST', '/api/admin/staff', {
    token: admin,
    body: { username, password, role: 'kitchen' },
  });
  expect(r.status, r.text).toBe(201);
}

function expectLimited(r: ApiResult, maxSeconds = 900) {
  expectError(r, 429);
  const retry = Number(r.headers.get('retry-after'));
  expect(retry).toBeGreaterThanOrEqual(1);
  expect(retry).toBeLessThanOrEqual(maxSeconds);
}

/**
 * At most 5 wrong passwords are checked (401); everything else is 429, except the one right
 * password, which may get through too: a success gives its attempt back, so whether it lands
 * before or after the fifth failure depends on hashing order.
 */
function expectAtMostFiveGuesses(answers: ApiResult[]) {
  expect(answers.filter((r) => r.status === 401).length).toBeLessThanOrEqual(5);
  expect(answers.filter((r) => r.status === 200).length).toBeLessThanOrEqual(1);
  for (const r of answers) expect([200, 401, 429]).toContain(r.status);
  for (const r of answers.filter((x) => x.status === 429)) expectLimited(r);
}

describe('parallel guessing', () => {
  it('a burst of 60 wrong + 1 right staff logins gets at most 5 wrong guesses checked', async () => {
    await addStaff('burst', 'burst-pass-1');
    const tries = Array.from({ length: 61 }, (_, i) => (i === 30 ? 'burst-pass-1' : `wrong-${i}`));
    const answers = await Promise.all(tries.map((pw) => staffLogin('127.0.0.2', 'burst', pw)));
    expectAtMostFiveGuesses(answers);
    // The right password after the lock is still refused, from this device or another LAN one.
    expectLimited(await staffLogin('127.0.0.2', 'burst', 'burst-pass-1'));
    expectLimited(await staffLogin('127.0.0.3', 'burst', 'burst-pass-1'));
    // The store PC is not locked out by the LAN.
    expect((await t.adminLogin('burst', 'burst-pass-1')).staff.username).toBe('burst');
  });

  it('the same for a table', async () => {
    const tries = Array.from({ length: 61 }, (_, i) => (i === 0 ? DEMO_PASSWORD : `wrong-${i}`));
    const answers = await Promise.all(tries.map((pw) => tableLogin('127.0.0.4', 9, pw)));
    expectAtMostFiveGuesses(answers);
    expectLimited(await tableLogin('127.0.0.5', 9, DEMO_PASSWORD));
    expect((await t.tableLogin(9)).table.table_number).toBe(9);
  });
});

describe('lock-outs', () => {
  it('five wrong logins from a guest device never lock the manager out of the store PC', async () => {
    for (let i = 0; i < 5; i++) expectError(await staffLogin('127.0.0.6', 'admin', `guess-${i}`), 401);
    expectLimited(await staffLogin('127.0.0.6', 'admin', DEMO_PASSWORD));
    expect((await t.adminLogin()).staff.username).toBe('admin');
    expect((await t.adminLogin()).staff.username).toBe('admin');
  });

  it('a LAN address gets 5 failures across all accounts and tables, then 429 even with a right password', async () => {
    for (let n = 1; n <= 5; n++) expectError(await tableLogin('127.0.0.7', n, 'nope-nope'), 401);
    expectLimited(await tableLogin('127.0.0.7', 6, DEMO_PASSWORD));
    expectLimited(await staffLogin('127.0.0.7', 'admin', DEMO_PASSWORD));
    // Another device is not affected.
    expect((await tableLogin('127.0.0.8', 6, DEMO_PASSWORD)).status).toBe(200);
  });

  it('a correct login gives its attempt back, so a device that logs in often is not locked', async () => {
    for (let i = 0; i < 8; i++) expect((await tableLogin('127.0.0.9', 2, DEMO_PASSWORD)).status).toBe(200);
    expectError(await tableLogin('127.0.0.9', 2, 'wrong-pass'), 401);
  });

  it('after the clock goes back, Retry-After still says when the lock really ends', async () => {
    await addStaff('clocky', 'clocky-pass');
    for (let i = 0; i < 5; i++) expectError(await staffLogin('127.0.0.10', 'clocky', `w-${i}`), 401);
    expectLimited(await staffLogin('127.0.0.10', 'clocky', 'clocky-pass'));
    const back = Date.now() - 24 * 3600_000;
    vi.setSystemTime(back);
    const r = await staffLogin('127.0.0.10', 'clocky', 'clocky-pass');
    expectLimited(r);
    const retry = Number(r.headers.get('retry-after'));
    vi.setSystemTime(back + (retry + 1) * 1000);
    expect((await staffLogin('127.0.0.10', 'clocky', 'clocky-pass')).status).toBe(200);
  });
});

describe('hashing queue', () => {
  it('a flood of bogus logins is refused at once beyond the queue, and the store PC still logs in', async () => {
    const before = hashQueueStats.refused;
    const flood = Array.from({ length: 150 }, (_, i) =>
      staffLogin(`127.0.1.${10 + (i % 30)}`, `ghost-${i}`, 'bogus-password'),
    );
    const mine = t.adminLogin();
    const answers = await Promise.all(flood);
    expect((await mine).staff.username).toBe('admin');
    const busy = answers.filter((r) => r.status === 503);
    expect(busy.length).toBeGreaterThan(0);
    for (const r of busy) {
      expectError(r, 503);
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    }
    for (const r of answers) expect([401, 429, 503]).toContain(r.status);
    expect(hashQueueStats.refused).toBeGreaterThan(before);
    expect(hashQueueStats.peakWaiting).toBeLessThanOrEqual(MAX_WAITING);
  });
});

describe('records', () => {
  it('stale failed-login records are pruned when the table is full; live locks are never evicted', async () => {
    const db = t.sql();
    const old = new Date(Date.now() - 3600_000).toISOString();
    const insert = db.prepare(
      'INSERT INTO login_attempts (key, failed_count, first_failed_at, locked_until) VALUES (?, 1, ?, NULL)',
    );
    db.transaction(() => {
      for (let i = 0; i < 10_000; i++) insert.run(`staff:demo:filler-${i}@lan`, old);
    })();
    expectError(await staffLogin('127.0.0.11', 'nobody-1', 'x-password'), 401);
    const count = () => (db.prepare('SELECT count(*) AS n FROM login_attempts').get() as { n: number }).n;
    expect(count()).toBeLessThan(10_000);

    // Full of live locks: a new LAN key is refused rather than a lock evicted; the store PC logs in.
    const until = new Date(Date.now() + 600_000).toISOString();
    const lock = db.prepare(
      'INSERT OR REPLACE INTO login_attempts (key, failed_count, first_failed_at, locked_until) VALUES (?, 5, ?, ?)',
    );
    db.transaction(() => {
      for (let i = 0; i < 10_000; i++)
        lock.run(`staff:demo:locked-${i}@lan`, new Date().toISOString(), until);
    })();
    expectLimited(await staffLogin('127.0.0.12', 'nobody-2', 'x-password'));
    expect((await t.adminLogin()).staff.username).toBe('admin');
    db.prepare("DELETE FROM login_attempts WHERE key LIKE 'staff:demo:locked-%'").run();
  });
});
