import type { Generated } from 'kysely';

/** Row types of the database, for Kysely. Booleans are 0/1, times ISO strings. */
export interface StoresTable {
  id: Generated<number>;
  code: string;
  name: string;
  time_zone: string;
  created_at: string;
}
export interface StaffTable {
  id: Generated<number>;
  store_id: number;
  username: string;
  password_hash: string;
  role: 'manager' | 'kitchen';
  created_at: string;
}
export interface TablesTable {
  id: Generated<number>;
  store_id: number;
  table_number: number;
  password_hash: string;
  created_at: string;
  /** 1 when the password is shorter than 6 characters, NULL while not known (0002). */
  password_weak: number | null;
  /** 1 when the tablet's last call came over HTTPS, 0 over plain HTTP, NULL not yet (0011). */
  last_secure: number | null;
}
export interface AuthTokensTable {
  id: Generated<number>;
  token_hash: string;
  store_id: number;
  role: 'manager' | 'kitchen' | 'table';
  staff_id: number | null;
  table_id: number | null;
  created_at: string;
  expires_at: string;
  /** 1 for a guest phone's login (0008): deleted when the table's seating ends. */
  guest: Generated<number>;
}
/** A tablet's long-lived login (0005): SHA-256 of the key, per table. */
export interface DeviceKeysTable {
  id: Generated<number>;
  key_hash: string;
  store_id: number;
  table_id: number;
  created_at: string;
  last_used_at: string;
}
export interface PairingCodesTable {
  code_hash: string;
  store_id: number;
  table_id: number;
  expires_at: string;
}
export interface LoginAttemptsTable {
  key: string;
  failed_count: number;
  first_failed_at: string;
  locked_until: string | null;
}
export interface TableSessionsTable {
  id: Generated<number>;
  store_id: number;
  table_id: number;
  started_at: string;
  ended_at: string | null;
  /** Set by staff or the first order (0010). */
  guest_count: Generated<number | null>;
  /** What was still due when the seating ended (0010). */
  unpaid_amount: Generated<number | null>;
  /** null = ended normally (이용 완료); 'merged' = merged into `merged_into` (0010). */
  end_reason: Generated<'merged' | null>;
  merged_into: Generated<number | null>;
}
export interface CategoriesTable {
  id: Generated<number>;
  store_id: number;
  name: string;
  display_order: number;
  created_at: string;
  /** JSON {en?: {name}, zh?: …, ja?: …} (0006). */
  translations: string;
  /** The kitchen station (K5); null = the default one (0006). */
  station_id: number | null;
}
/** Kitchen stations (K5, 0007). */
export interface StationsTable {
  id: Generated<number>;
  store_id: number;
  name: string;
  display_order: number;
}

export interface MenusTable {
  id: Generated<number>;
  store_id: number;
  category_id: number;
  name: string;
  price: number;
  description: string;
  image_url: string | null;
  available: 0 | 1;
  display_order: number;
  deleted_at: string | null;
  created_at: string;
  updated_at: string;
  /** JSON {en?: {name, description?}, …} (0006). */
  translations: string;
  origin: string | null;
  /** JSON array of allergen codes (0006). */
  allergens: string;
  /** JSON array of badge codes (0006). */
  badges: string;
  prep_minutes: number | null;
}
export interface MenuOptionGroupsTable {
  id: Generated<number>;
  menu_id: number;
  name: string;
  min_select: number;
  max_select: number;
  display_order: number;
  translations: string;
}
export interface MenuOptionsTable {
  id: Generated<number>;
  group_id: number;
  name: string;
  price_delta: number;
  available: 0 | 1;
  display_order: number;
  translations: string;
}
export interface OrderCountersTable {
  store_id: number;
  business_date: string;
  last_seq: number;
}
export interface HealthProbeTable {
  id: number;
  checked_at: string;
}
export interface DeletedOrdersTable {
  store_id: number;
  client_order_id: string;
  order_id: number;
  order_number: string;
  deleted_at: string;
}
export interface OrdersTable {
  id: Generated<number>;
  store_id: number;
  table_id: number;
  session_id: number;
  order_number: string;
  client_order_id: string;
  request_key: string;
  status: 'pending' | 'preparing' | 'completed';
  total_amount: number;
  created_at: string;
  updated_at: string;
}
export interface OrderItemsTable {
  id: Generated<number>;
  order_id: number;
  menu_id: number;
  menu_name: string;
  /** The dish's price when ordered; unit_price adds the chosen options' deltas (0006). */
  base_price: number;
  unit_price: number;
  quantity: number;
  note: string | null;
  /** JSON [{option_id, group_name, name, price_delta}] snapshot (0006). */
  options_json: string;
  /** The line's own kitchen status (K6); null = follows its order (0006). */
  status: 'pending' | 'preparing' | 'completed' | null;
}
export interface OrderHistoryTable {
  id: number;
  store_id: number;
  table_id: number;
  table_number: number;
  session_id: number;
  order_number: string;
  client_order_id: string;
  request_key: string;
  status: 'pending' | 'preparing' | 'completed';
  total_amount: number;
  items_json: string;
  created_at: string;
  updated_at: string;
  session_ended_at: string;
}
export interface EventsTable {
  id: Generated<number>;
  store_id: number;
  type: string;
  table_id: number | null;
  payload: string;
  created_at: string;
}
export interface AuditLogTable {
  id: Generated<number>;
  store_id: number;
  staff_id: number | null;
  staff_username: string | null;
  action: string;
  entity: string;
  entity_id: number | null;
  detail: string;
  created_at: string;
}

