/** The guest's cart (T3), kept in localStorage so a reload or a restart of the tablet keeps it. */
import type { Menu } from '../../../src-shared/types';
import { persistedStore } from './storage';

export interface CartLine {
  menu_id: number;
  /** Name and price as last seen, to show the line even before the menu has loaded. */
  name: string;
  price: number;
  quantity: number;
}

export const MAX_QUANTITY = 99;
export const MAX_LINES = 50;

const cart = persistedStore<CartLine[]>('cart', []);

export function useCart(): CartLine[] {
  return cart.use();
}

export function getCart(): CartLine[] {
  return cart.get();
}

/** Adds one; false when the order would exceed the number of lines the server accepts. */
export function addToCart(menu: Menu): boolean {
  const lines = cart.get();
  const found = lines.find((l) => l.menu_id === menu.id);
  if (found) {
    setQuantity(menu.id, found.quantity + 1);
    return true;
  }
  if (lines.length >= MAX_LINES) return false;
  cart.set([...lines, { menu_id: menu.id, name: menu.name, price: menu.price, quantity: 1 }]);
  return true;
}

export function setQuantity(menuId: number, quantity: number): void {
  if (quantity <= 0) return removeFromCart(menuId);
  const q = Math.min(quantity, MAX_QUANTITY);
  cart.set(cart.get().map((l) => (l.menu_id === menuId ? { ...l, quantity: q } : l)));
}

export function removeFromCart(menuId: number): void {
  cart.set(cart.get().filter((l) => l.menu_id !== menuId));
}

export function clearCart(): void {
  cart.set([]);
}

/** Puts lines of an order that could not be sent back into the cart, merging quantities. */
export function restoreToCart(lines: CartLine[]): void {
  let next = [...cart.get()];
  for (const line of lines) {
    const found = next.find((l) => l.menu_id === line.menu_id);
    if (found) {
      next = next.map((l) =>
        l === found ? { ...l, quantity: Math.min(l.quantity + line.quantity, MAX_QUANTITY) } : l,
      );
    } else if (next.length < MAX_LINES) next.push(line);
  }
  cart.set(next);
}

/** Keeps names and prices in step with the latest menu (the server prices the order anyway). */
export function syncCartWithMenu(menus: Map<number, Menu>): void {
  const lines = cart.get();
  let changed = false;
  const next = lines.map((l) => {
    const m = menus.get(l.menu_id);
    if (m && (m.name !== l.name || m.price !== l.price)) {
      changed = true;
      return { ...l, name: m.name, price: m.price };
    }
    return l;
  });
  if (changed) cart.set(next);
}
