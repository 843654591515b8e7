/**
 * All-day counts (K7): how many of each dish this board still has to make, across its open
 * tickets. A line counts until it is completed. Options are counted one by one ("김치찌개 ×5
 * (순한맛 2, 보통 3, 공기밥 추가 1)") — what the cook portions out, rather than every combination.
 */
import type { TicketView } from './board-view';

export interface AllDayOption {
  name: string;
  count: number;
}

export interface AllDayDish {
  menuId: number;
  name: string;
  count: number;
  options: AllDayOption[];
}

export function allDayCounts(tickets: readonly TicketView[]): AllDayDish[] {
  const dishes = new Map<number, AllDayDish & { byOption: Map<number, AllDayOption> }>();
  for (const t of tickets) {
    for (const line of t.own) {
      if (line.status === 'completed') continue;
      let dish = dishes.get(line.menu_id);
      if (!dish) {
        dish = { menuId: line.menu_id, name: line.menu_name, count: 0, options: [], byOption: new Map() };
        dishes.set(line.menu_id, dish);
      }
      dish.count += line.quantity;
      for (const o of line.options ?? []) {
        const opt = dish.byOption.get(o.option_id) ?? { name: o.name, count: 0 };
        opt.count += line.quantity;
        dish.byOption.set(o.option_id, opt);
      }
    }
  }
  return [...dishes.values()]
    .map(({ byOption, ...d }) => ({
      ...d,
      // Option ids follow the menu's display order, so 순한맛 comes before 보통 before 매운맛.
      options: [...byOption.entries()].sort((a, b) => a[0] - b[0]).map(([, o]) => o),
    }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'ko'));
}

/** "김치찌개 ×5 (순한맛 2, 보통 3)" — for titles and screen readers. */
export function formatAllDay(d: AllDayDish): string {
  const opts = d.options.map((o) => `${o.name} ${o.count}`).join(', ');
  return `${d.name} ×${d.count}${opts ? ` (${opts})` : ''}`;
}
