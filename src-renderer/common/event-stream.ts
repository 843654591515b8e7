/**
 * The one event stream every screen uses: SSE read from `fetch` (so it can send the
 * Authorization and Last-Event-ID headers), parsed by eventsource-parser and dispatched to
 * typed handlers from the shared event map.
 *
 * Reconnects with backoff 1 s, ×2, at most 30 s; resumes from the last event id; drops a
 * connection that stays silent longer than the heartbeat allows; reports its state so the
 * screen can show "live" or "reconnecting since …". While the server cannot be reached it
 * also probes `GET /health` every half second and listens for the browser's `online` and
 * `visibilitychange`, so a screen is live again within moments of the server coming back
 * instead of sleeping out a long backoff.
 */
import { createParser } from 'eventsource-parser';
import type { EventPayloads } from '../../src-shared/events';

export type ConnectionState = 'connecting' | 'live' | 'reconnecting' | 'unauthorized';

export interface ConnectionInfo {
  state: ConnectionState;
  /** When the current state began (local ms). */
  since: number;
  lastEventAt: number | null;
}

/** Every event a stream can carry: the logged events plus the two control events. */
export type StreamEvents<Snapshot> = EventPayloads & { snapshot: Snapshot; resync: unknown };

/** One optional handler per event type; `id` is the event's log id (null for control events). */
export type EventHandlers<Snapshot> = {
  [K in keyof StreamEvents<Snapshot>]?: (data: StreamEvents<Snapshot>[K], id: number | null) => void;
};

export interface EventStreamOptions<Snapshot> {
  url: string;
  getToken?: () => string | null;
  /** The id to resume from on the first connect (e.g. kept from a previous connection). */
  lastEventId?: number | null;
  handlers: EventHandlers<Snapshot>;
  onState?: (info: ConnectionInfo) => void;
  /** A connection with no bytes (not even `: ping`) for this long is dropped. Default 35 s. */
  silenceMs?: number;
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** Probed while the server is unreachable; its answer ends the backoff at once. */
  healthUrl?: string;
  healthProbeMs?: number;
}

export interface EventStream {
  close(): void;
  /** Forget the last id: the next connect asks for a fresh snapshot. */
  resetCursor(): void;
  lastEventId(): number | null;
  /** Connect now (after `unauthorized`, once a new token is at hand, or to skip a backoff). */
  reconnect(): void;
  info(): ConnectionInfo;
}

export function connectEventStream<Snapshot>(options: EventStreamOptions<Snapshot>): EventStream {
  const initial = options.initialBackoffMs ?? 1000;
  const max = options.maxBackoffMs ?? 30_000;
  const silenceMs = options.silenceMs ?? 35_000;
  const probeMs = options.healthProbeMs ?? 500;
  const healthUrl = options.healthUrl ?? '/health';
  let lastId: number | null = options.lastEventId ?? null;
  let backoff = initial;
  let closed = false;
  let controller: AbortController | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let silenceTimer: ReturnType<typeof setTimeout> | null = null;
  let probeTimer: ReturnType<typeof setTimeout> | null = null;
  let info: ConnectionInfo = { state: 'connecting', since: Date.now(), lastEventAt: null };

  const setState = (state: ConnectionState) => {
    if (state !== info.state) info = { ...info, state, since: Date.now() };
    options.onState?.(info);
  };

  const clearTimers = () => {
    for (const t of [retryTimer, silenceTimer, probeTimer]) if (t) clearTimeout(t);
    retryTimer = silenceTimer = probeTimer = null;
  };

  const armSilence = (abort: AbortController) => {
    if (silenceTimer) clearTimeout(silenceTimer);
    silenceTimer = setTimeout(() => abort.abort(), silenceMs);
  };

  /** `unreachable`: no HTTP answer at all, so the health probe may end the wait early. */
  const scheduleReconnect = (unreachable: boolean) => {
    if (closed) return;
    clearTimers();
    setState('reconnecting');
    retryTimer = setTimeout(open, backoff);
    backoff = Math.min(backoff * 2, max);
    if (unreachable) probeTimer = setTimeout(probe, probeMs);
  };

  async function probe() {
    probeTimer = null;
    if (closed || info.state !== 'reconnecting') return;
    try {
      const res = await fetch(healthUrl, { cache: 'no-store', signal: AbortSignal.timeout(probeMs * 2) });
      if (res.ok && !closed && info.state === 'reconnecting') return reconnectNow();
    } catch {
      // Still down.
    }
    if (!closed && info.state === 'reconnecting' && !probeTimer) probeTimer = setTimeout(probe, probeMs);
  }

  function reconnectNow() {
    if (closed || info.state !== 'reconnecting') return;
    clearTimers();
    backoff = initial;
    void open();
  }

  async function open() {
    if (closed) return;
    clearTimers();
    controller?.abort();
    const abort = new AbortController();
    controller = abort;
    const headers: Record<string, string> = { accept: 'text/event-stream' };
    const token = options.getToken?.();
    if (token) headers.authorization = `Bearer ${token}`;
    if (lastId !== null) headers['last-event-id'] = String(lastId);
    let answered = false;
    try {
      armSilence(abort);
      const res = await fetch(options.url, {
        headers,
        signal: abort.signal,
        cache: 'no-store',
        credentials: 'same-origin',
      });
      answered = true;
      if (res.status === 401 || res.status === 403) {
        clearTimers();
        setState('unauthorized');
        return;
      }
      if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
      backoff = initial;
      setState('live');
      const parser = createParser({ onEvent: dispatch });
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done || abort !== controller) break;
        armSilence(abort);
        parser.feed(value);
      }
      throw new Error('stream ended');
    } catch {
      if (abort !== controller) return; // replaced by a newer connection
      // A stream that was live and broke is most likely a server that went away.
      scheduleReconnect(!answered || info.state === 'live');
    }
  }

  function dispatch(message: { event?: string; id?: string; data: string }) {
    let data: unknown;
    try {
      data = JSON.parse(message.data);
    } catch {
      return;
    }
    const id = message.id && /^\d+$/.test(message.id) ? Number(message.id) : null;
    if (id !== null) lastId = id;
    info = { ...info, lastEventAt: Date.now() };
    const type = (message.event ?? 'message') as keyof StreamEvents<Snapshot>;
    const handler = options.handlers[type] as ((d: unknown, id: number | null) => void) | undefined;
    handler?.(data, id);
    options.onState?.(info);
  }

  // The browser knows before we do when the network or the page comes back.
  const onOnline = () => reconnectNow();
  const onVisible = () => {
    if (document.visibilityState === 'visible' && info.state === 'reconnecting') reconnectNow();
  };
  const hasWindow = typeof window !== 'undefined' && typeof document !== 'undefined';
  if (hasWindow) {
    window.addEventListener('online', onOnline);
    document.addEventListener('visibilitychange', onVisible);
  }

  void open();

  return {
    close() {
      closed = true;
      clearTimers();
      controller?.abort();
      controller = null;
      if (hasWindow) {
        window.removeEventListener('online', onOnline);
        document.removeEventListener('visibilitychange', onVisible);
      }
    },
    resetCursor() {
      lastId = null;
    },
    lastEventId: () => lastId,
    reconnect() {
      if (closed) return;
      controller?.abort();
      controller = null;
      clearTimers();
      backoff = initial;
      void open();
    },
    info: () => info,
  };
}
