/**
 * Guests' own phones (T11). The table's tablet shows a QR invite; a phone on the store Wi-Fi
 * trades it for a guest login of that table. Both are fenced by the seating: when the table's
 * session ends (이용 완료) — the one open when the invite was made, or the next one if the table
 * was empty — every invite and guest login of the table goes, and their event streams close.
 * A guest phone cannot make invites itself, so only the tablet at the table hands them out.
 */
import type { Tx } from '../db/writer';
import type { GuestInvite, GuestLoginResponse, GuestRevokeResult } from '../../src-shared/types';
import { LIMITS } from '../../src-shared/limits';
import { AuthenticationError, ForbiddenError } from '../errors/app-error';
import type { ServiceContext, TablePrincipal } from './context';
import { newToken, sha256 } from './crypto';
import { issueToken } from './auth.service';
import { clientOf, refund, reserve, throttleKeys } from './login-throttle.service';
import * as invitesRepo from '../repositories/guest-invites.repository';
import * as tablesRepo from '../repositories/tables.repository';
import * as storesRepo from '../repositories/stores.repository';
import { assertTable } from './tables.service';

const INVALID =
  'This QR code is no longer valid: the visit it was made for has ended. Scan the code on the table again.';

export function createInvite(ctx: ServiceContext, principal: TablePrincipal): Promise<GuestInvite> {
  if (principal.guest) throw new ForbiddenError('Only the table tablet can invite phones');
  const code = newToken();
  return ctx.writer.write((tx) => {
    const expires = new Date(Date.parse(tx.now) + LIMITS.guestInviteMaxMs).toISOString();
    invitesRepo.insertInvite(tx.db, {
      code_hash: sha256(code),
      store_id: principal.storeId,
      table_id: principal.tableId,
      created_at: tx.now,
      expires_at: expires,
    });
    invitesRepo.pruneInvites(tx.db, principal.tableId, LIMITS.guestInvitesPerTable, tx.now);
    return { code, url: `${ctx.config.publicUrl()}/table/guest?code=${code}`, expires_at: expires };
  });
}

/** A phone's login with an invite: throttled like a device key (per code and per address). */
export async function guestLogin(
  ctx: ServiceContext,
  input: { code: string },
  remoteAddress?: string,
): Promise<GuestLoginResponse> {
  const client = clientOf(remoteAddress);
  const hash = sha256(input.code);
  const keys = throttleKeys(`guest:${hash.slice(0, 16)}`, client);
  await reserve(ctx, keys, client);
  const result = await ctx.writer.write((tx) => {
    const invite = invitesRepo.findInvite(tx.db, hash);
    if (!invite || invite.expires_at <= tx.now) throw new AuthenticationError(INVALID);
    const table = tablesRepo.getTable(tx.db, invite.store_id, invite.table_id);
    const store = storesRepo.getStore(tx.db, invite.store_id);
    if (!table || !store) throw new AuthenticationError(INVALID);
    const ttl = Math.min(ctx.config.tokenTtlMs, LIMITS.guestInviteMaxMs);
    const t = issueToken(
      tx,
      ctx,
      { store_id: store.id, role: 'table', staff_id: null, table_id: table.id, guest: 1 },
      ttl,
    );
    return {
      ...t,
      table: { id: table.id, table_number: table.table_number },
      store: { id: store.id, code: store.code, name: store.name },
      guest: true as const,
    };
  });
  await refund(ctx, keys);
  return result;
}

/** In a transaction that ends a table's seating: its invites and guest logins go with it. */
export function endGuestsInTx(tx: Tx, tableId: number): number {
  return invitesRepo.deleteGuestsOfTable(tx.db, tableId);
}

/** The manager's "disconnect phones" on the table screen. */
export async function revokeGuests(
  ctx: ServiceContext,
  storeId: number,
  tableId: number,
): Promise<GuestRevokeResult> {
  assertTable(ctx, storeId, tableId);
  const revoked = await ctx.writer.write((tx) => endGuestsInTx(tx, tableId));
  ctx.presence.closeGuests(tableId);
  return { revoked };
}
