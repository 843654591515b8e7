/** The store CA and server certificate as made, and when the server certificate is made again. */
import { describe, expect, it } from 'vitest';
import { X509Certificate } from 'node:crypto';
import {
  certificateNames,
  createCa,
  createLeaf,
  issuedBy,
  spkiSha256,
} from '../../../src-main/services/tls-certificates';
import { leafProblem } from '../../../src-main/services/tls.service';

const DAY = 24 * 60 * 60 * 1000;
const names = ['127.0.0.1', '192.168.0.10', 'counter-pc', 'counter-pc.local', 'localhost'];

describe('store certificates', () => {
  it('makes a long-lived signing-only CA and a short-lived server certificate for the given names', async () => {
    const ca = await createCa('counter-pc');
    const caCert = new X509Certificate(ca.certPem);
    expect(caCert.ca).toBe(true);
    expect(caCert.subject).toContain('counter-pc store CA');
    expect(Date.parse(caCert.validTo) - Date.now()).toBeGreaterThan(10 * 365 * DAY);
    expect(ca.keyPem).toContain('BEGIN PRIVATE KEY');

    const leaf = await createLeaf(ca, names);
    const leafCert = new X509Certificate(leaf.certPem);
    expect(leafCert.ca).toBe(false);
    expect(leafCert.keyUsage).toEqual(['1.3.6.1.5.5.7.3.1']); // serverAuth
    expect(Date.parse(leafCert.validTo) - Date.now()).toBeLessThan(91 * DAY);
    expect(certificateNames(leaf.certPem)).toEqual([...names].sort());
    expect(leafCert.checkHost('counter-pc.local')).toBe('counter-pc.local');
    expect(leafCert.checkIP('192.168.0.10')).toBe('192.168.0.10');
    expect(issuedBy(leaf.certPem, ca.certPem)).toBe(true);
    expect(spkiSha256(ca.certPem)).toMatch(/^[A-Za-z0-9+/]{43}=$/);
  });

  it('makes the server certificate again when missing, foreign, near expiry or for other names', async () => {
    const ca = await createCa('a');
    const now = new Date();
    const leaf = await createLeaf(ca, names, now);
    expect(leafProblem(leaf, ca, names, now)).toBeNull();
    expect(leafProblem(leaf, ca, [...names].reverse(), now)).toBeNull();
    expect(leafProblem(null, ca, names, now)).toBe('none yet');
    expect(leafProblem(leaf, await createCa('b'), names, now)).toBe('not signed by the store CA');
    expect(leafProblem(leaf, ca, names, new Date(now.getTime() + 61 * DAY))).toBe('expires soon');
    expect(leafProblem(leaf, ca, names, new Date(now.getTime() + 59 * DAY))).toBeNull();
    expect(leafProblem(leaf, ca, [...names, '10.0.0.5'], now)).toMatch(/addresses changed/);
  });
});
