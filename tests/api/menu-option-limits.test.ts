/**
 * API-2 "Menu" limits on the admin side: group and option counts, min/max, price deltas, names,
 * the T8 fields, and the refusal of a dish whose options can bring the unit price below 0.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Menu } from '../../src-shared/types';
import { startServer, stopAllServers, type TestServer } from './helpers/server';
import { expectError } from './helpers/api';

let t: TestServer;
let admin: string;
let categoryId: number;

beforeAll(async () => {
  t = await startServer();
  admin = (await t.adminLogin()).token;
  categoryId = (await t.call('POST', '/api/admin/categories', { token: admin, body: { name: 'Options' } }))
    .data.id;
});
afterAll(stopAllServers);

const create = (body: Record<string, unknown>) =>
  t.call<Menu>('POST', '/api/admin/menus', { token: admin, body: { category_id: categoryId, ...body } });
const put = (id: number, body: Record<string, unknown>) =>
  t.call<Menu>('PUT', `/api/admin/menus/${id}`, { token: admin, body });
const opts = (...names: [string, number][]) => names.map(([name, price_delta]) => ({ name, price_delta }));

describe('option group limits', () => {
  it('limits: 10 groups, 20 options, min ≤ max ≤ options, deltas, names, T8 fields', async () => {
    const group = (i: number) => ({ name: `G${i}`, min_select: 0, max_select: 1, options: opts(['o', 0]) });
    expect(
      (
        await create({
          name: 'Ten',
          price: 1000,
          option_groups: Array.from({ length: 10 }, (_, i) => group(i)),
        })
      ).status,
    ).toBe(201);
    expectError(
      await create({
        name: 'Eleven',
        price: 1000,
        option_groups: Array.from({ length: 11 }, (_, i) => group(i)),
      }),
      400,
      'option_groups',
    );
    const many = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `o${i}` }));
    expect(
      (
        await create({
          name: 'Twenty',
          price: 1000,
          option_groups: [{ name: 'G', min_select: 0, max_select: 20, options: many(20) }],
        })
      ).status,
    ).toBe(201);
    const bad: [Record<string, unknown>, string][] = [
      [
        { option_groups: [{ name: 'G', min_select: 0, max_select: 20, options: many(21) }] },
        'option_groups.0.options',
      ],
      [
        { option_groups: [{ name: 'G', min_select: 2, max_select: 1, options: many(3) }] },
        'option_groups.0.min_select',
      ],
      [
        { option_groups: [{ name: 'G', min_select: 0, max_select: 3, options: many(2) }] },
        'option_groups.0.max_select',
      ],
      [
        { option_groups: [{ name: 'G', min_select: -1, max_select: 1, options: many(2) }] },
        'option_groups.0.min_select',
      ],
      [
        { option_groups: [{ name: 'G', min_select: 0, max_select: 0, options: many(2) }] },
        'option_groups.0.max_select',
      ],
      [
        { option_groups: [{ name: 'G', min_select: 0, max_select: 1, options: [] }] },
        'option_groups.0.options',
      ],
      [
        { option_groups: [{ name: 'G', min_select: 0, max_select: 1, options: opts(['o', 1_000_001]) }] },
        'option_groups.0.options.0.price_delta',
      ],
      [
        { option_groups: [{ name: 'G', min_select: 0, max_select: 1, options: opts(['o', -1_000_001]) }] },
        'option_groups.0.options.0.price_delta',
      ],
      [
        { option_groups: [{ name: 'G', min_select: 0, max_select: 1, options: opts(['o', 0.5]) }] },
        'option_groups.0.options.0.price_delta',
      ],
      [
        { option_groups: [{ name: 'x'.repeat(51), min_select: 0, max_select: 1, options: many(1) }] },
        'option_groups.0.name',
      ],
      [
        { option_groups: [{ name: '  ', min_select: 0, max_select: 1, options: many(1) }] },
        'option_groups.0.name',
      ],
      [
        { option_groups: [{ name: 'G', min_select: 0, max_select: 1, options: [{ name: 'y'.repeat(51) }] }] },
        'option_groups.0.options.0.name',
      ],
      [
        { option_groups: [{ name: 'G', min_select: 0, max_select: 1, options: [{ name: 'o', extra: 1 }] }] },
        'option_groups.0.options.0.extra',
      ],
      [{ origin: 'x'.repeat(201) }, 'origin'],
      [{ allergens: ['gluten'] }, 'allergens.0'],
      [{ badges: ['cheap'] }, 'badges.0'],
      [{ prep_minutes: 0 }, 'prep_minutes'],
      [{ prep_minutes: 121 }, 'prep_minutes'],
      [{ translations: { fr: { name: 'Plat' } } }, 'translations.fr'],
      [{ translations: { en: { description: 'no name' } } }, 'translations.en.name'],
      [{ translations: { en: { name: 'x'.repeat(101) } } }, 'translations.en.name'],
    ];
    for (const [body, path] of bad)
      expectError(await create({ name: 'Bad', price: 1000, ...body }), 400, path);
    expect(
      (await create({ name: 'Edge', price: 1000, origin: 'x'.repeat(200), prep_minutes: 120 })).status,
    ).toBe(201);
  });

  it('refuses a dish whose options can bring the unit price below 0; exactly 0 is fine', async () => {
    const discount = (delta: number, min = 0, max = 1) => [
      { name: '할인', min_select: min, max_select: max, options: opts(['쿠폰', delta], ['없음', 0]) },
    ];
    expectError(
      await create({ name: 'Neg', price: 1000, option_groups: discount(-1001) }),
      400,
      'option_groups',
    );
    // Two negative options in one group that allows both: 1000 - 600 - 600 < 0.
    expectError(
      await create({
        name: 'Neg2',
        price: 1000,
        option_groups: [{ name: 'G', min_select: 0, max_select: 2, options: opts(['a', -600], ['b', -600]) }],
      }),
      400,
      'option_groups',
    );
    // …but fine when only one of them can be chosen.
    expect(
      (
        await create({
          name: 'One of them',
          price: 1000,
          option_groups: [
            { name: 'G', min_select: 0, max_select: 1, options: opts(['a', -600], ['b', -600]) },
          ],
        })
      ).status,
    ).toBe(201);
    const zero = await create({ name: 'Free', price: 1000, option_groups: discount(-1000) });
    expect(zero.status, zero.text).toBe(201);
    // Lowering the price (or a delta) later is checked the same way.
    expectError(await put(zero.data.id, { price: 999 }), 400, 'price');
    const g = zero.data.option_groups[0]!;
    expectError(
      await put(zero.data.id, {
        option_groups: [
          {
            id: g.id,
            name: g.name,
            min_select: 0,
            max_select: 1,
            options: [
              { id: g.options[0]!.id, name: '쿠폰', price_delta: -1500 },
              { id: g.options[1]!.id, name: '없음' },
            ],
          },
        ],
      }),
      400,
      'option_groups',
    );
    expect((await put(zero.data.id, { price: 1500 })).status).toBe(200);
  });
});
