/** Printers (A14): the store's network ESC/POS printers. */
import type { Sqlite } from '../db/connection';
import { all, first, prepare, qb, run } from '../db/query';
import type { PrinterKind } from '../../src-shared/types';

/** A printer's saved settings (its live status lives in the printer worker). */
export interface PrinterRow {
  id: number;
  store_id: number;
  name: string;
  host: string;
  port: number;
  kind: PrinterKind;
  station_ids: number[];
  copies: number;
  korean_mode: 'codepage';
  enabled: boolean;
}

const columns = [
  'id',
  'store_id',
  'name',
  'host',
  'port',
  'kind',
  'station_ids',
  'copies',
  'korean_mode',
  'enabled',
] as const;

type Raw = Omit<PrinterRow, 'station_ids' | 'enabled' | 'korean_mode'> & {
  station_ids: string;
  enabled: number;
  korean_mode: string;
};

function toRow(r: Raw): PrinterRow {
  return {
    ...r,
    station_ids: JSON.parse(r.station_ids) as number[],
    enabled: r.enabled === 1,
    korean_mode: 'codepage',
  };
}

export function listPrinters(db: Sqlite, storeId: number): PrinterRow[] {
  return all(db, qb.selectFrom('printers').select(columns).where('store_id', '=', storeId).orderBy('id')).map(
    toRow,
  );
}

/** Every printer of every store (the worker serves them all). */
export function listAllPrinters(db: Sqlite): PrinterRow[] {
  return all(db, qb.selectFrom('printers').select(columns).orderBy('id')).map(toRow);
}

export function getPrinter(db: Sqlite, storeId: number, id: number): PrinterRow | undefined {
  const r = first(
    db,
    qb.selectFrom('printers').select(columns).where('store_id', '=', storeId).where('id', '=', id),
  );
  return r && toRow(r);
}

export function findPrinterByName(db: Sqlite, storeId: number, name: string) {
  return first(
    db,
    qb.selectFrom('printers').select(['id']).where('store_id', '=', storeId).where('name', '=', name),
  );
}

export function countPrinters(db: Sqlite, storeId: number): number {
  return (prepare(db, 'SELECT COUNT(*) AS n FROM printers WHERE store_id = ?').get(storeId) as { n: number })
    .n;
}

export type PrinterValues = Omit<PrinterRow, 'id' | 'store_id'>;

function toColumns(p: Partial<PrinterValues>) {
  const { station_ids, enabled, ...rest } = p;
  return {
    ...rest,
    ...(station_ids !== undefined && { station_ids: JSON.stringify(station_ids) }),
    ...(enabled !== undefined && { enabled: enabled ? 1 : 0 }),
  };
}

export function insertPrinter(db: Sqlite, storeId: number, p: PrinterValues, now: string): number {
  const values = {
    ...p,
    station_ids: JSON.stringify(p.station_ids),
    enabled: p.enabled ? 1 : 0,
    store_id: storeId,
    created_at: now,
  };
  return Number(run(db, qb.insertInto('printers').values(values)).lastInsertRowid);
}

export function updatePrinter(db: Sqlite, id: number, patch: Partial<PrinterValues>) {
  const set = toColumns(patch);
  if (!Object.keys(set).length) return;
  run(db, qb.updateTable('printers').set(set).where('id', '=', id));
}

export function deletePrinter(db: Sqlite, id: number) {
  run(db, qb.deleteFrom('printers').where('id', '=', id));
}
