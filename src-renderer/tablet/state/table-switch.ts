/** A tablet moved to another table must not carry the previous table's cart or waiting orders. */
import type { TableCredentials } from './auth-store';
import { clearCart } from './cart-store';
import { clearOutbox } from './outbox-store';

export function forgetIfOtherTable(before: TableCredentials | null, after: TableCredentials | null): void {
  if (!before || !after) return;
  if (before.store_code !== after.store_code || before.table_number !== after.table_number) {
    clearCart();
    clearOutbox();
  }
}
