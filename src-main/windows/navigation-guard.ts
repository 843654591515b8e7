import type { Event, HandlerDetails, WebContents, WebPreferences, WindowOpenHandlerResponse } from 'electron';

/**
 * Keeps every window on the store server. The windows show only the store's own web apps, so
 * anything else a page tries to reach (a link to the internet, `file://`, `javascript:`, another
 * local port) is refused. Same-origin popups are allowed (with the secure preferences); an
 * http(s) link to elsewhere opens in the OS browser, never inside the app, because the admin
 * screen shows LAN addresses a manager may want to try in a real browser.
 */

/** True when `url` is on exactly the store server's origin (scheme, host and port). */
export function isStoreUrl(url: string, storeOrigin: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  // `username:password@` would make a same-looking origin lie about where it goes.
  if (parsed.username || parsed.password) return false;
  return parsed.origin === new URL(storeOrigin).origin;
}

/** Only plain web links may leave for the OS browser; never file:, custom schemes or scripts. */
export function isExternalWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

export interface GuardOptions {
  storeOrigin: string;
  /** Opens an http(s) URL in the OS browser (electron's `shell.openExternal`). */
  openExternal?: (url: string) => void;
  /** Secure preferences for same-origin popups (the window factory's). */
  popupWebPreferences?: WebPreferences;
  onRefused?: (url: string, how: 'navigate' | 'redirect' | 'open' | 'webview') => void;
}

/** The decision for `window.open` / `target=_blank`, apart from Electron so it can be tested. */
export function decideWindowOpen(
  details: Pick<HandlerDetails, 'url'>,
  options: GuardOptions,
): WindowOpenHandlerResponse {
  if (isStoreUrl(details.url, options.storeOrigin)) {
    return options.popupWebPreferences
      ? { action: 'allow', overrideBrowserWindowOptions: { webPreferences: options.popupWebPreferences } }
      : { action: 'allow' };
  }
  options.onRefused?.(details.url, 'open');
  if (options.openExternal && isExternalWebUrl(details.url)) options.openExternal(details.url);
  return { action: 'deny' };
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Installs the guard on one WebContents (every window and every popup gets one). */
export function attachNavigationGuard(contents: GuardedContents, options: GuardOptions): void {
  const refuse = (how: 'navigate' | 'redirect') => (event: Event, url: string) => {
    if (isStoreUrl(url, options.storeOrigin)) return;
    event.preventDefault();
    options.onRefused?.(url, how);
  };
  contents.on('will-navigate', refuse('navigate'));
  contents.on('will-redirect', refuse('redirect'));
  contents.on('will-frame-navigate', (event) => {
    if (isStoreUrl(event.url, options.storeOrigin)) return;
    event.preventDefault();
    options.onRefused?.(event.url, 'navigate');
  });
  contents.on('will-attach-webview', (event, _prefs, params) => {
    event.preventDefault();
    options.onRefused?.(params.src ?? '', 'webview');
  });
  contents.setWindowOpenHandler((details) => decideWindowOpen(details, options));
}
