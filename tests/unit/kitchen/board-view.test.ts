/**
 * Kitchen board K5–K7: station boards (which tickets, which lines first, a ticket's status on
 * that board), optimistic line and order changes, prep targets, the steps the server allows,
 * and the all-day counts.
 */
import { describe, expect, it } from 'vitest';
import { allDayCounts, formatAllDay } from '../../../src-renderer/kitchen/state/all-day';
import {
  boardView,
  effectiveOrder,
  prepTarget,
  statusOfLines,
  stepsBetween,
  type Overrides,
} from '../../../src-renderer/kitchen/state/board-view';
import { emptyBoard } from '../../../src-renderer/kitchen/state/board-state';
import { ageOf, DEFAULT_SETTINGS } from '../../../src-renderer/kitchen/state/settings';
import type { OrderStatus } from '../../../src-shared/order-status';
import type { Order, OrderItem } from '../../../src-shared/types';
import { list, order } from './board-fixtures';

const KITCHEN = 1;
const DRINKS = 3;

function line(id: number, patch: Partial<OrderItem> = {}): OrderItem {
  return {
    id,
    menu_id: 1,
    menu_name: '김치찌개',
    base_price: 9000,
    unit_price: 9000,
    quantity: 1,
    subtotal: 9000,
    note: null,
    options: [],
    status: 'pending',
    station_id: KITCHEN,
    ...patch,
  };
}

const opt = (option_id: number, name: string) => ({ option_id, group_name: '맵기', name, price_delta: 0 });

/** Order 1: a stew (kitchen) and a cola (drinks); order 2: only a stew; order 3: default station. */
function board() {
  return list(
    emptyBoard,
    [
      order(1, { items: [line(11), line(12, { menu_id: 9, menu_name: '콜라', station_id: DRINKS })] }),
      order(2, { items: [line(21, { quantity: 2 })] }),
      order(3, { items: [line(31, { menu_id: 5, menu_name: '라면', station_id: null })] }),
    ],
    10,
  ).state;
}

const none: Overrides = { orders: new Map(), lines: new Map() };
const ids = (views: { order: Order }[]) => views.map((v) => v.order.id);

describe('station boards', () => {
  it('the expo view (no pick) shows every ticket with every line', () => {
    const v = boardView(board(), [], none);
    expect(ids(v.open)).toEqual([1, 2, 3]);
    expect(v.open[0]!.own.map((l) => l.id)).toEqual([11, 12]);
    expect(v.open[0]!.others).toEqual([]);
  });

  it('a station board shows only tickets with its lines, its lines first and the others apart', () => {
    const drinks = boardView(board(), [DRINKS], none);
    expect(ids(drinks.open)).toEqual([1]);
    expect(drinks.open[0]!.own.map((l) => l.id)).toEqual([12]);
    expect(drinks.open[0]!.others.map((l) => l.id)).toEqual([11]);
    expect(ids(boardView(board(), [0], none).open)).toEqual([3]);
    expect(ids(boardView(board(), [KITCHEN, 0], none).open)).toEqual([1, 2, 3]);
  });

  it("a ticket's status on a station board follows its own lines; done there, it goes to recall", () => {
    const s = list(
      board(),
      [
        order(1, {
          status: 'preparing',
          items: [line(11), line(12, { station_id: DRINKS, status: 'completed' })],
        }),
        order(2, { items: [line(21)] }),
        order(3, { items: [line(31, { station_id: null })] }),
      ],
      11,
    ).state;
    const drinks = boardView(s, [DRINKS], none);
    expect(drinks.open).toEqual([]);
    expect(ids(drinks.recent)).toEqual([1]);
    expect(drinks.recent[0]!.status).toBe('completed');
    const kitchen = boardView(s, [KITCHEN], none);
    expect(kitchen.open.find((v) => v.order.id === 1)?.status).toBe('pending');
  });
});

