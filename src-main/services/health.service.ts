/**
 * Can the database take a write? Reading works on a read-only folder, a read-only file or a
 * full disk, so /health would say "ok" while every order fails. A probe writes one row through
 * the writer (same transaction, same fsync as an order) at most every PROBE_TTL_MS; /health
 * reports the last outcome.
 */
import { touchProbe } from '../repositories/health.repository';
import { listStores } from '../repositories/stores.repository';
import type { ServiceContext } from './context';

export type DbHealth = 'ok' | 'unavailable' | 'read_only';

const PROBE_TTL_MS = 5_000;

interface ProbeState {
  at: number;
  ok: boolean;
  running: Promise<boolean> | null;
}

const probes = new WeakMap<ServiceContext, ProbeState>();

function probeWrite(ctx: ServiceContext): Promise<boolean> {
  let state = probes.get(ctx);
  if (!state) probes.set(ctx, (state = { at: 0, ok: true, running: null }));
  const s = state;
  if (Date.now() - s.at < PROBE_TTL_MS) return Promise.resolve(s.ok);
  s.running ??= ctx.writer
    .write((tx) => touchProbe(tx.db, tx.now))
    .then(
      () => true,
      (error: unknown) => {
        if (s.ok) ctx.log.error('the database cannot be written to:', error);
        return false;
      },
    )
    .then((ok) => {
      s.ok = ok;
      s.at = Date.now();
      s.running = null;
      return ok;
    });
  return s.running;
}

export interface DatabaseHealth {
  db: DbHealth;
  setupRequired: boolean;
}

/** `ready` false (starting, restoring): no probe, the writer refuses writes then anyway. */
export async function databaseHealth(ctx: ServiceContext, ready: boolean): Promise<DatabaseHealth> {
  let setupRequired = false;
  try {
    setupRequired = listStores(ctx.db).length === 0;
  } catch {
    return { db: 'unavailable', setupRequired };
  }
  if (!ready) return { db: 'ok', setupRequired };
  return { db: (await probeWrite(ctx)) ? 'ok' : 'read_only', setupRequired };
}
