/**
 * Printers (A14): the manager's list of network ESC/POS printers. The order path reads them
 * from a per-store cache (no query per order); every change here drops that cache.
 */
import { LIMITS } from '../../src-shared/limits';
import type { PrinterInput } from '../../src-shared/schemas';
import type { Printer } from '../../src-shared/types';
import type { Sqlite } from '../db/connection';
import type { Tx } from '../db/writer';
import { ConflictError, NotFoundError, ValidationError } from '../errors/app-error';
import * as printersRepo from '../repositories/printers.repository';
import * as stationsRepo from '../repositories/stations.repository';
import * as jobsRepo from '../repositories/print-jobs.repository';
import type { ServiceContext } from './context';

// Keyed by the database handle: a restored database (a new handle) starts with an empty cache.
const cache = new WeakMap<Sqlite, Map<number, printersRepo.PrinterRow[]>>();

/** The store's enabled printers, cached; read inside the order's transaction. */
export function cachedPrinters(db: Sqlite, storeId: number): printersRepo.PrinterRow[] {
  let byStore = cache.get(db);
  if (!byStore) {
    byStore = new Map();
    cache.set(db, byStore);
  }
  let list = byStore.get(storeId);
  if (!list) {
    list = printersRepo.listPrinters(db, storeId).filter((p) => p.enabled);
    byStore.set(storeId, list);
  }
  return list;
}

function dropCache(db: Sqlite, storeId: number): void {
  cache.get(db)?.delete(storeId);
}

/** A printer as the API shows it: settings, live status and the jobs waiting for it. */
export function printerView(ctx: ServiceContext, db: Sqlite, row: printersRepo.PrinterRow): Printer {
  const { store_id: _store, ...settings } = row;
  return { ...settings, ...ctx.printers.get(row.id), queued: jobsRepo.countOpenJobs(db, row.id) };
}

export function listPrinters(ctx: ServiceContext, storeId: number): { printers: Printer[] } {
  return { printers: printersRepo.listPrinters(ctx.db, storeId).map((p) => printerView(ctx, ctx.db, p)) };
}

function checkStations(tx: Tx, storeId: number, ids: readonly number[] | undefined): void {
  if (!ids) return;
  const known = new Set(stationsRepo.listStations(tx.db, storeId).map((s) => s.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length) throw new ValidationError(`Unknown station ids: ${unknown.join(', ')}`);
}

function emitPrinter(ctx: ServiceContext, tx: Tx, storeId: number, id: number): Printer {
  const row = printersRepo.getPrinter(tx.db, storeId, id)!;
  const printer = printerView(ctx, tx.db, row);
  tx.emit(storeId, 'printer.updated', { printer }, null);
  return printer;
}

export async function createPrinter(
  ctx: ServiceContext,
  storeId: number,
  input: PrinterInput & Pick<Printer, 'name' | 'host' | 'kind'>,
): Promise<Printer> {
  const printer = await ctx.writer.write((tx) => {
    if (printersRepo.countPrinters(tx.db, storeId) >= LIMITS.printersMax) {
      throw new ConflictError(`A store has at most ${LIMITS.printersMax} printers`);
    }
    if (printersRepo.findPrinterByName(tx.db, storeId, input.name)) {
      throw new ConflictError(`A printer named "${input.name}" already exists`);
    }
    checkStations(tx, storeId, input.station_ids);
    const id = printersRepo.insertPrinter(
      tx.db,
      storeId,
      {
        name: input.name,
        host: input.host,
        port: input.port ?? 9100,
        kind: input.kind,
        station_ids: [...new Set(input.station_ids ?? [])],
        copies: input.copies ?? 1,
        korean_mode: input.korean_mode ?? 'codepage',
        enabled: input.enabled ?? true,
      },
      tx.now,
    );
    dropCache(tx.db, storeId);
    return emitPrinter(ctx, tx, storeId, id);
  });
  dropCache(ctx.db, storeId);
  ctx.printers.wake();
  return printer;
}

export async function updatePrinter(
  ctx: ServiceContext,
  storeId: number,
  id: number,
  input: PrinterInput,
): Promise<Printer> {
  const printer = await ctx.writer.write((tx) => {
    const current = printersRepo.getPrinter(tx.db, storeId, id);
    if (!current) throw new NotFoundError(`Printer ${id} not found`);
    if (input.name !== undefined && input.name !== current.name) {
      if (printersRepo.findPrinterByName(tx.db, storeId, input.name)) {
        throw new ConflictError(`A printer named "${input.name}" already exists`);
      }
    }
    checkStations(tx, storeId, input.station_ids);
    const patch = { ...input, ...(input.station_ids && { station_ids: [...new Set(input.station_ids)] }) };
    printersRepo.updatePrinter(tx.db, id, patch);
    dropCache(tx.db, storeId);
    // A new address is a new printer as far as its status goes.
    if (input.host !== undefined || input.port !== undefined) ctx.printers.forget(id);
    return emitPrinter(ctx, tx, storeId, id);
  });
  dropCache(ctx.db, storeId);
  ctx.printers.wake();
  return printer;
}

/** Deletes a printer and its jobs (printed or not: nobody can print them any more). */
export async function deletePrinter(ctx: ServiceContext, storeId: number, id: number): Promise<void> {
  await ctx.writer.write((tx) => {
    const row = printersRepo.getPrinter(tx.db, storeId, id);
    if (!row) throw new NotFoundError(`Printer ${id} not found`);
    // Its last state goes out first: screens reload the list and find it gone.
    const printer = { ...printerView(ctx, tx.db, row), enabled: false, queued: 0 };
    printersRepo.deletePrinter(tx.db, id);
    dropCache(tx.db, storeId);
    tx.emit(storeId, 'printer.updated', { printer }, null);
  });
  dropCache(ctx.db, storeId);
  ctx.printers.forget(id);
}
