/** Guest-phone invites (T11) and the guest logins they give. */
import type { Sqlite } from '../db/connection';
import { first, prepare, qb, run } from '../db/query';

export function insertInvite(
  db: Sqlite,
  i: { code_hash: string; store_id: number; table_id: number; created_at: string; expires_at: string },
): void {
  run(db, qb.insertInto('guest_invites').values(i));
}

/** Keeps a table's newest `keep` invites and drops expired ones everywhere. */
export function pruneInvites(db: Sqlite, tableId: number, keep: number, now: string): void {
  run(db, qb.deleteFrom('guest_invites').where('expires_at', '<=', now));
  prepare(
    db,
    `DELETE FROM guest_invites WHERE table_id = ? AND code_hash NOT IN
       (SELECT code_hash FROM guest_invites WHERE table_id = ? ORDER BY created_at DESC, rowid DESC LIMIT ?)`,
  ).run(tableId, tableId, keep);
}

export function findInvite(db: Sqlite, codeHash: string) {
  return first(
    db,
    qb
      .selectFrom('guest_invites')
      .select(['store_id', 'table_id', 'expires_at'])
      .where('code_hash', '=', codeHash),
  );
}

/**
 * Ends every guest phone of a table: its invites and guest logins go (the seating ended, or
 * the manager revoked them). Returns how many logins were ended.
 */
export function deleteGuestsOfTable(db: Sqlite, tableId: number): number {
  run(db, qb.deleteFrom('guest_invites').where('table_id', '=', tableId));
  return run(db, qb.deleteFrom('auth_tokens').where('table_id', '=', tableId).where('guest', '=', 1)).changes;
}
