/**
 * What the HTTPS onboarding page asks the store: its public TLS settings, and whether this
 * browser trusts the HTTPS address (a request there fails before any answer while the store's
 * CA is not installed, since the browser refuses the certificate).
 */
import { createApiClient } from '../../common/api';
import type { TlsInfo } from '../../../src-shared/types';

export type { TlsInfo };

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
