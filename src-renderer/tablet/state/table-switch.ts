/** A tablet moved to another table must not carry the previous table's cart, waiting or saved orders. */
import type { TableCredentials } from './auth-store';
import { clearCart } from './cart-store';
import { clearOutbox } from './outbox-store';
import { forgetSavedOrders } from './orders-cache';
import { ORDERS_KEY, queryClient } from './queries';
import { BILL_KEY } from './bill-store';
import { CALLS_KEY, clearCallOutbox } from './calls-store';

export function forgetIfOtherTable(before: TableCredentials | null, after: TableCredentials | null): void {
  if (!before || !after) return;
  if (before.store_code !== after.store_code || before.table_number !== after.table_number) {
    clearCart();
    clearOutbox();
    clearCallOutbox();
    forgetSavedOrders();
    queryClient.removeQueries({ queryKey: ORDERS_KEY });
  }
}

/**
 * A guest phone's visit (T11) starts and ends with nothing of another visit: no cart, no
 * waiting orders or calls, no saved orders, no cached bill.
 */
export function forgetVisit(): void {
  clearCart();
  clearOutbox();
  clearCallOutbox();
  forgetSavedOrders();
  queryClient.removeQueries({ queryKey: ORDERS_KEY });
  queryClient.removeQueries({ queryKey: CALLS_KEY });
  queryClient.removeQueries({ queryKey: BILL_KEY });
}
