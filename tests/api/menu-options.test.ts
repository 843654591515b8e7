/**
 * API-2 "Menu" on the admin side: option groups (create, replace the whole list in PUT with ids
 * kept/created/removed), translations, 원산지, allergens, badges, prep time, menu.updated, and
 * the demo store's real examples. Limits and the below-0 rule: menu-option-limits.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Category, Menu, MenuTree } from '../../src-shared/types';
import { startServer, stopAllServers, type TestServer } from './helpers/server';
import { expectError } from './helpers/api';
import { json } from './helpers/sse';

let t: TestServer;
let admin: string;
let table: string;
let categoryId: number;

beforeAll(async () => {
  t = await startServer();
  admin = (await t.adminLogin()).token;
  table = (await t.tableLogin(1)).token;
  categoryId = (await t.call('POST', '/api/admin/categories', { token: admin, body: { name: 'Options' } }))
    .data.id;
});
afterAll(stopAllServers);

const create = (body: Record<string, unknown>) =>
  t.call<Menu>('POST', '/api/admin/menus', { token: admin, body: { category_id: categoryId, ...body } });
const put = (id: number, body: Record<string, unknown>) =>
  t.call<Menu>('PUT', `/api/admin/menus/${id}`, { token: admin, body });
const tabletMenu = async () => (await t.call<MenuTree>('GET', '/api/menus', { token: table })).data;
const opts = (...names: [string, number][]) => names.map(([name, price_delta]) => ({ name, price_delta }));

describe('option groups', () => {
  it('creates a dish with groups, translations and the T8 fields, and the tablet reads them', async () => {
    const r = await create({
      name: '짬뽕',
      price: 9000,
      option_groups: [
        {
          name: '맵기',
          min_select: 1,
          max_select: 1,
          translations: { en: { name: 'Spiciness' } },
          options: [
            { name: '순한맛', translations: { ja: { name: '甘口' } } },
            { name: '매운맛', price_delta: 0, available: false },
          ],
        },
        { name: '추가', min_select: 0, max_select: 2, options: opts(['곱빼기', 2000], ['해물', 3000]) },
      ],
      translations: {
        en: { name: 'Jjamppong', description: 'Spicy seafood noodles' },
        zh: { name: '炒码面' },
      },
      origin: '  오징어: 원양산  ',
      allergens: ['wheat', 'squid', 'wheat'],
      badges: ['new'],
      prep_minutes: 12,
    });
    expect(r.status, r.text).toBe(201);
    const m = r.data;
    expect(m).toMatchObject({
      name: '짬뽕',
      translations: {
        en: { name: 'Jjamppong', description: 'Spicy seafood noodles' },
        zh: { name: '炒码面' },
      },
      origin: '오징어: 원양산',
      allergens: ['wheat', 'squid'],
      badges: ['new'],
      prep_minutes: 12,
    });
    expect(m.option_groups.map((g) => [g.name, g.min_select, g.max_select])).toEqual([
      ['맵기', 1, 1],
      ['추가', 0, 2],
    ]);
    expect(m.option_groups[0]!.translations).toEqual({ en: { name: 'Spiciness' } });
    expect(m.option_groups[0]!.options).toEqual([
      {
        id: expect.any(Number),
        name: '순한맛',
        price_delta: 0,
        available: true,
        translations: { ja: { name: '甘口' } },
      },
      { id: expect.any(Number), name: '매운맛', price_delta: 0, available: false, translations: {} },
    ]);
    expect(m.option_groups[1]!.options.map((o) => [o.name, o.price_delta])).toEqual([
      ['곱빼기', 2000],
      ['해물', 3000],
    ]);
    // Same on every read, the tablet's included.
    expect((await t.call('GET', `/api/admin/menus/${m.id}`, { token: admin })).data).toEqual(m);
    expect((await t.call('GET', `/api/menus/${m.id}`, { token: table })).data).toEqual(m);
    const shown = (await tabletMenu()).categories.flatMap((c) => c.menus).find((x) => x.id === m.id);
    expect(shown).toEqual(m);
  });

  it('PUT replaces the whole list: sent with an id keeps it, without creates, left out removes', async () => {
    const m = (
      await create({
        name: '라면',
        price: 5000,
        option_groups: [
          {
            name: '토핑',
            min_select: 0,
            max_select: 3,
            options: opts(['치즈', 1000], ['계란', 500], ['떡', 1000]),
          },
          { name: '면', min_select: 0, max_select: 1, options: opts(['꼬들면', 0]) },
        ],
      })
    ).data;
    const [topping, noodle] = m.option_groups;
    const [cheese, egg, rice] = topping!.options;
    const r = await put(m.id, {
      option_groups: [
        {
          id: topping!.id,
          name: '토핑 추가',
          min_select: 0,
          max_select: 2,
          options: [
            { id: egg!.id, name: '계란', price_delta: 700 },
            { id: cheese!.id, name: '모짜렐라' }, // price_delta omitted: keeps 1000
            { name: '만두', price_delta: 1500 },
          ],
        },
        { name: '국물', min_select: 1, max_select: 1, options: opts(['보통', 0], ['진하게', 0]) },
      ],
    });
    expect(r.status, r.text).toBe(200);
    const [g1, g2] = r.data.option_groups;
    expect(r.data.option_groups).toHaveLength(2);
    expect(g1!.id).toBe(topping!.id);
    expect(g1!.name).toBe('토핑 추가');
    expect(g1!.max_select).toBe(2);
    expect(g1!.options.map((o) => [o.id, o.name, o.price_delta])).toEqual([
      [egg!.id, '계란', 700],
      [cheese!.id, '모짜렐라', 1000],
      [expect.any(Number), '만두', 1500],
    ]);
    expect([cheese!.id, egg!.id, rice!.id]).not.toContain(g1!.options[2]!.id);
    expect(g2!.id).not.toBe(noodle!.id);
    expect(g2!.name).toBe('국물');
    // The removed group, its option and the removed option are gone from the database.
    const db = t.sql();
    expect(db.prepare('SELECT COUNT(*) AS n FROM menu_option_groups WHERE id = ?').get(noodle!.id)).toEqual({
      n: 0,
    });
    expect(db.prepare('SELECT COUNT(*) AS n FROM menu_options WHERE id = ?').get(rice!.id)).toEqual({ n: 0 });
    expect(
      db.prepare('SELECT COUNT(*) AS n FROM menu_options WHERE id = ?').get(noodle!.options[0]!.id),
    ).toEqual({ n: 0 });

    // An option can be marked sold out on its own; fields left out keep their values.
    const soldOut = await put(m.id, {
      option_groups: r.data.option_groups.map((g) => ({
        id: g.id,
        name: g.name,
        min_select: g.min_select,
        max_select: g.max_select,
        options: g.options.map((o) => ({
          id: o.id,
          name: o.name,
          ...(o.name === '계란' && { available: false }),
        })),
      })),
    });
    expect(soldOut.status, soldOut.text).toBe(200);
    expect(soldOut.data.option_groups[0]!.options.map((o) => [o.name, o.price_delta, o.available])).toEqual([
      ['계란', 700, false],
      ['모짜렐라', 1000, true],
      ['만두', 1500, true],
    ]);
    // A PUT without option_groups leaves them alone; [] removes them all.
    expect((await put(m.id, { description: '얼큰' })).data.option_groups).toEqual(soldOut.data.option_groups);
    expect((await put(m.id, { option_groups: [] })).data.option_groups).toEqual([]);
  });

  it('refuses ids of another dish, ids named twice, and unknown ids', async () => {
    const a = (
      await create({
        name: 'A',
        price: 1000,
        option_groups: [{ name: 'G', min_select: 0, max_select: 1, options: opts(['x', 0]) }],
      })
    ).data;
    const b = (
      await create({
        name: 'B',
        price: 1000,
        option_groups: [{ name: 'H', min_select: 0, max_select: 1, options: opts(['y', 0]) }],
      })
    ).data;
    const bGroup = b.option_groups[0]!;
    const aGroup = a.option_groups[0]!;
    expectError(
      await put(a.id, {
        option_groups: [{ id: bGroup.id, name: 'G', min_select: 0, max_select: 1, options: opts(['x', 0]) }],
      }),
      400,
      'option_groups.0.id',
    );
    expectError(
      await put(a.id, {
        option_groups: [
          {
            id: aGroup.id,
            name: 'G',
            min_select: 0,
            max_select: 1,
            options: [{ id: bGroup.options[0]!.id, name: 'y' }],
          },
        ],
      }),
      400,
      'option_groups.0.options.0.id',
    );
    const x = aGroup.options[0]!.id;
    expectError(
      await put(a.id, {
        option_groups: [
          {
            id: aGroup.id,
            name: 'G',
            min_select: 0,
            max_select: 2,
            options: [
              { id: x, name: 'x' },
              { id: x, name: 'x' },
            ],
          },
        ],
      }),
      400,
      'option_groups.0.options.1.id',
    );
    expectError(
      await put(a.id, {
        option_groups: [{ id: 999_999, name: 'G', min_select: 0, max_select: 1, options: opts(['x', 0]) }],
      }),
      400,
      'option_groups.0.id',
    );
    // Nothing changed by the refused calls.
    expect((await t.call('GET', `/api/admin/menus/${b.id}`, { token: admin })).data).toEqual(b);
    expect((await t.call('GET', `/api/admin/menus/${a.id}`, { token: admin })).data).toEqual(a);
  });

  it('category translations round-trip; station_id is null', async () => {
    const c = await t.call<Category>('POST', '/api/admin/categories', {
      token: admin,
      body: { name: '후식', translations: { en: { name: 'Dessert' }, ja: { name: 'デザート' } } },
    });
    expect(c.status).toBe(201);
    expect(c.data).toMatchObject({
      name: '후식',
      translations: { en: { name: 'Dessert' }, ja: { name: 'デザート' } },
      station_id: null,
    });
    const u = await t.call<Category>('PUT', `/api/admin/categories/${c.data.id}`, {
      token: admin,
      body: { translations: { zh: { name: '甜点' } } },
    });
    expect(u.data.translations).toEqual({ zh: { name: '甜点' } });
    // A PUT without translations keeps them.
    const renamed = await t.call<Category>('PUT', `/api/admin/categories/${c.data.id}`, {
      token: admin,
      body: { name: '디저트' },
    });
    expect(renamed.data).toMatchObject({ name: '디저트', translations: { zh: { name: '甜点' } } });
    const listed = (await t.call('GET', '/api/admin/categories', { token: admin })).data.categories.find(
      (x: Category) => x.id === c.data.id,
    );
    expect(listed).toEqual(renamed.data);
    const shown = (await tabletMenu()).categories.find((x) => x.id === c.data.id);
    expect(shown).toEqual({ ...renamed.data, menus: [] });
  });

  it('sends menu.updated for option, translation and T8 changes', async () => {
    const m = (await create({ name: 'Evented', price: 1000 })).data;
    const s = await t.sse('/api/table/events', table);
    await s.next('snapshot');
    await put(m.id, {
      option_groups: [{ name: 'G', min_select: 0, max_select: 1, options: opts(['o', 100]) }],
    });
    expect(json(await s.next('menu.updated'))).toEqual({});
    await put(m.id, { translations: { en: { name: 'Evented' } } });
    expect(json(await s.next('menu.updated'))).toEqual({});
    await put(m.id, { allergens: ['egg'], badges: ['popular'], origin: '달걀: 국내산', prep_minutes: 5 });
    expect(json(await s.next('menu.updated'))).toEqual({});
    s.close();
  });
});

describe('demo store', () => {
  it('has real options, four languages, 원산지, allergens, badges and prep times', async () => {
    const demoCategories = ['식사', '찌개·탕', '안주·분식', '음료'];
    const categories = (await tabletMenu()).categories.filter((c) => demoCategories.includes(c.name));
    expect(categories).toHaveLength(4);
    const dishes = categories.flatMap((c) => c.menus);
    const dish = (name: string) => dishes.find((d) => d.name === name)!;
    const stew = dish('김치찌개');
    expect(stew.option_groups[0]).toMatchObject({ name: '맵기', min_select: 1, max_select: 1 });
    expect(stew.option_groups[0]!.options.map((o) => [o.name, o.price_delta])).toEqual([
      ['순한맛', 0],
      ['보통', 0],
      ['매운맛', 0],
    ]);
    expect(stew.origin).toContain('돼지고기: 국내산');
    expect(stew.origin).toContain('김치: 국내산');
    const ramyeon = dish('라면');
    expect(ramyeon.option_groups[0]).toMatchObject({ name: '토핑', min_select: 0, max_select: 3 });
    expect(ramyeon.option_groups[0]!.options.map((o) => [o.name, o.price_delta])).toEqual([
      ['치즈', 1000],
      ['계란', 500],
      ['떡', 1000],
    ]);
    const cola = dish('콜라');
    expect(cola.option_groups[0]!.options.map((o) => [o.name, o.price_delta])).toEqual([
      ['기본', 0],
      ['큰 사이즈', 1000],
    ]);
    for (const d of dishes) {
      for (const lang of ['en', 'zh', 'ja'] as const)
        expect(d.translations[lang]?.name, `${d.name} ${lang}`).toBeTruthy();
      expect(d.prep_minutes).toBeGreaterThan(0);
    }
    for (const c of categories) {
      for (const lang of ['en', 'zh', 'ja'] as const) expect(c.translations[lang]?.name).toBeTruthy();
    }
    expect(dishes.some((d) => d.allergens.length > 0)).toBe(true);
    expect(dishes.some((d) => d.badges.includes('popular'))).toBe(true);
  });
});
