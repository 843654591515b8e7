/**
 * A test SSE reader over fetch streaming: eventsource-parser turns `retry:`, `id:`, `event:`,
 * `data:` and comment lines into frames, and lets a test wait for the next frame (of a type) or collect frames
 * until a condition holds. Waits fail with the frames seen, never hang past their deadline.
 */
import { createParser } from 'eventsource-parser';

export interface SseFrame {
  id?: string;
  event?: string;
  data?: string;
  retry?: number;
  /** A comment line such as `: ping` (text after the colon, trimmed). */
  comment?: string;
}

export interface SseClient {
  status: number;
  headers: Headers;
  /** Every frame received so far, in order. */
  readonly frames: SseFrame[];
  /** The raw text received so far. */
  readonly raw: string;
  /** Next unread frame (of `type` if given; frames of other types are skipped). */
  next(type?: string, timeoutMs?: number): Promise<SseFrame>;
  /** Unread frames up to and including the first that satisfies `pred`. */
  until(pred: (f: SseFrame) => boolean, timeoutMs?: number): Promise<SseFrame[]>;
  /** Resolves when the server ends the stream (or close() is called). */
  readonly closed: Promise<void>;
  readonly isClosed: boolean;
  close(): void;
}

/** The JSON of an event frame's data. */
export function json<T = any>(frame: SseFrame): T {
  return JSON.parse(frame.data ?? 'null') as T;
}

export async function openSse(url: string, token: string, lastEventId?: string | number): Promise<SseClient> {
  const abort = new AbortController();
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: 'text/event-stream' };
  if (lastEventId !== undefined) headers['last-event-id'] = String(lastEventId);
  const res = await fetch(url, { headers, signal: abort.signal });

  const frames: SseFrame[] = [];
  let raw = '';
  let cursor = 0;
  let closed = false;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());

  const closedPromise = (async () => {
    if (!res.body) return;
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    // Every event, `retry:` and comment becomes its own frame, in the order it arrived.
    const parser = createParser({
      onEvent: (e) => frames.push({ id: e.id, event: e.event, data: e.data }),
      onRetry: (retry) => frames.push({ retry }),
      onComment: (comment) => frames.push({ comment: comment.trim() }),
    });
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        const text = decoder.decode(value, { stream: true });
        raw += text;
        parser.feed(text);
        notify();
      }
    } catch {
      // Aborted by close(), or the server dropped the connection.
    } finally {
      closed = true;
      notify();
    }
  })();

  const wait = <T>(check: () => T | undefined, timeoutMs: number, what: string): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const tick = () => {
        const value = check();
        if (value !== undefined) {
          done();
          resolve(value);
        } else if (closed) {
          done();
          reject(new Error(`SSE stream closed while waiting for ${what}; frames: ${JSON.stringify(frames)}`));
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`timed out waiting for ${what}; frames: ${JSON.stringify(frames).slice(-2000)}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        listeners.delete(tick);
      };
      listeners.add(tick);
      tick();
    });

  return {
    status: res.status,
    headers: res.headers,
    frames,
    get raw() {
      return raw;
    },
    get isClosed() {
      return closed;
    },
    closed: closedPromise,
    next(type, timeoutMs = 5000) {
      return wait(
        () => {
          while (cursor < frames.length) {
            const f = frames[cursor++]!;
            if (type === undefined || f.event === type) return f;
          }
          return undefined;
        },
        timeoutMs,
        type ?? 'a frame',
      );
    },
    until(pred, timeoutMs = 5000) {
      const start = cursor;
      return wait(
        () => {
          while (cursor < frames.length) {
            const f = frames[cursor++]!;
            if (pred(f)) return frames.slice(start, cursor);
          }
          return undefined;
        },
        timeoutMs,
        'a matching frame',
      );
    },
    close() {
      abort.abort();
    },
  };
}
