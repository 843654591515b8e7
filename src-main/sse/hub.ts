/**
 * The SSE hub. A connection first gets a snapshot (fresh connect) or the events after its
 * Last-Event-ID from the durable log, then everything new. Replay and registration happen in
 * one synchronous step, and writes commit synchronously too, so no event can fall between
 * them. Writes respect backpressure (a snapshot goes out a slice at a time as the socket
 * drains); a client whose unread bytes pass the cap is dropped, and the others never wait for
 * it. Each token holds a bounded number of streams.
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

export type AdminChannel = { kind: 'admin'; storeId: number; staffId: number; token: string };
export type TableChannel = {
  kind: 'table';
  storeId: number;
  tableId: number;
  token: string;
  /** A guest's phone (T11): not the table's tablet, so it does not count as the tablet online. */
  guest?: boolean;
};
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
  /** Bytes not yet handed to the socket because it has not drained (a snapshot, mostly). */
  backlog: Buffer[];
  backlogBytes: number;
  waitingForDrain: boolean;
}

export interface HubOptions {
  heartbeatMs: number;
  /** Bytes a client may leave unread (in the socket's buffer and the backlog) before it is dropped. */
  maxBufferedBytes: number;
  /** Open streams per token; opening one more closes that token's oldest. */
  streamsPerToken?: { table: number; staff: number };
  onPresenceChange?: (storeId: number, tableId: number) => void;
}

const TABLE_TYPES = new Set<string>(TABLE_EVENT_TYPES);
/** A resume that would replay more events than this gets resync + snapshot instead. */
const REPLAY_MAX = 2000;
/** A snapshot goes to the socket this much at a time, the next piece only once it drained. */
const SLICE_BYTES = 64 * 1024;

/** A frame whose data is already JSON (a logged event's stored payload). */
function rawFrame(id: number, type: string, json: string): string {
  return `id: ${id}\nevent: ${type}\ndata: ${json}\n\n`;
}

/** A control frame, its data typed by the message map of src-shared/events.ts. */
function frame<K extends 'snapshot' | 'resync'>(id: number, type: K, data: ControlMessages[K]): string {
  return rawFrame(id, type, JSON.stringify(data));
}

function snapshotKey(channel: Channel): string {
  return channel.kind === 'admin'
    ? `admin:${channel.storeId}`
    : `table:${channel.storeId}:${channel.tableId}`;
}

