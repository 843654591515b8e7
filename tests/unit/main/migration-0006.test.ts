/**
 * Migration 0006 on a database that already has orders: live lines keep their ids and read like
 * lines without options, archived lines gain ids from the line sequence (never reused later), and
 * a line may now cost 0 but not less.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openDatabase, type Sqlite } from '../../../src-main/db/connection';
import { migrate } from '../../../src-main/db/migrator';
import { migrations } from '../../../migrations/index';

let dir: string;
let db: Sqlite;
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

it('upgrades live and archived order lines', async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'table-order-m6-'));
  db = openDatabase(path.join(dir, 'db.sqlite'));
  const before = migrations.findIndex((m) => m.name === '0006_menu_options');
  await migrate(db, migrations.slice(0, before));
  const now = '2026-03-09T03:00:00.000Z';
  db.exec(`
    INSERT INTO stores (id, code, name, time_zone, created_at) VALUES (1, 's', 'S', 'Asia/Seoul', '${now}');
    INSERT INTO tables (id, store_id, table_number, password_hash, created_at) VALUES (1, 1, 1, 'x', '${now}');
    INSERT INTO table_sessions (id, store_id, table_id, started_at) VALUES (1, 1, 1, '${now}');
    INSERT INTO categories (id, store_id, name, created_at) VALUES (1, 1, 'C', '${now}');
    INSERT INTO orders (id, store_id, table_id, session_id, order_number, client_order_id, request_key, status,
      total_amount, created_at, updated_at)
      VALUES (1, 1, 1, 1, 'ORD-20260309-0001', 'c1', 'k', 'preparing', 5000, '${now}', '${now}');
    INSERT INTO order_items (id, order_id, menu_id, menu_name, unit_price, quantity) VALUES (7, 1, 3, '라면', 2500, 2);
    INSERT INTO order_history (id, store_id, table_id, table_number, session_id, order_number, client_order_id,
      request_key, status, total_amount, items_json, created_at, updated_at, session_ended_at)
      VALUES (2, 1, 1, 1, 1, 'ORD-20260309-0002', 'c2', 'k', 'completed', 9000,
        '[{"menu_id":4,"menu_name":"비빔밥","unit_price":9000,"quantity":1,"subtotal":9000}]', '${now}', '${now}', '${now}');
  `);
  expect(await migrate(db, migrations)).toContain('0006_menu_options');

  expect(db.prepare('SELECT * FROM order_items').all()).toEqual([
    {
      id: 7,
      order_id: 1,
      menu_id: 3,
      menu_name: '라면',
      base_price: 2500,
      unit_price: 2500,
      quantity: 2,
      note: null,
      options_json: '[]',
      status: null,
    },
  ]);
  const archived = JSON.parse(
    (db.prepare('SELECT items_json FROM order_history').get() as { items_json: string }).items_json,
  );
  expect(archived).toEqual([
    {
      id: 8,
      menu_id: 4,
      menu_name: '비빔밥',
      base_price: 9000,
      unit_price: 9000,
      quantity: 1,
      subtotal: 9000,
      note: null,
      options: [],
      status: 'completed',
    },
  ]);
  // The next line gets an id after the archived ones; 0 won is allowed, below 0 is not.
  const insert = db.prepare(
    'INSERT INTO order_items (order_id, menu_id, menu_name, base_price, unit_price, quantity) VALUES (1, 3, ?, 1000, ?, 1)',
  );
  expect(Number(insert.run('free', 0).lastInsertRowid)).toBe(9);
  expect(() => insert.run('negative', -1)).toThrow(/CHECK/);
  // Categories and menus have their new columns with empty defaults.
  expect(db.prepare('SELECT translations, station_id FROM categories').get()).toEqual({
    translations: '{}',
    station_id: null,
  });
  expect(db.pragma('foreign_key_check')).toEqual([]);
});
