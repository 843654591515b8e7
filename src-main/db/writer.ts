/**
 * Group commit. Every write is a synchronous function queued here; the jobs queued during one
 * turn of the event loop run in one SQLite transaction, each inside its own savepoint (a job
 * that throws rolls back alone). One fsync then makes the whole batch durable, and only after
 * COMMIT returns does any job's promise resolve: no request is answered 2xx before its
 * change is on disk. Events appended by a job are published after the commit.
 */
import type { EventPayloads, EventType } from '../../src-shared/events';
import { ServiceUnavailableError } from '../errors/app-error';
import type { Sqlite } from './connection';
import { prepare } from './query';

export interface StoredEvent {
  id: number;
  store_id: number;
  type: EventType;
  table_id: number | null;
  payload: string;
  created_at: string;
}

export interface Tx {
  readonly db: Sqlite;
  /** The job's timestamp; every row it writes uses the same one. */
  readonly now: string;
  emit<T extends EventType>(
    storeId: number,
    type: T,
    payload: EventPayloads[T],
    tableId: number | null,
  ): void;
}

interface Job {
  fn: (tx: Tx) => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

const MAX_BATCH = 512;

export class Writer {
  private queue: Job[] = [];
  private scheduled = false;
  private closed = false;
  private suspended = false;
  /** Commits and the jobs they carried (the bench reads jobs per commit). */
  readonly stats = { commits: 0, jobs: 0 };

  constructor(
    private db: Sqlite,
    private readonly onCommit: (events: StoredEvent[]) => void,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  write<T>(fn: (tx: Tx) => T): Promise<T> {
    if (this.closed) return Promise.reject(new ServiceUnavailableError('The store server is shutting down'));
    if (this.suspended) {
      return Promise.reject(new ServiceUnavailableError('A backup is being restored; try again shortly'));
    }
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ fn, resolve: resolve as (v: unknown) => void, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Runs one job now, in its own transaction (startup work, tools, tests). */
  writeNow<T>(fn: (tx: Tx) => T): T {
    const events: StoredEvent[] = [];
    const result = this.db.transaction(() => fn(this.makeTx(events)))();
    if (events.length) this.onCommit(events);
    return result;
  }

  /** Runs what is queued now, then refuses new writes (503) until resume(): a restore is running. */
  suspend(): void {
    this.suspended = true;
    while (this.queue.length) this.flush();
  }

  /** Accepts writes again, on `db` (the restored database) when given. */
  resume(db: Sqlite = this.db): void {
    this.db = db;
    this.suspended = false;
  }

  /** Runs what is queued and refuses new writes. */
  close(): void {
    this.closed = true;
    if (this.queue.length) this.flush();
  }

  private flush(): void {
    this.scheduled = false;
    const jobs = this.queue.splice(0, MAX_BATCH);
    if (this.queue.length) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
    if (!jobs.length) return;

    const outcomes: { ok: boolean; value: unknown; events: StoredEvent[] }[] = [];
    try {
      this.db.exec('BEGIN IMMEDIATE');
    } catch (error) {
      this.onError(error);
      for (const job of jobs) job.reject(new ServiceUnavailableError('The database is not available'));
      return;
    }
    for (const job of jobs) {
      const events: StoredEvent[] = [];
      try {
        const value = this.db.transaction(() => {
          const r = job.fn(this.makeTx(events));
          if (r && typeof (r as { then?: unknown }).then === 'function') {
            throw new Error('a write job must be synchronous');
          }
          return r;
        })();
        outcomes.push({ ok: true, value, events });
      } catch (error) {
        outcomes.push({ ok: false, value: error, events: [] });
      }
    }
    try {
      this.db.exec('COMMIT');
    } catch (error) {
      this.onError(error);
      try {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
      } catch {
        // The connection already rolled back.
      }
      for (const job of jobs)
        job.reject(new ServiceUnavailableError('The database could not save the change'));
      return;
    }
    this.stats.commits += 1;
    this.stats.jobs += jobs.length;
    const committed: StoredEvent[] = [];
    jobs.forEach((job, i) => {
      const o = outcomes[i]!;
      if (o.ok) {
        committed.push(...o.events);
        job.resolve(o.value);
      } else {
        job.reject(o.value);
      }
    });
    if (committed.length) this.onCommit(committed);
  }

  private makeTx(events: StoredEvent[]): Tx {
    const db = this.db;
    const now = new Date().toISOString();
    return {
      db,
      now,
      emit(storeId, type, payload, tableId) {
        const text = JSON.stringify(payload);
        const info = prepare(
          db,
          'INSERT INTO events (store_id, type, table_id, payload, created_at) VALUES (?, ?, ?, ?, ?)',
        ).run(storeId, type, tableId, text, now);
        events.push({
          id: Number(info.lastInsertRowid),
          store_id: storeId,
          type,
          table_id: tableId,
          payload: text,
          created_at: now,
        });
      },
    };
  }
}
