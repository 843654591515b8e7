/** A tablet moved to another table must not carry the previous table's cart, waiting or saved orders. */
import type { TableCredentials } from './auth-store';
import { clearCart } from './cart-store';
import { clearOutbox } from './outbox-store';
import { forgetSavedOrders } from './orders-cache';
import { ORDERS_KEY, queryClient } from './queries';

export function forgetIfOtherTable(before: TableCredentials | null, after: TableCredentials | null): void {
  if (!before || !after) return;
  if (before.store_code !== after.store_code || before.table_number !== after.table_number) {
    clearCart();
    clearOutbox();
    forgetSavedOrders();
    queryClient.removeQueries({ queryKey: ORDERS_KEY });
  }
}