export class SseHub implements PresenceView {
  private readonly clients = new Set<Client>();
  private readonly timer: NodeJS.Timeout;
  private closing = false;
  /**
   * Snapshot frames by channel, valid for one event id: streams of one table (or one store's
   * staff) opened between two events share one buffer instead of one copy each.
   */
  private snapshots = new Map<string, { eventId: number; frame: Buffer }>();

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
      'x-content-type-options': 'nosniff',
    });
    // A stream is long-lived by design: the idle-connection timeout does not apply (the
    // heartbeat and the unread-bytes cap find dead and stuck clients instead).
    res.socket?.setTimeout(0);
    res.socket?.setNoDelay(true);
    res.socket?.setKeepAlive(true, 10_000);
    this.limitStreams(channel);
    const current = lastEventId(this.db);
    const parts: (string | Buffer)[] = ['retry: 1000\n\n'];
    if (lastId === null) {
      parts.push(this.snapshotFrame(channel, current, snapshot));
    } else {
      // An empty log (all purged, or emptied by a restore) holds nothing after any id.
      const oldest = oldestEventId(this.db) || current + 1;
      const purged = lastId < current && oldest > lastId + 1;
      const table =
        channel.kind === 'table' ? { tableId: channel.tableId, types: TABLE_EVENT_TYPES } : undefined;
      const missed =
        purged || lastId > current
          ? null
          : eventsAfter(this.db, channel.storeId, lastId, table, REPLAY_MAX + 1);
      if (!missed || missed.length > REPLAY_MAX) {
        parts.push(frame(current, 'resync', { last_event_id: current }));
        parts.push(this.snapshotFrame(channel, current, snapshot));
      } else {
        parts.push(missed.map((e) => rawFrame(e.id, e.type, e.payload)).join(''));
      }
    }
    const client: Client = { res, channel, backlog: [], backlogBytes: 0, waitingForDrain: false };
    const tablet = channel.kind === 'table' && !channel.guest;
    const wasOnline = tablet && this.tableCount(channel.tableId) > 0;
    this.clients.add(client);
    for (const p of parts) this.write(client, p);
    res.on('close', () => this.remove(client));
    if (tablet && !wasOnline) this.options.onPresenceChange?.(channel.storeId, channel.tableId);
  }

  publish(events: readonly StoredEvent[]): void {
    this.snapshots.clear();
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
    this.snapshots.clear();
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
      if (c.channel.kind === 'table' && !c.channel.guest && c.channel.storeId === storeId) {
        ids.add(c.channel.tableId);
      }
    }
    return ids;
  }

  closeTable(tableId: number): void {
    for (const c of this.clients)
      if (c.channel.kind === 'table' && c.channel.tableId === tableId) c.res.end();
  }

  closeGuests(tableId: number): void {
    for (const c of this.clients)
      if (c.channel.kind === 'table' && c.channel.guest && c.channel.tableId === tableId) c.res.end();
  }

  closeStaff(staffId: number): void {
    for (const c of this.clients)
      if (c.channel.kind === 'admin' && c.channel.staffId === staffId) c.res.end();
  }

  close(): void {
    this.closing = true;
    this.snapshots.clear();
    clearInterval(this.timer);
    for (const c of this.clients) c.res.destroy();
    this.clients.clear();
  }

  private tableCount(tableId: number): number {
    let n = 0;
    for (const c of this.clients) {
      if (c.channel.kind === 'table' && !c.channel.guest && c.channel.tableId === tableId) n += 1;
    }
    return n;
  }

  /** The snapshot frame of `channel` at event `eventId`, built once for every stream opening then. */
  private snapshotFrame<C extends Channel>(channel: C, eventId: number, build: () => SnapshotOf<C>): Buffer {
    const key = snapshotKey(channel);
    const cached = this.snapshots.get(key);
    if (cached?.eventId === eventId) return cached.frame;
    const built = Buffer.from(frame(eventId, 'snapshot', build()));
    this.snapshots.set(key, { eventId, frame: built });
    return built;
  }

  /** Opening one more stream than a token may hold closes that token's oldest stream. */
  private limitStreams(channel: Channel): void {
    const caps = this.options.streamsPerToken;
    if (!caps) return;
    const cap = channel.kind === 'table' ? caps.table : caps.staff;
    const mine = [...this.clients].filter((c) => c.channel.token === channel.token);
    for (const old of mine.slice(0, Math.max(0, mine.length - cap + 1))) {
      this.log.info(`closing the oldest SSE stream of a ${channel.kind} token (cap ${cap})`);
      old.res.destroy();
      this.remove(old);
    }
  }

  /** Bytes given to this client that it has not read yet. */
  private unread(c: Client): number {
    return c.res.writableLength + c.backlogBytes;
  }

  private send(c: Client, text: string): void {
    const unread = this.unread(c);
    if (unread > this.options.maxBufferedBytes) {
      this.log.warn(`dropping a slow SSE client (${c.channel.kind}): ${unread} bytes unread`);
      c.res.destroy();
      this.remove(c);
      return;
    }
    this.write(c, text);
  }

  /** Writes respecting backpressure: what the socket has not taken waits in the backlog. */
  private write(c: Client, data: string | Buffer): void {
    const buf = typeof data === 'string' ? Buffer.from(data) : data;
    c.backlog.push(buf);
    c.backlogBytes += buf.length;
    this.pump(c);
  }

  private pump(c: Client): void {
    if (c.waitingForDrain) return;
    while (c.backlog.length && !c.res.destroyed && !c.res.writableEnded) {
      const head = c.backlog[0]!;
      const piece = head.length > SLICE_BYTES ? head.subarray(0, SLICE_BYTES) : head;
      if (piece === head) c.backlog.shift();
      else c.backlog[0] = head.subarray(SLICE_BYTES);
      c.backlogBytes -= piece.length;
      if (!c.res.write(piece)) {
        c.waitingForDrain = true;
        c.res.once('drain', () => {
          c.waitingForDrain = false;
          this.pump(c);
        });
        return;
      }
    }
  }

  private ping(): void {
    this.snapshots.clear();
    for (const c of this.clients) this.send(c, ': ping\n\n');
  }

  private remove(c: Client): void {
    if (!this.clients.delete(c)) return;
    c.backlog = [];
    c.backlogBytes = 0;
    if (this.closing || c.channel.kind !== 'table' || c.channel.guest) return;
    if (this.tableCount(c.channel.tableId) === 0)
      this.options.onPresenceChange?.(c.channel.storeId, c.channel.tableId);
  }
}
