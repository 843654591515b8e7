/** Response shapes of API.md and API-2.md. */
import type { OrderStatus } from './order-status';
import type { Allergen, Badge, MenuLanguage } from './menu-codes';

export type Role = 'manager' | 'kitchen' | 'table';
export type StaffRole = Exclude<Role, 'table'>;

export interface Store {
  id: number;
  code: string;
  name: string;
}

/** Texts in the guest languages the owner entered; a missing language falls back to Korean. */
export type Translations<T> = Partial<Record<MenuLanguage, T>>;
export interface NameTranslation {
  name: string;
}
export interface MenuTranslation {
  name: string;
  description?: string;
}

export interface MenuOption {
  id: number;
  name: string;
  price_delta: number;
  available: boolean;
  translations: Translations<NameTranslation>;
}

export interface MenuOptionGroup {
  id: number;
  name: string;
  min_select: number;
  max_select: number;
  translations: Translations<NameTranslation>;
  /** In display order. */
  options: MenuOption[];
}

export interface Menu {
  id: number;
  category_id: number;
  name: string;
  price: number;
  description: string;
  image_url: string | null;
  available: boolean;
  display_order: number;
  /** In display order; a group with min_select >= 1 is required. */
  option_groups: MenuOptionGroup[];
  translations: Translations<MenuTranslation>;
  /** 원산지, e.g. "돼지고기: 국내산". */
  origin: string | null;
  allergens: Allergen[];
  badges: Badge[];
  /** The kitchen's target in minutes. */
  prep_minutes: number | null;
}

/** A kitchen station (K5); categories are routed to one, null = the default station. */
export interface Station {
  id: number;
  name: string;
  display_order: number;
}

export interface StationList {
  stations: Station[];
}

export interface Category {
  id: number;
  name: string;
  display_order: number;
  translations: Translations<NameTranslation>;
  /** The kitchen station (K5); null = the default station. */
  station_id: number | null;
}

export interface MenuTree {
  categories: (Category & { menus: Menu[] })[];
}

/** A chosen option as it was when ordered (a snapshot). */
export interface OrderItemOption {
  option_id: number;
  group_name: string;
  name: string;
  price_delta: number;
}

export interface OrderItem {
  id: number;
  menu_id: number;
  menu_name: string;
  /** The dish's price when ordered. */
  base_price: number;
  /** base_price + Σ options' price_delta. */
  unit_price: number;
  quantity: number;
  subtotal: number;
  /** The guest's request to the kitchen; null = none. */
  note: string | null;
  options: OrderItemOption[];
  /** The line's kitchen status (K6). */
  status: OrderStatus;
  /** The station of the dish's category when read (K5); null = the default station. */
  station_id: number | null;
}

export interface Order {
  id: number;
  order_number: string;
  table_id: number;
  table_number: number;
  session_id: number;
  status: OrderStatus;
  total_amount: number;
  created_at: string;
  updated_at: string;
  items: OrderItem[];
}

export interface HistoryOrder extends Order {
  session_ended_at: string;
  /** What its seating left unpaid at 이용 완료; null for seatings ended before checkout existed. */
  session_unpaid_amount: number | null;
  /** The payments of its seating (voided ones too), in the order taken. */
  session_payments: Payment[];
}

export interface TableOrders {
  session_id: number | null;
  orders: Order[];
}

export interface AdminLoginResponse {
  token: string;
  expires_at: string;
  staff: { id: number; username: string; role: StaffRole };
  store: Store;
}

/** `POST /api/table/device-login`: a fresh token for a paired tablet's device key. */
export interface DeviceLoginResponse {
  token: string;
  expires_at: string;
  table: { id: number; table_number: number };
  store: Store;
}

/** Table login and pairing: also a long-lived device key the tablet keeps instead of the password. */
export interface TableLoginResponse extends DeviceLoginResponse {
  device_key: string;
}

/** `DELETE /api/admin/tables/:id/devices`: how many tablet device keys were revoked. */
export interface UnpairResult {
  revoked: number;
}

/** Guest-phone login (T11): like a table login, without a device key; dies with the seating. */
export interface GuestLoginResponse extends DeviceLoginResponse {
  guest: true;
}

/** `POST /api/table/guest-invite`: the QR the tablet shows for guests' phones. */
export interface GuestInvite {
  code: string;
  url: string;
  expires_at: string;
}

/** `DELETE /api/admin/tables/:id/guest-phones`: how many guest-phone logins were ended. */
export interface GuestRevokeResult {
  revoked: number;
}

export interface LabelTranslation {
  label: string;
}

/** A staff-call button the owner set up (T9): 물, 수저·젓가락, 계산 요청 … */
export interface CallPreset {
  id: number;
  label: string;
  translations: Translations<LabelTranslation>;
}

export interface CallPresetList {
  presets: CallPreset[];
}

export type StaffCallStatus = 'open' | 'acknowledged' | 'done';

