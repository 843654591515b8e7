import { describe, expect, it } from 'vitest';
import {
  attachNavigationGuard,
  decideWindowOpen,
  isExternalWebUrl,
  isStoreUrl,
} from '../../../src-main/windows/navigation-guard';
import { FakeEvent, FakeWebContents } from './fakes';

const STORE = 'http://127.0.0.1:7780';

describe('isStoreUrl', () => {
  it('allows any path on the store server origin', () => {
    expect(isStoreUrl('http://127.0.0.1:7780/admin/', STORE)).toBe(true);
    expect(isStoreUrl('http://127.0.0.1:7780/kitchen/board?x=1#top', STORE)).toBe(true);
    expect(isStoreUrl('http://127.0.0.1:7780', STORE)).toBe(true);
  });

  it.each([
    ['another port on the same host', 'http://127.0.0.1:7781/admin/'],
    ['the default port', 'http://127.0.0.1/admin/'],
    ['localhost instead of 127.0.0.1', 'http://localhost:7780/admin/'],
    ['https on the same port', 'https://127.0.0.1:7780/admin/'],
    ['a LAN address', 'http://192.168.0.10:7780/admin/'],
    ['the internet', 'https://example.com/'],
    ['a local file', 'file:///etc/passwd'],
    ['a script URL', 'javascript:alert(1)'],
    ['a data URL', 'data:text/html,<h1>x</h1>'],
    ['credentials in the URL', 'http://user:pw@127.0.0.1:7780/admin/'],
    ['a host that starts like the store', 'http://127.0.0.1:7780.evil.example/'],
    ['garbage', 'not a url'],
    ['an empty string', ''],
  ])('refuses %s', (_what, url) => {
    expect(isStoreUrl(url, STORE)).toBe(false);
  });
});

describe('attachNavigationGuard', () => {
  it('lets the page move within the store and stops it leaving', () => {
    const contents = new FakeWebContents();
    const refused: string[] = [];
    attachNavigationGuard(contents as never, { storeOrigin: STORE, onRefused: (url) => refused.push(url) });

    expect(contents.tryNavigate('http://127.0.0.1:7780/kitchen/')).toBe(false);
    expect(contents.tryNavigate('http://127.0.0.1:9999/admin/')).toBe(true);
    expect(contents.tryNavigate('file:///home/')).toBe(true);
    expect(contents.tryNavigate('javascript:void(0)')).toBe(true);
    expect(refused).toEqual(['http://127.0.0.1:9999/admin/', 'file:///home/', 'javascript:void(0)']);
  });

  it('refuses server redirects, frame navigations and webviews away from the store', () => {
    const contents = new FakeWebContents();
    attachNavigationGuard(contents as never, { storeOrigin: STORE });
    const redirect = new FakeEvent();
    contents.emit('will-redirect', redirect, 'https://example.com/');
    expect(redirect.defaultPrevented).toBe(true);
    const frame = new FakeEvent('http://127.0.0.1:1/');
    contents.emit('will-frame-navigate', frame);
    expect(frame.defaultPrevented).toBe(true);
    const sameFrame = new FakeEvent('http://127.0.0.1:7780/table/');
    contents.emit('will-frame-navigate', sameFrame);
    expect(sameFrame.defaultPrevented).toBe(false);
    const webview = new FakeEvent();
    contents.emit('will-attach-webview', webview, {}, { src: 'http://127.0.0.1:7780/admin/' });
    expect(webview.defaultPrevented).toBe(true);
  });

  it('denies window.open to other origins and sends only http(s) to the OS browser', () => {
    const contents = new FakeWebContents();
    const external: string[] = [];
    attachNavigationGuard(contents as never, { storeOrigin: STORE, openExternal: (u) => external.push(u) });
    const open = (url: string) => contents.windowOpenHandler!({ url } as never);

    expect(open('https://example.com/help')).toEqual({ action: 'deny' });
    expect(open('file:///etc/hosts')).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(open('http://127.0.0.1:7781/')).toEqual({ action: 'deny' });
    expect(external).toEqual(['https://example.com/help', 'http://127.0.0.1:7781/']);
  });

  it('allows same-origin popups with the secure preferences', () => {
    const prefs = { sandbox: true, contextIsolation: true, nodeIntegration: false };
    expect(
      decideWindowOpen(
        { url: 'http://127.0.0.1:7780/kitchen/' },
        { storeOrigin: STORE, popupWebPreferences: prefs },
      ),
    ).toEqual({ action: 'allow', overrideBrowserWindowOptions: { webPreferences: prefs } });
  });
});

describe('isExternalWebUrl', () => {
  it('accepts only http and https', () => {
    expect(isExternalWebUrl('https://example.com')).toBe(true);
    expect(isExternalWebUrl('http://192.168.0.2:7780/table/')).toBe(true);
    expect(isExternalWebUrl('file:///x')).toBe(false);
    expect(isExternalWebUrl('ms-settings:')).toBe(false);
    expect(isExternalWebUrl('javascript:1')).toBe(false);
  });
});
