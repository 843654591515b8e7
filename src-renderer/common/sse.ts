/**
 * SSE client over fetch (so it can send the Authorization and Last-Event-ID headers):
 * reconnects with backoff 1 s, x2, at most 30 s; resumes from the last event id; treats a
 * silence longer than the heartbeat allows as a dead connection; reports its state so the
 * screen can show "live" or "reconnecting since …".
 */
export type ConnectionState = 'connecting' | 'live' | 'reconnecting' | 'unauthorized';

export interface SseMessage {
  id: number | null;
  event: string;
  data: unknown;
}

export interface SseOptions {
  url: string;
  getToken?: () => string | null;
  /** The id to resume from on the first connect (e.g. kept from a previous page load). */
  lastEventId?: number | null;
  onMessage: (message: SseMessage) => void;
  onState?: (state: ConnectionState, info: { since: number; lastEventAt: number | null }) => void;
  /** A connection with no bytes (not even `: ping`) for this long is dropped. Default 35 s. */
  silenceMs?: number;
  initialBackoffMs?: number;
  maxBackoffMs?: number;
}

export interface SseConnection {
  close(): void;
  /** Forget the last id: the next connect asks for a fresh snapshot. */
  resetCursor(): void;
  lastEventId(): number | null;
}

export function connectSse(options: SseOptions): SseConnection {
  const initial = options.initialBackoffMs ?? 1000;
  const max = options.maxBackoffMs ?? 30_000;
  const silenceMs = options.silenceMs ?? 35_000;
  let lastId: number | null = options.lastEventId ?? null;
  let backoff = initial;
  let closed = false;
  let controller: AbortController | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let silenceTimer: ReturnType<typeof setTimeout> | null = null;
  let state: ConnectionState = 'connecting';
  let since = Date.now();
  let lastEventAt: number | null = null;

  const setState = (next: ConnectionState) => {
    if (next !== state) {
      state = next;
      since = Date.now();
    }
    options.onState?.(state, { since, lastEventAt });
  };

  const armSilence = () => {
    if (silenceTimer) clearTimeout(silenceTimer);
    silenceTimer = setTimeout(() => controller?.abort(), silenceMs);
  };

  const scheduleReconnect = () => {
    if (closed) return;
    setState('reconnecting');
    retryTimer = setTimeout(open, backoff);
    backoff = Math.min(backoff * 2, max);
  };

  async function open() {
    if (closed) return;
    controller = new AbortController();
    const headers: Record<string, string> = { accept: 'text/event-stream' };
    const token = options.getToken?.();
    if (token) headers.authorization = `Bearer ${token}`;
    if (lastId !== null) headers['last-event-id'] = String(lastId);
    try {
      armSilence();
      const res = await fetch(options.url, {
        headers,
        signal: controller.signal,
        cache: 'no-store',
        credentials: 'same-origin',
      });
      if (res.status === 401 || res.status === 403) {
        setState('unauthorized');
        closed = true;
        return;
      }
      if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
      backoff = initial;
      setState('live');
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        armSilence();
        buffer += value;
        let cut: number;
        while ((cut = buffer.search(/\r?\n\r?\n/)) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut).replace(/^\r?\n\r?\n/, '');
          dispatch(block);
        }
      }
      throw new Error('stream ended');
    } catch {
      if (silenceTimer) clearTimeout(silenceTimer);
      scheduleReconnect();
    }
  }

  function dispatch(block: string) {
    let event = 'message';
    let id: number | null = null;
    const data: string[] = [];
    for (const line of block.split(/\r?\n/)) {
      if (!line || line.startsWith(':')) continue;
      const i = line.indexOf(':');
      const field = i < 0 ? line : line.slice(0, i);
      const value = i < 0 ? '' : line.slice(i + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
      else if (field === 'id' && /^\d+$/.test(value)) id = Number(value);
    }
    if (!data.length) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(data.join('\n'));
    } catch {
      return;
    }
    if (id !== null) lastId = id;
    lastEventAt = Date.now();
    options.onMessage({ id, event, data: parsed });
    options.onState?.(state, { since, lastEventAt });
  }

  void open();

  return {
    close() {
      closed = true;
      controller?.abort();
      if (retryTimer) clearTimeout(retryTimer);
      if (silenceTimer) clearTimeout(silenceTimer);
    },
    resetCursor() {
      lastId = null;
    },
    lastEventId: () => lastId,
  };
}
