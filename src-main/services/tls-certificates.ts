/**
 * The store's own certificate authority and its server certificate (HTTPS on the store LAN).
 * A tablet browser only runs a page as an installable, offline-capable app (service worker,
 * wake lock) from a secure origin; a LAN address cannot get a public certificate, so each store
 * makes a CA once, the manager installs it on the tablets once, and the CA signs a short-lived
 * server certificate for the addresses the store is reached by.
 *
 * ECDSA P-256 throughout: small, fast to make on a shop PC, accepted by every current browser.
 * The CA lives long (a tablet installs it once); the leaf lives 90 days and is re-made without
 * anybody noticing, so a stolen leaf key stops working soon.
 */
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { createHash, randomBytes, X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';

// Node's WebCrypto, as the global the library's types describe.
const webcrypto = globalThis.crypto;
x509.cryptoProvider.set(webcrypto);

const ALG = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const DAY_MS = 24 * 60 * 60 * 1000;
export const CA_LIFETIME_DAYS = 20 * 365;
export const LEAF_LIFETIME_DAYS = 90;
/** A leaf with less left than this is re-made at the next check. */
export const LEAF_RENEW_DAYS = 30;

export interface CertificatePair {
  certPem: string;
  keyPem: string;
}

function serial(): string {
  // Positive 128-bit serial (top bit clear), unique per certificate.
  const bytes = randomBytes(16);
  bytes[0] = bytes[0]! & 0x7f;
  return bytes.toString('hex');
}

async function keyPem(key: InstanceType<typeof CryptoKey>): Promise<string> {
  const der = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', key));
  const body = der.toString('base64').replace(/(.{64})/g, '$1\n');
  return `-----BEGIN PRIVATE KEY-----\n${body.trim()}\n-----END PRIVATE KEY-----\n`;
}

async function importKey(pem: string): Promise<InstanceType<typeof CryptoKey>> {
  const der = Buffer.from(pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64');
  return webcrypto.subtle.importKey('pkcs8', der, ALG, false, ['sign']);
}

/** A new store CA: `CN=<storeLabel> Table Order store CA`, 20 years, may only sign. */
export async function createCa(label: string, now = new Date()): Promise<CertificatePair> {
  const keys = await webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify']);
  const name = `CN=${label.replace(/[,+="<>#;\\]/g, ' ')} store CA, O=Table Order`;
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial(),
    name,
    notBefore: new Date(now.getTime() - DAY_MS),
    notAfter: new Date(now.getTime() + CA_LIFETIME_DAYS * DAY_MS),
    signingAlgorithm: ALG,
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { certPem: cert.toString('pem') + '\n', keyPem: await keyPem(keys.privateKey) };
}

/** A server certificate for `names` (IP addresses and DNS names), signed by `ca`. */
export async function createLeaf(
  ca: CertificatePair,
  names: readonly string[],
  now = new Date(),
): Promise<CertificatePair> {
  const caCert = new x509.X509Certificate(ca.certPem);
  const keys = await webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify']);
  const sans = names.map((value) => ({ type: isIP(value) ? ('ip' as const) : ('dns' as const), value }));
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: serial(),
    subject: `CN=${names.find((n) => !isIP(n)) ?? names[0] ?? 'localhost'}`,
    issuer: caCert.subject,
    // An hour back: a tablet whose clock runs a little behind still accepts a fresh leaf.
    notBefore: new Date(now.getTime() - 60 * 60 * 1000),
    notAfter: new Date(now.getTime() + LEAF_LIFETIME_DAYS * DAY_MS),
    signingAlgorithm: ALG,
    publicKey: keys.publicKey,
    signingKey: await importKey(ca.keyPem),
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension(sans),
      await x509.AuthorityKeyIdentifierExtension.create(caCert.publicKey),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { certPem: cert.toString('pem') + '\n', keyPem: await keyPem(keys.privateKey) };
}

/** The IP addresses and DNS names a certificate covers, sorted (for comparing sets). */
export function certificateNames(certPem: string): string[] {
  const alt = new X509Certificate(certPem).subjectAltName ?? '';
  return alt
    .split(/,\s*/)
    .map((entry) => /^(?:DNS|IP Address):(.+)$/.exec(entry.trim())?.[1]?.toLowerCase())
    .filter((v): v is string => Boolean(v))
    .sort();
}

export function certificateExpiry(certPem: string): Date {
  return new Date(new X509Certificate(certPem).validTo);
}

/** SHA-256 of the whole certificate as colon hex (what a phone's certificate screen shows). */
export function fingerprint256(certPem: string): string {
  return new X509Certificate(certPem).fingerprint256;
}

/** SHA-256 of the public key, base64 (Chromium's --ignore-certificate-errors-spki-list). */
export function spkiSha256(certPem: string): string {
  const spki = new X509Certificate(certPem).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}

/** Whether `leaf` was signed by `ca` (a restore or a hand edit could pair them wrongly). */
export function issuedBy(leafPem: string, caPem: string): boolean {
  try {
    const ca = new X509Certificate(caPem);
    const leaf = new X509Certificate(leafPem);
    return leaf.checkIssued(ca) && leaf.verify(ca.publicKey);
  } catch {
    return false;
  }
}
