import type { Session } from 'electron';
import { isStoreUrl } from './navigation-guard';

/**
 * The Content-Security-Policy every store page gets inside the app. The web apps are built by
 * Vite into same-origin files, so scripts come only from the server; React's `style` props
 * need inline styles; QR codes and menu pictures may be data:/blob: URLs; the live board talks
 * to the same origin only (fetch-based SSE). If the server sends its own CSP too, Chromium
 * enforces both, so this can only tighten what the server allows.
 */
export const STORE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

type Headers = Record<string, string[]>;

/** Adds the CSP to a store response's headers, keeping the server's own headers. */
export function withCsp(headers: Headers | undefined): Headers {
  const out: Headers = { ...(headers ?? {}) };
  // Header names arrive in any case; keep the server's policy under its own name.
  const existing = Object.keys(out).find((k) => k.toLowerCase() === 'content-security-policy');
  if (existing) out[existing] = [...(out[existing] ?? []), STORE_CSP];
  else out['Content-Security-Policy'] = [STORE_CSP];
  return out;
}

/** The few permissions a store page may use; everything else (camera, geolocation, …) is refused. */
const ALLOWED_PERMISSIONS = new Set(['fullscreen', 'clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string, requestingUrl: string, storeOrigin: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isStoreUrl(requestingUrl, storeOrigin);
}

type SecuredSession = {
  webRequest: Pick<Session['webRequest'], 'onHeadersReceived'>;
} & Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;

/** Installs the CSP and the permission policy on the session the store windows use. */
export function secureSession(session: SecuredSession, storeOrigin: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isStoreUrl(details.url, storeOrigin)) {
      callback({});
      return;
    }
    callback({ responseHeaders: withCsp(details.responseHeaders) });
  });
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl || contents.getURL(), storeOrigin));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, storeOrigin),
  );
}
