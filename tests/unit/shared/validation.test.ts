import { describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import { summarize, toFieldErrors } from '../../../src-shared/validation';
import {
  CreateCategoryBody,
  CreateMenuBody,
  CreateOrderBody,
  CreateTableBody,
  UpdateTableBody,
  HistoryQuery,
  OrdersQuery,
  SetupBody,
} from '../../../src-shared/schemas';

/** Parsed as the server parses requests: with reportInput, which the messages rely on. */
function errorsOf(schema: ZodType, value: unknown) {
  const r = schema.safeParse(value, { reportInput: true });
  if (r.success) throw new Error(`expected ${JSON.stringify(value)} to fail`);
  return toFieldErrors(r.error.issues);
}

const uuid = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('field errors', () => {
  it('name the path and say what is wrong in words', () => {
    expect(
      errorsOf(CreateOrderBody, { client_order_id: uuid, items: [{ menu_id: 1, quantity: 0 }] }),
    ).toEqual([{ path: 'items.0.quantity', message: 'must be at least 1' }]);
    expect(
      errorsOf(CreateOrderBody, { client_order_id: uuid, items: [{ menu_id: 1, quantity: 100 }] }),
    ).toEqual([{ path: 'items.0.quantity', message: 'must be at most 99' }]);
    expect(errorsOf(CreateOrderBody, { client_order_id: uuid, items: [] })).toEqual([
      { path: 'items', message: 'must have at least 1 item' },
    ]);
    expect(errorsOf(CreateOrderBody, { items: [{ menu_id: 1, quantity: 1 }] })).toEqual([
      { path: 'client_order_id', message: 'is required' },
    ]);
    expect(
      errorsOf(CreateOrderBody, { client_order_id: 'abc', items: [{ menu_id: 1, quantity: 1 }] }),
    ).toEqual([{ path: 'client_order_id', message: 'must be a valid uuid' }]);
    expect(errorsOf(CreateTableBody, { table_number: '3', password: 'abcdef' })).toEqual([
      { path: 'table_number', message: 'must be a number' },
    ]);
    expect(errorsOf(CreateTableBody, { password: 'abcdef' })).toEqual([
      { path: 'table_number', message: 'is required' },
    ]);
    expect(errorsOf(CreateTableBody, { table_number: 1.5, password: 'abcdef' })).toEqual([
      { path: 'table_number', message: 'must be a whole number' },
    ]);
    expect(errorsOf(CreateCategoryBody, { name: '' })).toEqual([
      { path: 'name', message: 'must be at least 1 character' },
    ]);
    expect(errorsOf(CreateCategoryBody, { name: 'x'.repeat(101) })).toEqual([
      { path: 'name', message: 'must be at most 100 characters' },
    ]);
  });

  it('lists each unknown field under its own path', () => {
    expect(errorsOf(CreateCategoryBody, { name: 'A', colour: 1, size: 2 })).toEqual([
      { path: 'colour', message: 'is not a field this call takes' },
      { path: 'size', message: 'is not a field this call takes' },
    ]);
    expect(
      errorsOf(CreateOrderBody, {
        client_order_id: uuid,
        items: [{ menu_id: 1, quantity: 1, unit_price: 5 }],
      }),
    ).toEqual([{ path: 'items.0.unit_price', message: 'is not a field this call takes' }]);
  });

  it('summarize joins them into the envelope detail', () => {
    expect(
      summarize([
        { path: 'items.0.quantity', message: 'must be at least 1' },
        { path: '', message: 'is not valid JSON' },
      ]),
    ).toBe('items.0.quantity: must be at least 1; is not valid JSON');
  });
});

describe('schemas follow the Limits of API.md', () => {
  it('trims names and checks the limits after trimming', () => {
    expect(CreateCategoryBody.parse({ name: '  X  ' })).toEqual({ name: 'X' });
    expect(CreateCategoryBody.safeParse({ name: '   ' }).success).toBe(false);
    expect(CreateCategoryBody.safeParse({ name: ` ${'x'.repeat(100)} ` }).success).toBe(true);
  });

  it('prices 1-10,000,000 whole won; quantities 1-99; 1-50 lines; tables 1-999; passwords 4-64 (tables 6-64)', () => {
    const menu = (price: unknown) => CreateMenuBody.safeParse({ category_id: 1, name: 'A', price }).success;
    expect([menu(0), menu(1), menu(10_000_000), menu(10_000_001), menu(1.5)]).toEqual([
      false,
      true,
      true,
      false,
      false,
    ]);
    const lines = (n: number) =>
      CreateOrderBody.safeParse({
        client_order_id: uuid,
        items: Array.from({ length: n }, () => ({ menu_id: 1, quantity: 1 })),
      }).success;
    expect([lines(0), lines(1), lines(50), lines(51)]).toEqual([false, true, true, false]);
    const table = (table_number: number, password = 'abcdef') =>
      CreateTableBody.safeParse({ table_number, password }).success;
    expect([table(0), table(1), table(999), table(1000)]).toEqual([false, true, true, false]);
    expect([table(1, 'abcde'), table(1, 'x'.repeat(64)), table(1, 'x'.repeat(65))]).toEqual([
      false,
      true,
      false,
    ]);
    expect(UpdateTableBody.safeParse({ password: '1234' }).success).toBe(false);
    expect(UpdateTableBody.safeParse({ password: '123456' }).success).toBe(true);
    const desc = (n: number) =>
      CreateMenuBody.safeParse({ category_id: 1, name: 'A', price: 1, description: 'd'.repeat(n) }).success;
    expect([desc(500), desc(501)]).toEqual([true, false]);
  });

  it('store codes are letters, digits, - and _', () => {
    const setup = (store_code: string) =>
      SetupBody.safeParse({ store_code, store_name: 'S', username: 'u', password: 'abcd' }).success;
    expect([setup('demo'), setup('my-store_2'), setup('bad code'), setup(''), setup('-x')]).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('queries: status list, history dates and limits', () => {
    expect(OrdersQuery.parse({})).toEqual({ status: ['pending', 'preparing'] });
    expect(OrdersQuery.parse({ status: 'completed' }).status).toEqual(['completed']);
    expect(OrdersQuery.safeParse({ status: 'pending,cooking' }).success).toBe(false);
    expect(HistoryQuery.parse({ limit: '200' })).toEqual({ limit: 200 });
    expect(HistoryQuery.safeParse({ limit: '201' }).success).toBe(false);
    expect(HistoryQuery.safeParse({ limit: '0' }).success).toBe(false);
    expect(HistoryQuery.safeParse({ from: '2026-02-30' }).success).toBe(false);
    expect(HistoryQuery.safeParse({ from: '2026-03-02', to: '2026-03-01' }).success).toBe(false);
    expect(HistoryQuery.safeParse({ from: '2026-03-01', to: '2026-03-01' }).success).toBe(true);
  });
});