/** A guest's call for staff (T9). Items keep the preset labels as they were when called. */
export interface StaffCall {
  id: number;
  table_id: number;
  table_number: number;
  items: { preset_id: number; label: string }[];
  note: string | null;
  status: StaffCallStatus;
  created_at: string;
  updated_at: string;
}

export interface StaffCallList {
  calls: StaffCall[];
}

export type PaymentMethod = 'cash' | 'card' | 'transfer' | 'other';

export interface Payment {
  id: number;
  method: PaymentMethod;
  amount: number;
  note: string | null;
  created_at: string;
  voided_at: string | null;
  staff_id: number | null;
}

/** One bill line: a session's order lines merged by dish, options, request and unit price. */
export interface BillLine {
  menu_name: string;
  /** The chosen options' names, in the dish's group order. */
  options: string[];
  note: string | null;
  unit_price: number;
  quantity: number;
  amount: number;
}

/** The active session's bill (T10). */
export interface Bill {
  session_id: number;
  table_id: number;
  table_number: number;
  guest_count: number | null;
  lines: BillLine[];
  total_amount: number;
  paid_amount: number;
  due_amount: number;
  payments: Payment[];
  /** Only with `?split=N` on the admin call: N whole-won amounts that add up to due_amount. */
  split_amounts?: number[];
}

/** A table's active seating as the dashboard and the tables list show it. */
export interface SessionSummary {
  id: number;
  started_at: string;
  total_amount: number;
  order_count: number;
  /** Set by staff (or the tablet's first order); null = not recorded. */
  guest_count: number | null;
}

export interface TableInfo {
  id: number;
  table_number: number;
  tablet_online: boolean;
  session: SessionSummary | null;
  created_at: string;
  /** Present (true) when the password is shorter than 6 characters: set before the minimum. */
  password_weak?: true;
  /** Whether the table's tablet last called over HTTPS; null until it has called. */
  last_secure: boolean | null;
}

export interface DashboardTable {
  id: number;
  table_number: number;
  tablet_online: boolean;
  session: SessionSummary | null;
  recent_orders: Order[];
  /** The seating's dishes, merged by dish + options, in the order first ordered (at most LIMITS.dashboardDishesMax). */
  dishes: DashboardDish[];
  /** How many more merged dishes the seating has beyond `dishes`. */
  dishes_more: number;
  /** When the seating's first (still existing) order was placed; null without a seating or orders. */
  first_order_at: string | null;
}

/** One line of a dashboard card: a dish with one set of options, quantities added up. */
export interface DashboardDish {
  menu_id: number;
  menu_name: string;
  /** The chosen options' ids, ascending (with menu_id, what makes two lines the same dish). */
  option_ids: number[];
  /** The chosen options' names, as ordered. */
  options: string[];
  quantity: number;
}

export interface Dashboard {
  tables: DashboardTable[];
  last_event_id: number;
}

export interface AdminOrders {
  orders: Order[];
  last_event_id: number;
}

export interface SessionEndResult {
  session_id: number;
  ended_at: string;
  archived_orders: number;
  total_amount: number;
  /** What was still due when the seating ended (0 when paid in full). */
  unpaid_amount: number;
}

/** `POST /api/admin/tables/:id/move`. */
export interface MoveResult {
  session_id: number;
  from_table_id: number;
  to_table_id: number;
}

/** `POST /api/admin/tables/:id/merge`. */
export interface MergeResult {
  session_id: number;
  merged_session_id: number;
  moved_orders: number;
}

export interface HistoryPage {
  orders: HistoryOrder[];
  next_cursor: string | null;
}

export interface PairingCode {
  pairing_code: string;
  expires_at: string;
  url: string;
}

export interface Staff {
  id: number;
  username: string;
  role: StaffRole;
}

export interface DaySummary {
  date: string;
  order_count: number;
  sales_total: number;
  by_table: { table_id: number; table_number: number; order_count: number; sales_total: number }[];
  by_menu: { menu_id: number; menu_name: string; quantity: number; sales_total: number }[];
  /**
   * by_menu broken down by the chosen options: one row per dish and distinct set of options
   * (lines without options included, as `options: []`), ordered like by_menu, then by
   * quantity. Requests (notes) are free text and are not totalled.
   */
  by_menu_options: DaySummaryOptionRow[];
  /** Payments taken that day (not voided), by method (A12). */
  by_method: { method: PaymentMethod; amount: number; count: number }[];
  /** Seatings that ended that day with money still due. */
  unpaid: { amount: number; count: number };
}

export interface DaySummaryOptionRow {
  menu_id: number;
  menu_name: string;
  /** The chosen options' names as ordered, in the dish's group order (["매운맛", "치즈"]). */
  options: string[];
  quantity: number;
  sales_total: number;
}

/** One bucket of a report (a day, an hour of day, a weekday, a table). */
export interface ReportBucket {
  order_count: number;
  sales_total: number;
}

/**
 * Sales over a range of store-local days (A15), from live and archived orders. Orders count by
 * the time they were placed, in the store's time zone; deleted orders are not counted.
 */
