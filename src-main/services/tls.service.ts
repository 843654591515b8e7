/**
 * The store's HTTPS certificates (tls-certificates.ts makes them; this keeps them): the CA is
 * made once per database and never replaced by this code, the server certificate ("leaf") is
 * made again when it is missing, was not signed by the CA, has under 30 days left, or does not
 * cover exactly the names the store is reached by now. Both live in `tls_certificates`, so
 * backups hold them (see migration 0011 for why the database and not files).
 */
import type { Sqlite } from '../db/connection';
import * as tlsRepo from '../repositories/tls.repository';
import type { ServiceContext } from './context';
import {
  certificateExpiry,
  certificateNames,
  createCa,
  createLeaf,
  issuedBy,
  LEAF_RENEW_DAYS,
  type CertificatePair,
} from './tls-certificates';

export interface StoreCertificates {
  ca: CertificatePair;
  leaf: CertificatePair;
  /** True when this call made a new leaf (or a new CA, on first start). */
  renewed: boolean;
}

function pair(row: tlsRepo.TlsRow | undefined): CertificatePair | null {
  return row ? { certPem: row.cert_pem, keyPem: row.key_pem } : null;
}

/** Why the stored leaf must be made again, or null when it is still good for `names`. */
export function leafProblem(
  leaf: CertificatePair | null,
  ca: CertificatePair,
  names: readonly string[],
  now: Date,
): string | null {
  if (!leaf) return 'none yet';
  if (!issuedBy(leaf.certPem, ca.certPem)) return 'not signed by the store CA';
  const left = certificateExpiry(leaf.certPem).getTime() - now.getTime();
  if (left < LEAF_RENEW_DAYS * 24 * 60 * 60 * 1000) return 'expires soon';
  const have = certificateNames(leaf.certPem).join(' ');
  const want = [...new Set(names.map((n) => n.toLowerCase()))].sort().join(' ');
  if (have !== want) return `the addresses changed (now ${want})`;
  return null;
}

/**
 * The CA (made when the database has none) and a leaf valid for `names`. Key generation runs
 * before the write; the write itself is one short transaction through the writer.
 */
export async function ensureCertificates(
  ctx: ServiceContext,
  names: readonly string[],
  caLabel: string,
  now = new Date(),
): Promise<StoreCertificates> {
  let renewed = false;
  let ca = pair(tlsRepo.getCertificate(ctx.db, 'ca'));
  if (!ca) {
    const made = await createCa(caLabel, now);
    // Another start on the same database cannot run at once (one server per data folder), but
    // a CA already present always wins: tablets may trust it.
    ca = await ctx.writer.write((tx) => {
      const existing = pair(tlsRepo.getCertificate(tx.db, 'ca'));
      if (existing) return existing;
      tlsRepo.putCertificate(tx.db, {
        role: 'ca',
        cert_pem: made.certPem,
        key_pem: made.keyPem,
        created_at: tx.now,
      });
      return made;
    });
    ctx.log.info('made the store certificate authority (HTTPS); it is kept in the database and its backups');
    renewed = true;
  }
  let leaf = pair(tlsRepo.getCertificate(ctx.db, 'leaf'));
  const problem = leafProblem(leaf, ca, names, now);
  if (problem) {
    const made = await createLeaf(ca, names, now);
    await ctx.writer.write((tx) =>
      tlsRepo.putCertificate(tx.db, {
        role: 'leaf',
        cert_pem: made.certPem,
        key_pem: made.keyPem,
        created_at: tx.now,
      }),
    );
    ctx.log.info(`made a new HTTPS server certificate (${problem})`);
    leaf = made;
    renewed = true;
  }
  return { ca, leaf: leaf!, renewed };
}

/** The stored CA certificate (PEM), or null when this store has not made one. */
export function storeCaPem(ctx: ServiceContext): string | null {
  return tlsRepo.getCertificate(ctx.db, 'ca')?.cert_pem ?? null;
}

/**
 * Records, per table, whether its tablet's last call came over HTTPS (the admin Tables screen
 * shows it). Writes only when the value changes, remembered per database handle so a restore
 * (a new handle) starts afresh. No event: a tablet that changes address also reopens its event
 * stream, and that presence change already tells admin screens to refetch the table; an extra
 * event per tablet would only add to every screen's replay.
 */
export class TransportRecorder {
  private known = new Map<number, boolean>();
  private db: Sqlite | null = null;

  constructor(private readonly ctx: ServiceContext) {}

  record(tableId: number, secure: boolean): void {
    if (this.db !== this.ctx.db) {
      this.known.clear();
      this.db = this.ctx.db;
    }
    if (this.known.get(tableId) === secure) return;
    this.known.set(tableId, secure);
    this.ctx.writer
      .write((tx) => tlsRepo.setTableSecure(tx.db, tableId, secure))
      .catch((error: unknown) => {
        this.known.delete(tableId);
        this.ctx.log.warn('could not record how a tablet connects:', error);
      });
  }
}
