import type { Sqlite } from '../db/connection';
import { prepare } from '../db/query';

/** Rewrites the single probe row: a real write, committed by the writer like any order. */
export function touchProbe(db: Sqlite, now: string): void {
  prepare(
    db,
    'INSERT INTO health_probe (id, checked_at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at',
  ).run(now);
}
