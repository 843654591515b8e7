/**
 * When the data folder cannot be written: /health says so (503, db "read_only") instead of
 * "ok", and image uploads and backups answer 503 with the envelope, leaving no temp file.
 * Faults are real: a database connection switched to query_only, folders replaced by a link
 * to /sys (no one may create files there, root included), a backup written into /dev/full.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup, backupName } from '../../src-main/services/backup.service';
import { ServiceUnavailableError } from '../../src-main/errors/app-error';
import { startServer, stopAllServers, type TestServer } from './helpers/server';
import { expectError, menuItems, uuid } from './helpers/api';

afterAll(stopAllServers);

let t: TestServer;
let admin: string;

beforeAll(async () => {
  t = await startServer({ backups: { intervalMs: 0, onClose: false } });
  admin = (await t.adminLogin()).token;
});

// A valid 1x1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** Replaces `dir` with a link to /sys for the duration of `fn`. */
async function unwritable<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const aside = `${dir}.aside`;
  if (existsSync(dir)) renameSync(dir, aside);
  symlinkSync('/sys', dir);
  try {
    return await fn();
  } finally {
    rmSync(dir);
    if (existsSync(aside)) renameSync(aside, dir);
  }
}

describe('storage failures', () => {
  it('an image that cannot be stored answers 503 with the envelope', async () => {
    const imagesDir = path.join(t.dataDir, 'images');
    const r = await unwritable(imagesDir, () =>
      t.call('POST', '/api/admin/images', {
        token: admin,
        raw: PNG,
        headers: { 'content-type': 'image/png' },
      }),
    );
    expectError(r, 503);
    expect(readdirSync(imagesDir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    // And it works again once the folder is back.
    const ok = await t.call('POST', '/api/admin/images', {
      token: admin,
      raw: PNG,
      headers: { 'content-type': 'image/png' },
    });
    expect(ok.status, ok.text).toBe(201);
  });

  it('a backup that cannot be stored answers 503 with the envelope', async () => {
    const dir = path.join(t.dataDir, 'backups');
    const r = await unwritable(dir, () => t.call('POST', '/api/admin/backups', { token: admin }));
    expectError(r, 503);
    expect(r.data.detail).toMatch(/backup/i);
  });

  it('a backup that runs out of space (ENOSPC) is removed and reported as 503', async () => {
    const dir = path.join(t.dataDir, 'backups');
    const now = new Date(Date.UTC(2030, 0, 1));
    const partial = path.join(dir, `${backupName('manual', now)}.partial`);
    mkdirSync(dir, { recursive: true });
    symlinkSync('/dev/full', partial);
    const failed = await createBackup(t.server.db, dir, 'manual', now).then(
      () => null,
      (e: unknown) => e,
    );
    expect(failed).toBeInstanceOf(ServiceUnavailableError);
    expect(existsSync(partial)).toBe(false);
    expect(readdirSync(dir).filter((n) => n.includes('2030-01-01'))).toEqual([]);
  });

  it('/health reports a database that cannot be written (503, db read_only); orders get 503', async () => {
    const s = await startServer({ backups: { intervalMs: 0, onClose: false } });
    const table = (await s.tableLogin(1)).token;
    const menuId = (await menuItems(s, table))[0]!.id;
    // Every write now fails as on a read-only file or folder; reads still work.
    s.server.db.pragma('query_only = ON');
    try {
      const h = await s.call('GET', '/health');
      expect(h.status).toBe(503);
      expect(h.data.status).toBe('unavailable');
      expect(h.data.db).toBe('read_only');
      const order = await s.call('POST', '/api/orders', {
        token: table,
        body: { client_order_id: uuid(), items: [{ menu_id: menuId, quantity: 1 }] },
      });
      expectError(order, 503);
    } finally {
      s.server.db.pragma('query_only = OFF');
    }
  });

  it('/health is 200 with db ok on a writable database', async () => {
    const h = await t.call('GET', '/health');
    expect(h.status).toBe(200);
    expect(h.data.db).toBe('ok');
  });
});