/** Staff-call buttons (0008); translations as JSON `{en?: {label}, …}`. */
export interface CallPresetsTable {
  id: Generated<number>;
  store_id: number;
  label: string;
  translations: Generated<string>;
  display_order: number;
}
export interface StaffCallsTable {
  id: Generated<number>;
  store_id: number;
  table_id: number;
  session_id: number;
  client_call_id: string;
  /** `[{preset_id, label}]` as called. */
  items_json: string;
  note: string | null;
  status: 'open' | 'acknowledged' | 'done';
  created_at: string;
  updated_at: string;
}
export interface GuestInvitesTable {
  code_hash: string;
  store_id: number;
  table_id: number;
  created_at: string;
  expires_at: string;
}

export interface PaymentsTable {
  id: Generated<number>;
  store_id: number;
  session_id: number;
  client_payment_id: string;
  method: 'cash' | 'card' | 'transfer' | 'other';
  amount: number;
  note: string | null;
  staff_id: number | null;
  created_at: string;
  voided_at: Generated<string | null>;
  void_reason: Generated<string | null>;
}

/** Network ESC/POS printers (A14, 0009). `station_ids` is a JSON array; [] = every station. */
export interface PrintersTable {
  id: Generated<number>;
  store_id: number;
  name: string;
  host: string;
  port: number;
  kind: 'kitchen' | 'receipt';
  station_ids: string;
  copies: number;
  korean_mode: Generated<string>;
  enabled: number;
  created_at: string;
}

/** The print outbox (A14, 0009): written in the order's transaction, drained by the worker. */
export interface PrintJobsTable {
  id: Generated<number>;
  store_id: number;
  printer_id: number;
  order_id: number | null;
  kind: 'kitchen' | 'receipt' | 'test';
  status: Generated<'pending' | 'failed' | 'done'>;
  attempts: Generated<number>;
  last_error: string | null;
  payload: string;
  created_at: string;
  sent_at: string | null;
  printed_at: string | null;
}

/** The store CA and its server certificate (0011), PEM. */
export interface TlsCertificatesTable {
  role: 'ca' | 'leaf';
  cert_pem: string;
  key_pem: string;
  created_at: string;
}

export interface DB {
  stores: StoresTable;
  staff: StaffTable;
  tables: TablesTable;
  auth_tokens: AuthTokensTable;
  pairing_codes: PairingCodesTable;
  device_keys: DeviceKeysTable;
  login_attempts: LoginAttemptsTable;
  table_sessions: TableSessionsTable;
  categories: CategoriesTable;
  stations: StationsTable;
  menus: MenusTable;
  menu_option_groups: MenuOptionGroupsTable;
  menu_options: MenuOptionsTable;
  order_counters: OrderCountersTable;
  orders: OrdersTable;
  deleted_orders: DeletedOrdersTable;
  health_probe: HealthProbeTable;
  order_items: OrderItemsTable;
  order_history: OrderHistoryTable;
  events: EventsTable;
  audit_log: AuditLogTable;
  call_presets: CallPresetsTable;
  staff_calls: StaffCallsTable;
  guest_invites: GuestInvitesTable;
  payments: PaymentsTable;
  printers: PrintersTable;
  print_jobs: PrintJobsTable;
  tls_certificates: TlsCertificatesTable;
}
