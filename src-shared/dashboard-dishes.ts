/**
 * A seating's dishes as the dashboard card lists them: lines of the same dish with the same
 * options merged, quantities added, in the order first ordered. The server builds the list from
 * the database and the admin's cache adds a new order's lines the same way until the refetch.
 */
import { LIMITS } from './limits';
import type { DashboardDish, OrderItem } from './types';

type Line = Pick<OrderItem, 'menu_id' | 'menu_name' | 'quantity' | 'options'>;

const keyOf = (menuId: number, optionIds: readonly number[]) => `${menuId}:${optionIds.join(',')}`;

/**
 * Adds lines to a card's dishes. `more` counts merged dishes left out past the cap (the card
 * shows "+N"); a line of a dish already listed still adds to its quantity.
 */
export function addDishes(
  dishes: readonly DashboardDish[],
  more: number,
  lines: readonly Line[],
  max: number = LIMITS.dashboardDishesMax,
): { dishes: DashboardDish[]; more: number } {
  const out = dishes.map((d) => ({ ...d }));
  const byKey = new Map(out.map((d) => [keyOf(d.menu_id, d.option_ids), d]));
  const overflow = new Set<string>();
  let extra = more;
  for (const line of lines) {
    const ids = line.options.map((o) => o.option_id).sort((a, b) => a - b);
    const key = keyOf(line.menu_id, ids);
    const known = byKey.get(key);
    if (known) known.quantity += line.quantity;
    else if (out.length < max) {
      const dish: DashboardDish = {
        menu_id: line.menu_id,
        menu_name: line.menu_name,
        option_ids: ids,
        options: line.options.map((o) => o.name),
        quantity: line.quantity,
      };
      out.push(dish);
      byKey.set(key, dish);
    } else if (!overflow.has(key)) {
      overflow.add(key);
      extra += 1;
    }
  }
  return { dishes: out, more: extra };
}