export interface Report {
  /** First and last day of the range, inclusive (YYYY-MM-DD, store-local). */
  from: string;
  to: string;
  order_count: number;
  sales_total: number;
  /** Guests seated in the range's seatings that had a guest count; 0 when none was recorded. */
  guest_count: number;
  /** Every day of the range, in order, empty days included. */
  by_day: (ReportBucket & { date: string })[];
  /** All 24 hours of the day (0–23), empty hours included. */
  by_hour: (ReportBucket & { hour: number })[];
  /** All 7 weekdays, 0 = Sunday … 6 = Saturday, empty days included. */
  by_weekday: (ReportBucket & { weekday: number })[];
  /** Dishes by sales, largest first (the name it was last sold as). */
  by_menu: { menu_id: number; menu_name: string; quantity: number; sales_total: number }[];
  /** Tables with orders, by table number. */
  by_table: (ReportBucket & { table_id: number; table_number: number })[];
  /** Payments taken in the range (not voided), by method; empty when none were recorded. */
  by_method: { method: PaymentMethod; amount: number; count: number }[];
  /**
   * Seconds from an order's placing to its being served (`done`), over the range's served
   * orders; null when no order was served.
   */
  prep_seconds: { p50: number | null; p90: number | null; count: number };
}

/** What the audit log records (A16). */
export type AuditAction =
  | 'order.deleted'
  | 'payment.recorded'
  | 'payment.voided'
  | 'session.ended'
  | 'session.moved'
  | 'session.merged'
  | 'backup.restored';

export interface AuditEntry {
  id: number;
  at: string;
  /** Null for actions the store took by itself; the username is the one at the time. */
  staff: { id: number; username: string } | null;
  action: AuditAction;
  /** What was acted on, e.g. {kind: 'order', id: 12, label: 'A-0012'}. */
  target: { kind: string; id: number | null; label: string };
  /** The entry's facts (amounts, tables, reasons), as recorded. */
  detail: Record<string, unknown>;
}

export interface AuditPage {
  entries: AuditEntry[];
  next_cursor: string | null;
}

export interface BackupInfo {
  name: string;
  size_bytes: number;
  created_at: string;
  kind: 'hourly' | 'daily' | 'manual' | 'shutdown' | 'pre-migration' | 'pre-restore';
}

export interface TablesList {
  tables: TableInfo[];
  /** The address tablets on the store LAN open (the pairing QR's base). */
  tablet_url: string;
  /** The same over HTTPS (the store CA must be installed on the tablet); null when HTTPS is off. */
  tablet_https_url: string | null;
}

/** `GET /api/tls`: the store's HTTPS on the LAN, for the tablet onboarding page. */
export interface TlsInfo {
  enabled: boolean;
  /** The advertised HTTPS base address, e.g. https://192.168.0.10:7743; null when off. */
  https_url: string | null;
  /** Where the store CA certificate is downloaded (on either port). */
  ca_url: '/tls/store-ca.crt';
  /** SHA-256 of the CA certificate, colon hex, for checking it by eye on the tablet. */
  ca_sha256: string | null;
}

export interface Health {
  status: 'ok' | 'unavailable';
  /** True while the server has no store yet: the admin app shows its setup screen. */
  setup_required: boolean;
  version: string;
  uptime_s: number;
  /** read_only: the database answers reads but a write fails (read-only folder or file, full disk). */
  db: 'ok' | 'unavailable' | 'read_only';
  sse: { total: number; by_channel: { admin: number; table: number } };
}

/** Printing (A14, API-2 "Printing"). */
export type PrinterKind = 'kitchen' | 'receipt';
/** Read from the printer itself (DLE EOT); `unknown` until the first answer. */
export type PrinterStatus = 'ok' | 'offline' | 'paper_out' | 'cover_open' | 'unknown';
/** How Korean text is sent: the printer's Korean code page (KS C 5601 / CP949). */
export type PrinterKoreanMode = 'codepage';

export interface Printer {
  id: number;
  name: string;
  host: string;
  port: number;
  kind: PrinterKind;
  /** Stations whose lines this printer prints; empty = every station. */
  station_ids: number[];
  copies: number;
  korean_mode: PrinterKoreanMode;
  enabled: boolean;
  status: PrinterStatus;
  last_error: string | null;
  /** Jobs not yet confirmed printed. */
  queued: number;
}

export interface PrinterList {
  printers: Printer[];
}

export type PrintJobKind = 'kitchen' | 'receipt' | 'test';
/** `failed`: tried and not yet confirmed; the worker keeps retrying it (with backoff). */
export type PrintJobStatus = 'pending' | 'failed' | 'done';

export interface PrintJob {
  id: number;
  printer_id: number;
  order_id: number | null;
  kind: PrintJobKind;
  status: PrintJobStatus;
  attempts: number;
  last_error: string | null;
  created_at: string;
  printed_at: string | null;
  /** Of the slip: the table and order it is for (null for a test slip; a bill has no order number). */
  table_number: number | null;
  order_number: string | null;
}

export interface PrintJobList {
  jobs: PrintJob[];
}
