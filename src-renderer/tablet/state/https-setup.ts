/**
 * What the HTTPS onboarding page asks the store: its public TLS settings, and whether this
 * browser trusts the HTTPS address (a request there fails before any answer while the store's
 * CA is not installed, since the browser refuses the certificate).
 */
import { createApiClient } from '../../common/api';

/** `GET /api/tls`. */
export interface TlsInfo {
  enabled: boolean;
  /** e.g. https://192.168.0.10:7743; null when HTTPS is off. */
  https_url: string | null;
  ca_url: string;
  /** SHA-256 of the CA certificate, colon hex; null when HTTPS is off. */
  ca_sha256: string | null;
}

const publicApi = createApiClient();

export function loadTlsInfo(): Promise<TlsInfo> {
  return publicApi.get<TlsInfo>('/api/tls');
}

/** True when `https_url` answers this browser: its certificate is trusted here. */
export async function checkTrusted(httpsUrl: string, timeoutMs = 8000): Promise<boolean> {
  try {
    const res = await fetch(`${httpsUrl.replace(/\/+$/, '')}/api/tls/check`, {
      mode: 'cors',
      cache: 'no-store',
      credentials: 'omit',
      signal: AbortSignal.timeout(timeoutMs),
    });
    return res.ok;
  } catch {
    return false;
  }
}