describe('optimistic changes', () => {
  it('a line in flight shows its new status and the order follows its lines', () => {
    const o = order(1, { items: [line(11), line(12)] });
    const lines = new Map<number, OrderStatus>([[11, 'preparing']]);
    const e = effectiveOrder(o, { orders: new Map(), lines });
    expect(e.items.map((i) => i.status)).toEqual(['preparing', 'pending']);
    expect(e.status).toBe('preparing');
    const all = effectiveOrder(o, {
      orders: new Map(),
      lines: new Map<number, OrderStatus>([
        [11, 'completed'],
        [12, 'completed'],
      ]),
    });
    expect(all.status).toBe('completed');
    expect(boardView(list(emptyBoard, [o], 1).state, [], { orders: new Map(), lines }).open[0]!.saving).toBe(
      true,
    );
  });

  it('a whole order in flight moves every line', () => {
    const o = order(1, { items: [line(11), line(12)] });
    const e = effectiveOrder(o, { orders: new Map([[1, 'completed']]), lines: new Map() });
    expect(e.status).toBe('completed');
    expect(e.items.every((i) => i.status === 'completed')).toBe(true);
    expect(effectiveOrder(o, none)).toBe(o);
  });

  it('statusOfLines is the server rule', () => {
    const s = (...st: OrderStatus[]) => statusOfLines(st.map((status) => ({ status })));
    expect(s('pending', 'pending')).toBe('pending');
    expect(s('pending', 'completed')).toBe('preparing');
    expect(s('preparing')).toBe('preparing');
    expect(s('completed', 'completed')).toBe('completed');
  });

  it('stepsBetween goes through preparing where the server allows only one step', () => {
    expect(stepsBetween('pending', 'completed')).toEqual(['preparing', 'completed']);
    expect(stepsBetween('completed', 'pending')).toEqual(['preparing', 'pending']);
    expect(stepsBetween('preparing', 'completed')).toEqual(['completed']);
    expect(stepsBetween('completed', 'completed')).toEqual([]);
  });
});

describe('prep targets', () => {
  it("the ticket's target is its largest dish target; none falls back to the device minutes", () => {
    const prep = new Map<number, number | null>([
      [1, 12],
      [9, 1],
      [5, null],
    ]);
    expect(prepTarget([line(1), line(2, { menu_id: 9 })], prep)).toBe(12);
    expect(prepTarget([line(2, { menu_id: 5 })], prep)).toBeNull();
    const min = 60_000;
    expect(ageOf(8 * min, DEFAULT_SETTINGS, 12)).toBe('fresh');
    expect(ageOf(9 * min, DEFAULT_SETTINGS, 12)).toBe('warn');
    expect(ageOf(12 * min, DEFAULT_SETTINGS, 12)).toBe('late');
    expect(ageOf(6 * min, DEFAULT_SETTINGS, null)).toBe('warn');
    expect(ageOf(10 * min, DEFAULT_SETTINGS, null)).toBe('late');
  });
});

describe('all-day counts', () => {
  it('sums open lines per dish and per option, leaves out completed lines and other stations', () => {
    const s = list(
      emptyBoard,
      [
        order(1, {
          items: [
            line(11, { quantity: 2, options: [opt(101, '순한맛')] }),
            line(12, { menu_id: 9, menu_name: '콜라', station_id: DRINKS }),
          ],
        }),
        order(2, {
          items: [
            line(21, { quantity: 3, options: [opt(102, '보통')] }),
            line(22, { status: 'completed', options: [opt(103, '매운맛')] }),
          ],
        }),
      ],
      10,
    ).state;
    const kitchen = allDayCounts(boardView(s, [KITCHEN], none).open);
    expect(kitchen.map(formatAllDay)).toEqual(['김치찌개 ×5 (순한맛 2, 보통 3)']);
    const expo = allDayCounts(boardView(s, [], none).open);
    expect(expo.map((d) => [d.name, d.count])).toEqual([
      ['김치찌개', 5],
      ['콜라', 1],
    ]);
  });

  it('a bump in flight already counts, and a finished ticket no longer does', () => {
    const s = list(emptyBoard, [order(1, { items: [line(11), line(12)] })], 10).state;
    const lines = new Map<number, OrderStatus>([[11, 'completed']]);
    expect(allDayCounts(boardView(s, [], { orders: new Map(), lines }).open)[0]!.count).toBe(1);
    const orders = new Map<number, OrderStatus>([[1, 'completed']]);
    expect(allDayCounts(boardView(s, [], { orders, lines: new Map() }).open)).toEqual([]);
  });
});
