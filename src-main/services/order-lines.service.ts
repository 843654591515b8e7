/**
 * The lines of a new order (API-2 "Orders with options and requests"): every chosen option
 * checked against the dish as it is now, prices from the database, and the snapshot a line
 * keeps of its dish and options whatever the menu becomes later.
 */
import type { CreateOrderInput } from '../../src-shared/schemas';
import type { OrderItemOption } from '../../src-shared/types';
import type { OrderMenu } from '../repositories/menu.repository';
import { NotFoundError, ValidationError } from '../errors/app-error';

export interface NewLine {
  menu_id: number;
  menu_name: string;
  base_price: number;
  unit_price: number;
  quantity: number;
  note: string | null;
  options: OrderItemOption[];
  station_id: number | null;
}

type Item = CreateOrderInput['items'][number];

function refuse(path: string, message: string): never {
  throw new ValidationError(`${path}: ${message}`, [{ path, message }]);
}

/**
 * What makes two submissions of one client_order_id "the same order". A line without options
 * or note keeps the first wave's form, so an order placed before options existed still matches.
 */
export function requestKey(tableId: number, items: readonly Item[]): string {
  return JSON.stringify([
    tableId,
    items.map((i) => {
      const options = [...(i.option_ids ?? [])].sort((a, b) => a - b);
      const note = i.note || null;
      return options.length || note ? [i.menu_id, i.quantity, options, note] : [i.menu_id, i.quantity];
    }),
  ]);
}

export function buildLine(menu: OrderMenu | undefined, item: Item, index: number): NewLine {
  if (!menu) throw new NotFoundError(`Menu item ${item.menu_id} not found`);
  if (!menu.available) refuse(`items.${index}.menu_id`, `"${menu.name}" is sold out`);
  const path = `items.${index}.option_ids`;
  const chosen = new Set(item.option_ids ?? []);
  const known = new Set(menu.option_groups.flatMap((g) => g.options.map((o) => o.id)));
  for (const id of chosen) {
    if (!known.has(id)) refuse(path, `option ${id} is not an option of "${menu.name}"`);
  }
  const options: OrderItemOption[] = [];
  for (const group of menu.option_groups) {
    const picked = group.options.filter((o) => chosen.has(o.id));
    if (picked.length < group.min_select) {
      refuse(path, `choose at least ${group.min_select} of "${group.name}" for "${menu.name}"`);
    }
    if (picked.length > group.max_select) {
      refuse(path, `choose at most ${group.max_select} of "${group.name}" for "${menu.name}"`);
    }
    for (const o of picked) {
      if (!o.available) refuse(path, `"${o.name}" (${group.name}) is sold out`);
      options.push({ option_id: o.id, group_name: group.name, name: o.name, price_delta: o.price_delta });
    }
  }
  const unitPrice = menu.price + options.reduce((sum, o) => sum + o.price_delta, 0);
  // The menu refuses such options when saved; kept as a guard so a line never goes below 0.
  if (unitPrice < 0) refuse(path, `these options bring the price of "${menu.name}" below 0`);
  return {
    menu_id: menu.id,
    menu_name: menu.name,
    base_price: menu.price,
    unit_price: unitPrice,
    quantity: item.quantity,
    note: item.note || null,
    options,
    station_id: menu.station_id,
  };
}
