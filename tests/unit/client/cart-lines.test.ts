// @vitest-environment happy-dom
/**
 * Cart lines with options and requests (T7): a line is dish + options (any order) + request, so
 * the same dish with other options is another line; the price follows today's menu; and the
 * guest's order number is the short daily one.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  addLine,
  clearCart,
  getCart,
  lineKey,
  priceFromMenu,
  restoreToCart,
} from '../../../src-renderer/tablet/state/cart-store';
import { dailyNumber, nameIn } from '../../../src-renderer/common/menu-extras';
import type { Menu } from '../../../src-shared/types';

const cheese = { id: 11, group_name: '토핑', name: '치즈', price_delta: 1000 };
const egg = { id: 12, group_name: '토핑', name: '계란', price_delta: 500 };
const ramen = { menu_id: 3, name: '라면', price: 5000, quantity: 1 };

beforeEach(() => clearCart());

describe('cart lines', () => {
  it('keeps the same dish with other options, or another request, on its own line', () => {
    addLine({ ...ramen });
    addLine({ ...ramen, price: 6500, options: [cheese, egg] });
    addLine({ ...ramen, price: 6500, options: [egg, cheese] });
    addLine({ ...ramen, price: 6500, options: [cheese, egg], note: '양파 빼주세요' });
    expect(getCart().map((l) => [l.options?.length ?? 0, l.note ?? null, l.quantity])).toEqual([
      [0, null, 1],
      [2, null, 2],
      [2, '양파 빼주세요', 1],
    ]);
  });

  it('trims the request, drops an empty one and caps it at 100 characters', () => {
    addLine({ ...ramen, note: '   ' });
    addLine({ ...ramen, note: ` ${'가'.repeat(120)} ` });
    expect(getCart()[0]!.note).toBeUndefined();
    expect(getCart()[1]!.note).toHaveLength(100);
    expect(lineKey({ menu_id: 3, note: ' a ' })).toBe(lineKey({ menu_id: 3, note: 'a' }));
  });

  it('merges lines put back from the outbox by the same identity', () => {
    addLine({ ...ramen, options: [cheese] });
    restoreToCart([
      { ...ramen, options: [cheese], quantity: 2 },
      { ...ramen, quantity: 1 },
    ]);
    expect(getCart().map((l) => l.quantity)).toEqual([3, 1]);
  });

  it('prices a line from the menu, and knows when an option is gone', () => {
    const menu = {
      id: 3,
      price: 5000,
      option_groups: [
        {
          options: [
            { id: 11, price_delta: 1000 },
            { id: 12, price_delta: 500 },
          ],
        },
      ],
    } as unknown as Menu;
    expect(priceFromMenu({ ...ramen, options: [cheese, egg] }, menu)).toBe(6500);
    expect(priceFromMenu({ ...ramen, options: [{ ...cheese, id: 99 }] }, menu)).toBeNull();
  });
});

describe('guest words', () => {
  it('shows the short daily number and names with a Korean fallback', () => {
    expect(dailyNumber('ORD-20261128-0005')).toBe('5');
    expect(dailyNumber('ORD-20261128-0120')).toBe('120');
    const dish = { name: '김치찌개', translations: { ja: { name: 'キムチチゲ' }, en: { name: ' ' } } };
    expect(nameIn(dish, 'ja')).toBe('キムチチゲ');
    expect(nameIn(dish, 'en')).toBe('김치찌개');
    expect(nameIn(dish, 'zh')).toBe('김치찌개');
  });
});
