/**
 * Order numbers (`ORD-YYYYMMDD-NNNN`) are printed on slips and called out in the kitchen, so a
 * number must never be handed out twice — not even after a backup is restored, whose counters
 * stop at the backup's last number. This ledger keeps a high-water mark per store and business
 * day in a small file beside the database (`order-numbers.json`), outside anything a restore
 * replaces. It reserves numbers in blocks: the file is rewritten (and fsynced) only when an
 * order goes past the reservation, before that order's transaction commits, so the file always
 * covers every committed number. After a restore or at startup the database's counters are
 * raised to the reservations (numbers may skip up to a block; they never repeat).
 *
 * A block is 100 numbers — a restaurant's day rarely needs a second one. When a block lasts less
 * than a minute (a rush, or the bench) the next is twice as large, up to 6,400, so a burst of
 * orders does not stop the writer for an fsync every hundred orders; a slower day falls back.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import type { Sqlite } from './connection';

export const LEDGER_FILE = 'order-numbers.json';
const BLOCK = 100;
const MAX_BLOCK = 6_400;
/** A block used up faster than this doubles the next one. */
const FAST_BLOCK_MS = 60_000;
/** Days of reservations kept before the newest one (numbers carry the date). */
const KEEP_DAYS = 3;

export interface CounterFloor {
  store_id: number;
  business_date: string;
  last_seq: number;
}

const keyOf = (storeId: number, date: string) => `${storeId}|${date}`;

export class OrderNumberLedger {
  private readonly reserved = new Map<string, number>();
  /** Size and time of the last reservation per store and day (the adaptive block). */
  private readonly lastBlock = new Map<string, { size: number; at: number }>();

  constructor(
    readonly file: string,
    private readonly block = BLOCK,
  ) {
    for (const f of readLedger(file)) this.reserved.set(keyOf(f.store_id, f.business_date), f.last_seq);
  }

  static inDataDir(dataDir: string): OrderNumberLedger {
    return new OrderNumberLedger(path.join(dataDir, LEDGER_FILE));
  }

  /**
   * Makes sure `seq` is covered by a durable reservation; call inside the order's transaction.
   * Throws when the file cannot be written (the order must then not commit).
   */
  cover(storeId: number, businessDate: string, seq: number): void {
    const key = keyOf(storeId, businessDate);
    if (seq <= (this.reserved.get(key) ?? 0)) return;
    const previous = this.reserved.get(key);
    const now = Date.now();
    const last = this.lastBlock.get(key);
    const size =
      last && now - last.at < FAST_BLOCK_MS
        ? Math.min(last.size * 2, Math.max(MAX_BLOCK, this.block))
        : this.block;
    this.reserved.set(key, seq + size - 1);
    try {
      this.persist();
    } catch (error) {
      if (previous === undefined) this.reserved.delete(key);
      else this.reserved.set(key, previous);
      throw error;
    }
    this.lastBlock.set(key, { size, at: now });
  }

  /** Every reservation: the highest number each store and day may already have used. */
  floors(): CounterFloor[] {
    return [...this.reserved].map(([key, last_seq]) => {
      const [store, business_date] = key.split('|') as [string, string];
      return { store_id: Number(store), business_date, last_seq };
    });
  }

  private persist(): void {
    const dates = [...this.reserved.keys()].map((k) => k.split('|')[1]!).sort();
    const newest = dates.at(-1);
    if (newest) {
      const cutoff = new Date(Date.parse(`${newest}T00:00:00Z`) - KEEP_DAYS * 86_400_000)
        .toISOString()
        .slice(0, 10);
      for (const key of [...this.reserved.keys()]) {
        if (key.split('|')[1]! < cutoff) this.reserved.delete(key);
      }
    }
    writeDurably(this.file, JSON.stringify({ version: 1, reserved: this.floors() }, null, 1));
  }
}

/** Raises the database's order counters to `floors` (never lowers one). */
export function applyCounterFloors(db: Sqlite, floors: readonly CounterFloor[]): void {
  if (!floors.length) return;
  const stmt = db.prepare(
    `INSERT INTO order_counters (store_id, business_date, last_seq)
     SELECT @store_id, @business_date, @last_seq WHERE EXISTS (SELECT 1 FROM stores WHERE id = @store_id)
     ON CONFLICT (store_id, business_date) DO UPDATE SET last_seq = MAX(last_seq, excluded.last_seq)`,
  );
  db.transaction(() => {
    for (const f of floors) stmt.run(f);
  })();
}

/** The counters of a database (what a live restore must not go below). */
export function readCounterFloors(db: Sqlite): CounterFloor[] {
  return db.prepare('SELECT store_id, business_date, last_seq FROM order_counters').all() as CounterFloor[];
}

function readLedger(file: string): CounterFloor[] {
  if (!existsSync(file)) return [];
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { reserved?: unknown };
    if (!Array.isArray(parsed.reserved)) return [];
    return parsed.reserved.filter(
      (f): f is CounterFloor =>
        Number.isInteger(f?.store_id) &&
        typeof f?.business_date === 'string' &&
        /^\d{4}-\d{2}-\d{2}$/.test(f.business_date) &&
        Number.isInteger(f?.last_seq),
    );
  } catch {
    // A torn or hand-edited file: the database counters still apply; the next order rewrites it.
    return [];
  }
}

/** Write to a temp file, fsync, rename over: the file is always either the old or the new one. */
function writeDurably(file: string, text: string): void {
  const tmp = `${file}.tmp`;
  let fd: number | null = null;
  try {
    fd = openSync(tmp, 'w', 0o600);
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(tmp, file);
  } catch (error) {
    if (fd !== null) closeSync(fd);
    rmSync(tmp, { force: true });
    throw error;
  }
}
