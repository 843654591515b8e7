import type { InferResult } from 'kysely';
import type { Sqlite } from '../db/connection';
import type { AuthTokensTable } from '../db/schema';
import { first, prepare, qb, run } from '../db/query';

export function insertToken(db: Sqlite, t: Omit<AuthTokensTable, 'id' | 'guest'> & { guest?: number }) {
  run(db, qb.insertInto('auth_tokens').values(t));
}

// Every authenticated request looks its token up: compiled once, prepared once per connection.
const tokenByHash = qb
  .selectFrom('auth_tokens')
  .select(['id', 'store_id', 'role', 'staff_id', 'table_id', 'expires_at', 'guest'])
  .where('token_hash', '=', '');
const tokenByHashSql = tokenByHash.compile().sql;

export function findToken(db: Sqlite, tokenHash: string) {
  return prepare(db, tokenByHashSql).get(tokenHash) as InferResult<typeof tokenByHash>[number] | undefined;
}

export function deleteToken(db: Sqlite, tokenHash: string) {
  run(db, qb.deleteFrom('auth_tokens').where('token_hash', '=', tokenHash));
}

export function deleteTokensOfStaff(db: Sqlite, staffId: number) {
  run(db, qb.deleteFrom('auth_tokens').where('staff_id', '=', staffId));
}

export function deleteTokensOfTable(db: Sqlite, tableId: number) {
  run(db, qb.deleteFrom('auth_tokens').where('table_id', '=', tableId));
}

export function deleteExpiredTokens(db: Sqlite, now: string) {
  return run(db, qb.deleteFrom('auth_tokens').where('expires_at', '<=', now)).changes;
}

export function getLoginAttempt(db: Sqlite, key: string) {
  return first(
    db,
    qb
      .selectFrom('login_attempts')
      .select(['key', 'failed_count', 'first_failed_at', 'locked_until'])
      .where('key', '=', key),
  );
}

export function saveLoginAttempt(
  db: Sqlite,
  a: { key: string; failed_count: number; first_failed_at: string; locked_until: string | null },
) {
  run(
    db,
    qb
      .insertInto('login_attempts')
      .values(a)
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          failed_count: a.failed_count,
          first_failed_at: a.first_failed_at,
          locked_until: a.locked_until,
        }),
      ),
  );
}

export function clearLoginAttempts(db: Sqlite, key: string) {
  run(db, qb.deleteFrom('login_attempts').where('key', '=', key));
}

export function insertPairingCode(
  db: Sqlite,
  p: { code_hash: string; store_id: number; table_id: number; expires_at: string },
) {
  run(db, qb.insertInto('pairing_codes').values(p));
}

/** Takes a pairing code: single use, so it is deleted whether or not it was still valid. */
export function takePairingCode(db: Sqlite, codeHash: string) {
  const row = first(
    db,
    qb
      .selectFrom('pairing_codes')
      .select(['store_id', 'table_id', 'expires_at'])
      .where('code_hash', '=', codeHash),
  );
  if (row) run(db, qb.deleteFrom('pairing_codes').where('code_hash', '=', codeHash));
  return row;
}

export function deleteExpiredPairingCodes(db: Sqlite, now: string) {
  run(db, qb.deleteFrom('pairing_codes').where('expires_at', '<=', now));
}

/** Retention: up to `limit` expired tokens. */
export function deleteExpiredTokensBatch(db: Sqlite, now: string, limit: number): number {
  return prepare(
    db,
    'DELETE FROM auth_tokens WHERE id IN (SELECT id FROM auth_tokens WHERE expires_at <= ? LIMIT ?)',
  ).run(now, limit).changes;
}

/** Retention: failed-login records older than `beforeIso` that no longer lock anything. */
export function deleteStaleLoginAttempts(db: Sqlite, beforeIso: string, now: string, limit: number): number {
  return prepare(
    db,
    `DELETE FROM login_attempts WHERE key IN (
       SELECT key FROM login_attempts
       WHERE first_failed_at < ? AND (locked_until IS NULL OR locked_until <= ?) LIMIT ?)`,
  ).run(beforeIso, now, limit).changes;
}
const TOKEN_COLUMNS = 'token_hash, store_id, role, staff_id, table_id, created_at, expires_at';

export interface TokenRow {
  token_hash: string;
  store_id: number;
  role: AuthTokensTable['role'];
  staff_id: number | null;
  table_id: number | null;
  created_at: string;
  expires_at: string;
}

/** Sign-ins that have not expired at `now` (carried over by a live restore). */
export function liveTokens(db: Sqlite, now: string): TokenRow[] {
  return prepare(db, `SELECT ${TOKEN_COLUMNS} FROM auth_tokens WHERE expires_at > ?`).all(now) as TokenRow[];
}

/** Inserts a sign-in when its store and its staff member or table exist in this database. */
export function insertTokenIfOwnerExists(db: Sqlite, t: TokenRow): void {
  prepare(
    db,
    `INSERT OR IGNORE INTO auth_tokens (${TOKEN_COLUMNS})
     SELECT @token_hash, @store_id, @role, @staff_id, @table_id, @created_at, @expires_at
     WHERE EXISTS (SELECT 1 FROM stores WHERE id = @store_id)
       AND (@staff_id IS NULL OR EXISTS (SELECT 1 FROM staff WHERE id = @staff_id AND store_id = @store_id))
       AND (@table_id IS NULL OR EXISTS (SELECT 1 FROM tables WHERE id = @table_id AND store_id = @store_id))`,
  ).run(t);
}

/** Throttling: how many failed-login records there are (they are capped). */
export function countLoginAttempts(db: Sqlite): number {
  return (prepare(db, 'SELECT count(*) AS n FROM login_attempts').get() as { n: number }).n;
}
