/**
 * The SSE hub. A connection first gets a snapshot (fresh connect) or the events after its
 * Last-Event-ID from the durable log, then everything new. Replay and registration happen in
 * one synchronous step, and writes commit synchronously too, so no event can fall between
 * them. A client whose socket stops draining is dropped; the others never wait for it.
 */
import type { ServerResponse } from 'node:http';
import {
  TABLE_EVENT_TYPES,
  type AdminMessages,
  type AdminSnapshot,
  type TableMessages,
  type TableSnapshot,
} from '../../src-shared/events';
import type { Sqlite } from '../db/connection';
import type { StoredEvent } from '../db/writer';
import type { Logger } from '../logging/logger';
import type { PresenceView } from '../services/context';
import { eventsAfter, lastEventId, oldestEventId } from '../repositories/events.repository';

export type AdminChannel = { kind: 'admin'; storeId: number; staffId: number };
export type TableChannel = { kind: 'table'; storeId: number; tableId: number };
export type Channel = AdminChannel | TableChannel;

/** What a channel's snapshot holds. */
type SnapshotOf<C extends Channel> = C extends AdminChannel ? AdminSnapshot : TableSnapshot;
type ControlMessages = {
  snapshot: AdminMessages['snapshot'] | TableMessages['snapshot'];
  resync: AdminMessages['resync'] & TableMessages['resync'];
};

interface Client {
  res: ServerResponse;
  channel: Channel;
}

export interface HubOptions {
  heartbeatMs: number;
  /** Bytes a client may leave unread before it is dropped. */
  maxBufferedBytes: number;
  onPresenceChange?: (storeId: number, tableId: number) => void;
}

const TABLE_TYPES = new Set<string>(TABLE_EVENT_TYPES);

/** A frame whose data is already JSON (a logged event's stored payload). */
function rawFrame(id: number, type: string, json: string): string {
  return `id: ${id}\nevent: ${type}\ndata: ${json}\n\n`;
}

/** A control frame, its data typed by the message map of src-shared/events.ts. */
function frame<K extends 'snapshot' | 'resync'>(id: number, type: K, data: ControlMessages[K]): string {
  return rawFrame(id, type, JSON.stringify(data));
}

export class SseHub implements PresenceView {
  private readonly clients = new Set<Client>();
  private readonly timer: NodeJS.Timeout;
  private closing = false;

  constructor(
    private db: Sqlite,
    private readonly log: Logger,
    private readonly options: HubOptions,
  ) {
    this.timer = setInterval(() => this.ping(), options.heartbeatMs);
    this.timer.unref();
  }

  /** Takes over a response: headers, snapshot or replay, then live events. */
  open<C extends Channel>(
    res: ServerResponse,
    channel: C,
    lastId: number | null,
    snapshot: () => SnapshotOf<C>,
  ): void {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.socket?.setNoDelay(true);
    res.socket?.setKeepAlive(true, 10_000);
    let out = 'retry: 1000\n\n';
    const current = lastEventId(this.db);
    if (lastId === null) {
      out += frame(current, 'snapshot', snapshot());
    } else {
      // An empty log (all purged, or emptied by a restore) holds nothing after any id.
      const oldest = oldestEventId(this.db) || current + 1;
      const purged = lastId < current && oldest > lastId + 1;
      if (purged || lastId > current) {
        out += frame(current, 'resync', { last_event_id: current });
        out += frame(current, 'snapshot', snapshot());
      } else {
        const table =
          channel.kind === 'table' ? { tableId: channel.tableId, types: TABLE_EVENT_TYPES } : undefined;
        for (const e of eventsAfter(this.db, channel.storeId, lastId, table))
          out += rawFrame(e.id, e.type, e.payload);
      }
    }
    const client: Client = { res, channel };
    const wasOnline = channel.kind === 'table' && this.tableCount(channel.tableId) > 0;
    this.clients.add(client);
    res.write(out);
    res.on('close', () => this.remove(client));
    if (channel.kind === 'table' && !wasOnline)
      this.options.onPresenceChange?.(channel.storeId, channel.tableId);
  }

  publish(events: readonly StoredEvent[]): void {
    if (!this.clients.size) return;
    for (const e of events) {
      const text = rawFrame(e.id, e.type, e.payload);
      for (const c of this.clients) {
        if (c.channel.storeId !== e.store_id) continue;
        if (c.channel.kind === 'table') {
          const mine = e.table_id === c.channel.tableId || e.table_id === null;
          if (!mine || !TABLE_TYPES.has(e.type)) continue;
        }
        this.send(c, text);
      }
    }
  }

  /** The database was replaced (a backup restored); later reads use `db`. */
  setDatabase(db: Sqlite): void {
    this.db = db;
  }

  /** Tells every client to refetch (after a restore replaced the data under them). */
  resyncAll(): void {
    const current = lastEventId(this.db);
    for (const c of this.clients) {
      this.send(c, frame(current, 'resync', { last_event_id: current }));
      c.res.end();
    }
  }

  counts() {
    let admin = 0;
    let table = 0;
    for (const c of this.clients) {
      if (c.channel.kind === 'admin') admin += 1;
      else table += 1;
    }
    return { total: admin + table, by_channel: { admin, table } };
  }

  onlineTables(storeId: number): Set<number> {
    const ids = new Set<number>();
    for (const c of this.clients) {
      if (c.channel.kind === 'table' && c.channel.storeId === storeId) ids.add(c.channel.tableId);
    }
    return ids;
  }

  closeTable(tableId: number): void {
    for (const c of this.clients)
      if (c.channel.kind === 'table' && c.channel.tableId === tableId) c.res.end();
  }

  closeStaff(staffId: number): void {
    for (const c of this.clients)
      if (c.channel.kind === 'admin' && c.channel.staffId === staffId) c.res.end();
  }

  close(): void {
    this.closing = true;
    clearInterval(this.timer);
    for (const c of this.clients) c.res.destroy();
    this.clients.clear();
  }

  private tableCount(tableId: number): number {
    let n = 0;
    for (const c of this.clients) if (c.channel.kind === 'table' && c.channel.tableId === tableId) n += 1;
    return n;
  }

  private send(c: Client, text: string): void {
    if (c.res.writableLength > this.options.maxBufferedBytes) {
      this.log.warn(`dropping a slow SSE client (${c.channel.kind}): ${c.res.writableLength} bytes unread`);
      c.res.destroy();
      this.remove(c);
      return;
    }
    c.res.write(text);
  }

  private ping(): void {
    for (const c of this.clients) this.send(c, ': ping\n\n');
  }

  private remove(c: Client): void {
    if (!this.clients.delete(c)) return;
    if (this.closing || c.channel.kind !== 'table') return;
    if (this.tableCount(c.channel.tableId) === 0)
      this.options.onPresenceChange?.(c.channel.storeId, c.channel.tableId);
  }
}
