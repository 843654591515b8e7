/** What every service needs: the database, the group-commit writer, the log, the settings. */
import type { Sqlite } from '../db/connection';
import type { Writer } from '../db/writer';
import type { Logger } from '../logging/logger';
import type { OrderNumberLedger } from '../db/order-number-ledger';
import type { PrinterStatusBoard } from './printer-status.service';

export interface ServerConfig {
  dataDir: string;
  imagesDir: string;
  /** Time zone of stores created by this server (business days, date filters). */
  timeZone: string;
  /** Base URL tablets on the LAN should open, e.g. http://192.168.0.10:7780 */
  publicUrl: () => string;
  /** The HTTPS base address tablets may open (https://<LAN address>:7743); null when HTTPS is off. */
  httpsUrl: () => string | null;
  tokenTtlMs: number;
}

export interface PresenceView {
  /** Ids of tables with at least one open table SSE connection. */
  onlineTables(storeId: number): Set<number>;
  /** Ends open SSE connections of a table (its password changed, or it was deleted). */
  closeTable(tableId: number): void;
  closeStaff(staffId: number): void;
  /** Ends the open SSE connections of a table's guest phones (their seating ended). */
  closeGuests(tableId: number): void;
}

export interface ServiceContext {
  db: Sqlite;
  writer: Writer;
  log: Logger;
  config: ServerConfig;
  presence: PresenceView;
  /** High-water marks of order numbers, kept outside the database (a restore never repeats one). */
  orderNumbers: OrderNumberLedger;
  /** Printers' live status as last read from them, and the printer worker's wake-up (A14). */
  printers: PrinterStatusBoard;
}

interface SignedIn {
  storeId: number;
  /** Hash of the bearer token (logout deletes it). */
  tokenHash: string;
}

/** A manager or kitchen staff member, signed in on the admin or kitchen app. */
export interface StaffPrincipal extends SignedIn {
  role: 'manager' | 'kitchen';
  staffId: number;
  username: string;
}

/** A table tablet, signed in with the table password or a pairing code. */
export interface TablePrincipal extends SignedIn {
  role: 'table';
  tableId: number;
  /** A guest's phone joined by the tablet's QR (T11): no device key, ends with the seating. */
  guest: boolean;
}

export type Principal = StaffPrincipal | TablePrincipal;
