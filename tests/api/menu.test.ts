/** Categories, menu items, ordering, the sold-out toggle, deletion and image upload. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Menu, MenuTree } from '../../src-shared/types';
import { startServer, stopAllServers, type TestServer } from './helpers/server';
import { expectError, pngImage, uuid } from './helpers/api';

let t: TestServer;
let admin: string;
let table: string;

beforeAll(async () => {
  t = await startServer();
  admin = (await t.adminLogin()).token;
  table = (await t.tableLogin(1)).token;
});
afterAll(stopAllServers);

const tree = async () => (await t.call<MenuTree>('GET', '/api/menus', { token: table })).data;
const MENU_KEYS = [
  'allergens',
  'available',
  'badges',
  'category_id',
  'description',
  'display_order',
  'id',
  'image_url',
  'name',
  'option_groups',
  'origin',
  'prep_minutes',
  'price',
  'translations',
];
/** The API-2 fields of a category that was given none of them. */
const CATEGORY_PLAIN = { translations: {}, station_id: null };
/** The API-2 fields of a menu item that was given none of them. */
const MENU_PLAIN = {
  option_groups: [],
  translations: {},
  origin: null,
  allergens: [],
  badges: [],
  prep_minutes: null,
};

describe('categories', () => {
  it('CRUD with trimmed names, 201/200/204 and list {categories}', async () => {
    const c = await t.call('POST', '/api/admin/categories', { token: admin, body: { name: '  Desserts  ' } });
    expect(c.status).toBe(201);
    expect(c.data).toEqual({
      id: expect.any(Number),
      name: 'Desserts',
      display_order: expect.any(Number),
      ...CATEGORY_PLAIN,
    });
    const list = await t.call('GET', '/api/admin/categories', { token: admin });
    expect(list.status).toBe(200);
    expect(Object.keys(list.data)).toEqual(['categories']);
    expect(list.data.categories).toContainEqual(c.data);

    expectError(
      await t.call('POST', '/api/admin/categories', { token: admin, body: { name: 'Desserts' } }),
      409,
    );
    expectError(
      await t.call('POST', '/api/admin/categories', { token: admin, body: { name: '   Desserts ' } }),
      409,
    );
    expectError(
      await t.call('POST', '/api/admin/categories', { token: admin, body: { name: '   ' } }),
      400,
      'name',
    );
    expectError(
      await t.call('POST', '/api/admin/categories', { token: admin, body: { name: 'x'.repeat(101) } }),
      400,
      'name',
    );
    expect(
      (await t.call('POST', '/api/admin/categories', { token: admin, body: { name: 'y'.repeat(100) } }))
        .status,
    ).toBe(201);
    expectError(
      await t.call('POST', '/api/admin/categories', { token: admin, body: { name: 'Z', colour: 'red' } }),
      400,
      'colour',
    );
    expectError(
      await t.call('POST', '/api/admin/categories', { token: admin, body: { name: 'Z', display_order: -1 } }),
      400,
      'display_order',
    );

    const u = await t.call('PUT', `/api/admin/categories/${c.data.id}`, {
      token: admin,
      body: { name: ' Sweets ', display_order: 0 },
    });
    expect(u.status).toBe(200);
    expect(u.data).toEqual({ id: c.data.id, name: 'Sweets', display_order: 0, ...CATEGORY_PLAIN });
    const same = await t.call('PUT', `/api/admin/categories/${c.data.id}`, {
      token: admin,
      body: { display_order: 5 },
    });
    expect(same.data).toEqual({ id: c.data.id, name: 'Sweets', display_order: 5, ...CATEGORY_PLAIN });
    const other = list.data.categories.find((x: { name: string }) => x.name !== 'Desserts');
    expectError(
      await t.call('PUT', `/api/admin/categories/${c.data.id}`, {
        token: admin,
        body: { name: ` ${other.name} ` },
      }),
      409,
    );
    expectError(
      await t.call('PUT', '/api/admin/categories/999999', { token: admin, body: { name: 'Q' } }),
      404,
    );

    expect((await t.call('DELETE', `/api/admin/categories/${c.data.id}`, { token: admin })).status).toBe(204);
    expectError(await t.call('DELETE', `/api/admin/categories/${c.data.id}`, { token: admin }), 404);
    const after = await t.call('GET', '/api/admin/categories', { token: admin });
    expect(after.data.categories.some((x: { id: number }) => x.id === c.data.id)).toBe(false);
  });

  it('deleting a category with items is a 409; once its items are deleted it goes', async () => {
    const c = await t.call('POST', '/api/admin/categories', { token: admin, body: { name: 'Temporary' } });
    const m = await t.call('POST', '/api/admin/menus', {
      token: admin,
      body: { category_id: c.data.id, name: 'Tmp', price: 100 },
    });
    expectError(await t.call('DELETE', `/api/admin/categories/${c.data.id}`, { token: admin }), 409);
    expect((await t.call('DELETE', `/api/admin/menus/${m.data.id}`, { token: admin })).status).toBe(204);
    expect((await t.call('DELETE', `/api/admin/categories/${c.data.id}`, { token: admin })).status).toBe(204);
  });

  it('the tablet menu lists categories by display order, then id', async () => {
    const m = await tree();
    const keys = m.categories.map((c) => [c.display_order, c.id] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(keys).toEqual(sorted);
    for (const c of m.categories) {
      expect(Object.keys(c).sort()).toEqual([
        'display_order',
        'id',
        'menus',
        'name',
        'station_id',
        'translations',
      ]);
      for (const item of c.menus) expect(Object.keys(item).sort()).toEqual(MENU_KEYS);
    }
  });
});

describe('menu items', () => {
  let categoryId: number;

  beforeAll(async () => {
    categoryId = (await t.call('POST', '/api/admin/categories', { token: admin, body: { name: 'Noodles' } }))
      .data.id;
  });

  it('CRUD: 201 Menu with defaults, partial PUT, list {menus}, limits', async () => {
    const r = await t.call<Menu>('POST', '/api/admin/menus', {
      token: admin,
      body: { category_id: categoryId, name: '  Ramen ', price: 9000 },
    });
    expect(r.status).toBe(201);
    expect(r.data).toEqual({
      id: expect.any(Number),
      category_id: categoryId,
      name: 'Ramen',
      price: 9000,
      description: '',
      image_url: null,
      available: true,
      display_order: expect.any(Number),
      ...MENU_PLAIN,
    });
    expect((await t.call('GET', `/api/admin/menus/${r.data.id}`, { token: admin })).data).toEqual(r.data);
    expect((await t.call('GET', `/api/menus/${r.data.id}`, { token: table })).data).toEqual(r.data);
    const list = await t.call('GET', '/api/admin/menus', { token: admin });
    expect(Object.keys(list.data)).toEqual(['menus']);
    expect(list.data.menus).toContainEqual(r.data);

    const u = await t.call<Menu>('PUT', `/api/admin/menus/${r.data.id}`, {
      token: admin,
      body: { price: 9500, description: 'Rich broth' },
    });
    expect(u.status).toBe(200);
    expect(u.data).toEqual({ ...r.data, price: 9500, description: 'Rich broth' });

    const bad = [
      [{ category_id: categoryId, name: 'A', price: 0 }, 'price'],
      [{ category_id: categoryId, name: 'A', price: 10_000_001 }, 'price'],
      [{ category_id: categoryId, name: 'A', price: 100.5 }, 'price'],
      [{ category_id: categoryId, name: 'A', price: '100' }, 'price'],
      [{ category_id: categoryId, name: 'A', price: 100, description: 'd'.repeat(501) }, 'description'],
      [{ category_id: categoryId, name: 'A', price: 100, image_url: 'http://evil/x.png' }, 'image_url'],
      [{ category_id: categoryId, name: '', price: 100 }, 'name'],
      [{ category_id: categoryId, name: 'A', price: 100, id: 5 }, 'id'],
      [{ name: 'A', price: 100 }, 'category_id'],
    ] as const;
    for (const [body, path] of bad)
      expectError(await t.call('POST', '/api/admin/menus', { token: admin, body }), 400, path);
    expect(
      (
        await t.call('POST', '/api/admin/menus', {
          token: admin,
          body: { category_id: categoryId, name: 'Max', price: 10_000_000 },
        })
      ).status,
    ).toBe(201);
    expectError(
      await t.call('POST', '/api/admin/menus', {
        token: admin,
        body: { category_id: 999999, name: 'A', price: 100 },
      }),
      404,
    );
    expectError(
      await t.call('PUT', `/api/admin/menus/${r.data.id}`, { token: admin, body: { price: -5 } }),
      400,
      'price',
    );
    expectError(await t.call('PUT', '/api/admin/menus/999999', { token: admin, body: { price: 5 } }), 404);
    expectError(await t.call('GET', '/api/admin/menus/999999', { token: admin }), 404);
    expectError(await t.call('GET', '/api/menus/999999', { token: table }), 404);
  });

  it('sold-out toggle: the tablet sees available:false and ordering it is a 400', async () => {
    const m = await t.call<Menu>('POST', '/api/admin/menus', {
      token: admin,
      body: { category_id: categoryId, name: 'Udon', price: 8000 },
    });
    const off = await t.call<Menu>('PUT', `/api/admin/menus/${m.data.id}`, {
      token: admin,
      body: { available: false },
    });
    expect(off.status).toBe(200);
    expect(off.data).toEqual({ ...m.data, available: false });
    const shown = (await tree()).categories.flatMap((c) => c.menus).find((x) => x.id === m.data.id);
    expect(shown?.available).toBe(false);
    const order = await t.call('POST', '/api/orders', {
      token: table,
      body: { client_order_id: uuid(), items: [{ menu_id: m.data.id, quantity: 1 }] },
    });
    expectError(order, 400, 'items.0.menu_id');
    await t.call('PUT', `/api/admin/menus/${m.data.id}`, { token: admin, body: { available: true } });
    const ok = await t.call('POST', '/api/orders', {
      token: table,
      body: { client_order_id: uuid(), items: [{ menu_id: m.data.id, quantity: 1 }] },
    });
    expect(ok.status).toBe(201);
  });

  it('delete hides the item: 404 everywhere, absent from the tablet menu, placed orders keep it', async () => {
    const m = await t.call<Menu>('POST', '/api/admin/menus', {
      token: admin,
      body: { category_id: categoryId, name: 'Soba', price: 7000 },
    });
    const placed = await t.call('POST', '/api/orders', {
      token: table,
      body: { client_order_id: uuid(), items: [{ menu_id: m.data.id, quantity: 2 }] },
    });
    expect(placed.status).toBe(201);
    expect((await t.call('DELETE', `/api/admin/menus/${m.data.id}`, { token: admin })).status).toBe(204);
    expect((await tree()).categories.flatMap((c) => c.menus).some((x) => x.id === m.data.id)).toBe(false);
    expectError(await t.call('GET', `/api/menus/${m.data.id}`, { token: table }), 404);
    expectError(await t.call('GET', `/api/admin/menus/${m.data.id}`, { token: admin }), 404);
    expectError(
      await t.call('PUT', `/api/admin/menus/${m.data.id}`, { token: admin, body: { price: 1 } }),
      404,
    );
    expectError(await t.call('DELETE', `/api/admin/menus/${m.data.id}`, { token: admin }), 404);
    const order = await t.call('POST', '/api/orders', {
      token: table,
      body: { client_order_id: uuid(), items: [{ menu_id: m.data.id, quantity: 1 }] },
    });
    expectError(order, 404);
    const kept = await t.call('GET', `/api/admin/orders/${placed.data.id}`, { token: admin });
    expect(kept.data.items).toEqual([
      {
        id: expect.any(Number),
        menu_id: m.data.id,
        menu_name: 'Soba',
        base_price: 7000,
        unit_price: 7000,
        quantity: 2,
        subtotal: 14000,
        note: null,
        options: [],
        status: 'pending',
        station_id: null,
      },
    ]);
  });

  it('PUT /api/admin/menus/order: every item of the category once, else 400', async () => {
    const cat = (await t.call('POST', '/api/admin/categories', { token: admin, body: { name: 'Reorder' } }))
      .data.id;
    const ids: number[] = [];
    for (const name of ['A', 'B', 'C']) {
      ids.push(
        (
          await t.call('POST', '/api/admin/menus', {
            token: admin,
            body: { category_id: cat, name, price: 1000 },
          })
        ).data.id,
      );
    }
    const put = (body: unknown) => t.call('PUT', '/api/admin/menus/order', { token: admin, body });
    const r = await put({ category_id: cat, menu_ids: [ids[2], ids[0], ids[1]] });
    expect(r.status).toBe(204);
    const names = () => tree().then((m) => m.categories.find((c) => c.id === cat)!.menus.map((x) => x.name));
    expect(await names()).toEqual(['C', 'A', 'B']);
    expectError(await put({ category_id: cat, menu_ids: [ids[2], ids[0]] }), 400, 'menu_ids');
    expectError(await put({ category_id: cat, menu_ids: [ids[2], ids[0], ids[1], ids[1]] }), 400, 'menu_ids');
    expectError(await put({ category_id: cat, menu_ids: [ids[2], ids[0], 999999] }), 400, 'menu_ids');
    expectError(await put({ category_id: cat, menu_ids: [] }), 400, 'menu_ids');
    expectError(await put({ category_id: cat, menu_ids: ids, extra: 1 }), 400, 'extra');
    expectError(await put({ category_id: 999999, menu_ids: ids }), 404);
    expect(await names()).toEqual(['C', 'A', 'B']);
  });

  it('kitchen staff may read the menu but only the manager changes it', async () => {
    await t.call('POST', '/api/admin/staff', {
      token: admin,
      body: { username: 'cook-m', password: 'cook-1234', role: 'kitchen' },
    });
    const cook = (await t.adminLogin('cook-m', 'cook-1234')).token;
    // The kitchen board reads prep-time targets and stations from the menu.
    expect((await t.call('GET', '/api/admin/menus', { token: cook })).status).toBe(200);
    expect((await t.call('GET', '/api/admin/categories', { token: cook })).status).toBe(200);
    expectError(await t.call('POST', '/api/admin/categories', { token: cook, body: { name: 'K' } }), 403);
    expectError(await t.call('POST', '/api/admin/stations', { token: cook, body: { name: 'K' } }), 403);
    expectError(
      await t.call('PUT', `/api/admin/menus/order`, {
        token: cook,
        body: { category_id: categoryId, menu_ids: [1] },
      }),
      403,
    );
    expectError(
      await t.call('POST', '/api/admin/images', {
        token: cook,
        raw: pngImage(),
        headers: { 'content-type': 'image/png' },
      }),
      403,
    );
  });
});
