/** The store CA and server certificate rows (migration 0011), and each table's last transport. */
import type { Sqlite } from '../db/connection';
import type { TlsCertificatesTable } from '../db/schema';
import { all, first, prepare, qb, run } from '../db/query';

export type TlsRow = TlsCertificatesTable;

export function getCertificate(db: Sqlite, role: TlsRow['role']): TlsRow | undefined {
  return first(db, qb.selectFrom('tls_certificates').selectAll().where('role', '=', role));
}

export function allCertificates(db: Sqlite): TlsRow[] {
  return all(db, qb.selectFrom('tls_certificates').selectAll());
}

export function putCertificate(db: Sqlite, row: TlsRow): void {
  prepare(
    db,
    `INSERT INTO tls_certificates (role, cert_pem, key_pem, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (role) DO UPDATE SET cert_pem = excluded.cert_pem, key_pem = excluded.key_pem,
       created_at = excluded.created_at`,
  ).run(row.role, row.cert_pem, row.key_pem, row.created_at);
}

export function deleteAllCertificates(db: Sqlite): void {
  run(db, qb.deleteFrom('tls_certificates'));
}

/** Records how a table's tablet last called; returns whether the stored value changed. */
export function setTableSecure(db: Sqlite, tableId: number, secure: boolean): boolean {
  const value = secure ? 1 : 0;
  return (
    prepare(db, 'UPDATE tables SET last_secure = ? WHERE id = ? AND last_secure IS NOT ?').run(
      value,
      tableId,
      value,
    ).changes > 0
  );
}

export function tableLastSecure(db: Sqlite, tableId: number): number | null {
  return (
    first(db, qb.selectFrom('tables').select('last_secure').where('id', '=', tableId))?.last_secure ?? null
  );
}
