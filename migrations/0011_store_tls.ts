import { sql, type Kysely } from 'kysely';

/**
 * HTTPS on the store LAN.
 * - `tls_certificates`: the store's own certificate authority and the server certificate it
 *   signed, one row each. Kept in the database (not as files beside it) so every backup holds
 *   them and a move to a new PC with a backup keeps the CA the tablets already trust; a live
 *   restore carries the running server's rows over (backup-restore.service.ts).
 * - `tables.last_secure`: whether the table's tablet last called over HTTPS (1) or plain HTTP
 *   (0); NULL until it has called since this version.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const statements = [
    sql`CREATE TABLE tls_certificates (
      role TEXT PRIMARY KEY CHECK (role IN ('ca', 'leaf')),
      cert_pem TEXT NOT NULL,
      key_pem TEXT NOT NULL,
      created_at TEXT NOT NULL
    )`,
    sql`ALTER TABLE tables ADD COLUMN last_secure INTEGER`,
  ];
  for (const s of statements) await s.execute(db);
}
