/**
 * React face of the event stream: connects while `enabled`, hands each event to the latest
 * handlers (so handlers may close over fresh state without reconnecting) and returns the
 * connection state for the "live / reconnecting" indicator.
 */
import { useEffect, useRef, useState } from 'react';
import {
  connectEventStream,
  type ConnectionInfo,
  type EventHandlers,
  type EventStream,
  type StreamEvents,
} from './event-stream';

export interface UseEventStreamOptions<Snapshot> {
  url: string;
  enabled?: boolean;
  getToken?: () => string | null;
  handlers: EventHandlers<Snapshot>;
  /** Called on every state report (and after every event), with the stream at hand. */
  onState?: (info: ConnectionInfo, stream: EventStream) => void;
}

export function useEventStream<Snapshot>(options: UseEventStreamOptions<Snapshot>): ConnectionInfo {
  const { url, enabled = true } = options;
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const [info, setInfo] = useState<ConnectionInfo>(() => ({
    state: 'connecting',
    since: Date.now(),
    lastEventAt: null,
  }));

  useEffect(() => {
    if (!enabled) return;
    // Dispatch through the ref: the handler set is fixed per type, the functions are not.
    const handlers = new Proxy({} as EventHandlers<Snapshot>, {
      get: (_t, type: keyof StreamEvents<Snapshot>) => latest.current.handlers[type],
    });
    const stream: EventStream = connectEventStream<Snapshot>({
      url,
      getToken: () => latest.current.getToken?.() ?? null,
      handlers,
      onState: (next) => {
        setInfo((cur) =>
          cur.state === next.state && cur.since === next.since && cur.lastEventAt === next.lastEventAt
            ? cur
            : next,
        );
        latest.current.onState?.(next, stream);
      },
    });
    return () => stream.close();
  }, [url, enabled]);

  return info;
}
