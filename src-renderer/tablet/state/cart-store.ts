/**
 * The guest's cart (T3, T7), kept in localStorage so a reload or a restart of the tablet keeps
 * it. A line is a dish with its chosen options and request: the same dish with other options
 * (or another request) is another line.
 */
import type { Menu } from '../../../src-shared/types';
import type { RichMenu } from '../../common/menu-extras';
import { persistedStore } from './storage';

export interface CartOption {
  id: number;
  group_name: string;
  name: string;
  price_delta: number;
}

export interface CartLine {
  menu_id: number;
  /** Name and unit price (options included) as last seen, to show the line before the menu loads. */
  name: string;
  price: number;
  quantity: number;
  /** Chosen options in the menu's order; absent on carts saved before options existed. */
  options?: CartOption[];
  /** The guest's request for this line (≤ 100 characters). */
  note?: string;
}

export const MAX_QUANTITY = 99;
export const MAX_LINES = 50;
export const NOTE_MAX = 100;

const cart = persistedStore<CartLine[]>('cart', []);

/** Identity of a line: dish, options (any order) and request. */
export function lineKey(l: Pick<CartLine, 'menu_id' | 'options' | 'note'>): string {
  const ids = (l.options ?? []).map((o) => o.id).sort((a, b) => a - b);
  return `${l.menu_id}|${ids.join(',')}|${(l.note ?? '').trim()}`;
}

export function useCart(): CartLine[] {
  return cart.use();
}

export function getCart(): CartLine[] {
  return cart.get();
}

/** How many of a dish are in the cart, over all its lines. */
export function countOf(lines: CartLine[], menuId: number): number {
  return lines.reduce((n, l) => (l.menu_id === menuId ? n + l.quantity : n), 0);
}

/** Adds a line (or more of the same line); false when the order would have too many lines. */
export function addLine(line: CartLine): boolean {
  const lines = cart.get();
  const key = lineKey(line);
  const found = lines.find((l) => lineKey(l) === key);
  if (found) {
    setQuantity(key, found.quantity + line.quantity);
    return true;
  }
  if (lines.length >= MAX_LINES) return false;
  const note = line.note?.trim().slice(0, NOTE_MAX);
  const next: CartLine = { ...line, quantity: Math.min(line.quantity, MAX_QUANTITY) };
  if (note) next.note = note;
  else delete next.note;
  cart.set([...lines, next]);
  return true;
}

/** One of a dish without options. */
export function addToCart(menu: Menu): boolean {
  return addLine({ menu_id: menu.id, name: menu.name, price: menu.price, quantity: 1 });
}

export function setQuantity(key: string, quantity: number): void {
  if (quantity <= 0) return removeFromCart(key);
  const q = Math.min(quantity, MAX_QUANTITY);
  cart.set(cart.get().map((l) => (lineKey(l) === key ? { ...l, quantity: q } : l)));
}

export function removeFromCart(key: string): void {
  cart.set(cart.get().filter((l) => lineKey(l) !== key));
}

export function clearCart(): void {
  cart.set([]);
}

/** Puts lines of an order that could not be sent back into the cart, merging quantities. */
export function restoreToCart(lines: CartLine[]): void {
  let next = [...cart.get()];
  for (const line of lines) {
    const key = lineKey(line);
    const found = next.find((l) => lineKey(l) === key);
    if (found) {
      next = next.map((l) =>
        l === found ? { ...l, quantity: Math.min(l.quantity + line.quantity, MAX_QUANTITY) } : l,
      );
    } else if (next.length < MAX_LINES) next.push(line);
  }
  cart.set(next);
}

/** Unit price of a line from the current menu; null when a dish or option is gone. */
export function priceFromMenu(line: CartLine, menu: RichMenu): number | null {
  let price = menu.price;
  for (const o of line.options ?? []) {
    const opt = menu.option_groups?.flatMap((g) => g.options).find((x) => x.id === o.id);
    if (!opt) return null;
    price += opt.price_delta;
  }
  return price;
}

/** Keeps names and prices in step with the latest menu (the server prices the order anyway). */
export function syncCartWithMenu(menus: Map<number, RichMenu>): void {
  const lines = cart.get();
  let changed = false;
  const next = lines.map((l) => {
    const m = menus.get(l.menu_id);
    const price = m ? priceFromMenu(l, m) : null;
    if (m && price !== null && (m.name !== l.name || price !== l.price)) {
      changed = true;
      return { ...l, name: m.name, price };
    }
    return l;
  });
  if (changed) cart.set(next);
}
