/**
 * The tablet's screen wake lock: asked for on a secure page that is visible, asked for again
 * after the page was hidden (the browser drops the lock then), released when the ordering
 * screen goes away, and skipped where the API is missing or the page is not a secure context.
 */
import { describe, expect, it } from 'vitest';
import { keepScreenOn, type WakeLockHost } from '../../../src-renderer/tablet/state/wake-lock';

class FakeLock extends EventTarget {
  released = false;
  release() {
    this.released = true;
    this.dispatchEvent(new Event('release'));
    return Promise.resolve();
  }
}

function fakeHost(options: { secure?: boolean; api?: boolean; refuse?: boolean; hidden?: boolean } = {}) {
  const doc = new EventTarget() as EventTarget & { visibilityState: DocumentVisibilityState };
  doc.visibilityState = options.hidden ? 'hidden' : 'visible';
  const locks: FakeLock[] = [];
  const requests: string[] = [];
  const wakeLock = {
    request(type: 'screen') {
      requests.push(type);
      if (options.refuse) return Promise.reject(new DOMException('no', 'NotAllowedError'));
      const lock = new FakeLock();
      locks.push(lock);
      return Promise.resolve(lock);
    },
  };
  const host: WakeLockHost = {
    nav: options.api === false ? {} : { wakeLock },
    doc: doc as unknown as WakeLockHost['doc'],
    secure: options.secure ?? true,
  };
  const setVisible = (visible: boolean) => {
    doc.visibilityState = visible ? 'visible' : 'hidden';
    // Like the browser: a hidden page loses its screen lock.
    if (!visible) for (const l of locks) if (!l.released) void l.release();
    doc.dispatchEvent(new Event('visibilitychange'));
  };
  return { host, locks, requests, setVisible };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('keepScreenOn', () => {
  it('asks for a screen lock at once on a visible secure page', async () => {
    const f = fakeHost();
    const stop = keepScreenOn(f.host);
    await settle();
    expect(f.requests).toEqual(['screen']);
    expect(f.locks[0]!.released).toBe(false);
    stop();
  });

  it('asks again each time the page becomes visible, never twice while holding one', async () => {
    const f = fakeHost();
    const stop = keepScreenOn(f.host);
    await settle();
    f.setVisible(false);
    await settle();
    expect(f.requests).toHaveLength(1);
    f.setVisible(true);
    await settle();
    expect(f.requests).toHaveLength(2);
    expect(f.locks[1]!.released).toBe(false);
    // Another visibilitychange while the lock is held does not stack locks.
    (f.host.doc as unknown as EventTarget).dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(f.requests).toHaveLength(2);
    stop();
    expect(f.locks.every((l) => l.released)).toBe(true);
  });

  it('releases the lock when the screen is left, and stops listening', async () => {
    const f = fakeHost();
    const stop = keepScreenOn(f.host);
    await settle();
    stop();
    expect(f.locks[0]!.released).toBe(true);
    f.setVisible(false);
    f.setVisible(true);
    await settle();
    expect(f.requests).toHaveLength(1);
  });

  it('does not ask while the page is hidden, and asks once it is shown', async () => {
    const f = fakeHost({ hidden: true });
    const stop = keepScreenOn(f.host);
    await settle();
    expect(f.requests).toHaveLength(0);
    f.setVisible(true);
    await settle();
    expect(f.requests).toHaveLength(1);
    stop();
  });

  it('is skipped without the API or outside a secure context, and a refusal is silent', async () => {
    const noApi = fakeHost({ api: false });
    expect(() => keepScreenOn(noApi.host)()).not.toThrow();
    const insecure = fakeHost({ secure: false });
    keepScreenOn(insecure.host)();
    expect(insecure.requests).toHaveLength(0);
    const refused = fakeHost({ refuse: true });
    const stop = keepScreenOn(refused.host);
    await settle();
    expect(refused.requests).toHaveLength(1);
    // A refusal does not stop the next visible page from asking again.
    refused.setVisible(false);
    refused.setVisible(true);
    await settle();
    expect(refused.requests).toHaveLength(2);
    stop();
  });
});
