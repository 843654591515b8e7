/**
 * Response schemas of API.md. The server serializes every JSON answer through these, so an
 * answer that leaves the contract fails loudly instead of reaching a client. Strict objects:
 * a field the service returns but the schema lacks is an error, never silently dropped.
 * The `Same<>` checks below keep these and the interfaces in ./types the same shape.
 */
import { z } from 'zod';
import { ERROR_CODES } from './errors';
import { ORDER_STATUSES } from './order-status';
import { ALLERGENS, BADGES } from './menu-codes';
import { LIMITS } from './limits';
import type * as T from './types';

const int = z.int();
const time = z.string();

export const StoreSchema = z.strictObject({ id: int, code: z.string(), name: z.string() });

const translationsOf = <S extends z.ZodType>(entry: S) =>
  z.strictObject({ en: entry.optional(), zh: entry.optional(), ja: entry.optional() });
const nameTranslations = translationsOf(z.strictObject({ name: z.string() }));

export const MenuOptionSchema = z.strictObject({
  id: int,
  name: z.string(),
  price_delta: int,
  available: z.boolean(),
  translations: nameTranslations,
});

export const MenuOptionGroupSchema = z.strictObject({
  id: int,
  name: z.string(),
  min_select: int,
  max_select: int,
  translations: nameTranslations,
  options: z.array(MenuOptionSchema),
});

export const MenuSchema = z.strictObject({
  id: int,
  category_id: int,
  name: z.string(),
  price: int,
  description: z.string(),
  image_url: z.string().nullable(),
  available: z.boolean(),
  display_order: int,
  option_groups: z.array(MenuOptionGroupSchema),
  translations: translationsOf(z.strictObject({ name: z.string(), description: z.string().optional() })),
  origin: z.string().nullable(),
  allergens: z.array(z.enum(ALLERGENS)),
  badges: z.array(z.enum(BADGES)),
  prep_minutes: int.nullable(),
});

export const StationSchema = z.strictObject({ id: int, name: z.string(), display_order: int });
export const StationListSchema = z.strictObject({ stations: z.array(StationSchema) });

export const CategorySchema = z.strictObject({
  id: int,
  name: z.string(),
  display_order: int,
  translations: nameTranslations,
  station_id: int.nullable(),
});

export const MenuTreeSchema = z.strictObject({
  categories: z.array(CategorySchema.extend({ menus: z.array(MenuSchema) })),
});
export const CategoryListSchema = z.strictObject({ categories: z.array(CategorySchema) });
export const MenuListSchema = z.strictObject({ menus: z.array(MenuSchema) });

export const OrderItemOptionSchema = z.strictObject({
  option_id: int,
  group_name: z.string(),
  name: z.string(),
  price_delta: int,
});

export const OrderItemSchema = z.strictObject({
  id: int,
  menu_id: int,
  menu_name: z.string(),
  base_price: int,
  unit_price: int,
  quantity: int,
  subtotal: int,
  note: z.string().nullable(),
  options: z.array(OrderItemOptionSchema),
  status: z.enum(ORDER_STATUSES),
  station_id: int.nullable(),
});

export const OrderSchema = z.strictObject({
  id: int,
  order_number: z.string(),
  table_id: int,
  table_number: int,
  session_id: int,
  status: z.enum(ORDER_STATUSES),
  total_amount: int,
  created_at: time,
  updated_at: time,
  items: z.array(OrderItemSchema),
});

export const HistoryOrderSchema = OrderSchema.extend({
  session_ended_at: time,
  session_unpaid_amount: int.nullable(),
  // PaymentSchema is declared further down; the shape is the same.
  session_payments: z.array(
    z.strictObject({
      id: int,
      method: z.enum(['cash', 'card', 'transfer', 'other']),
      amount: int,
      note: z.string().nullable(),
      created_at: time,
      voided_at: time.nullable(),
      staff_id: int.nullable(),
    }),
  ),
});

export const TableOrdersSchema = z.strictObject({
  session_id: int.nullable(),
  orders: z.array(OrderSchema),
});

const staffRole = z.enum(['manager', 'kitchen']);

export const AdminLoginResponseSchema = z.strictObject({
  token: z.string(),
  expires_at: time,
  staff: z.strictObject({ id: int, username: z.string(), role: staffRole }),
  store: StoreSchema,
});

export const DeviceLoginResponseSchema = z.strictObject({
  token: z.string(),
  expires_at: time,
  table: z.strictObject({ id: int, table_number: int }),
  store: StoreSchema,
});

/** Also the device key: long-lived, revocable, what a tablet keeps instead of the password. */
export const TableLoginResponseSchema = DeviceLoginResponseSchema.extend({ device_key: z.string() });

export const UnpairResultSchema = z.strictObject({ revoked: int });

export const SetupResponseSchema = z.strictObject({ store: StoreSchema });

export const SessionSummarySchema = z.strictObject({
  id: int,
  started_at: time,
  total_amount: int,
  order_count: int,
  guest_count: int.nullable(),
});
const sessionSummary = SessionSummarySchema.nullable();

export const TableInfoSchema = z.strictObject({
  id: int,
  table_number: int,
  tablet_online: z.boolean(),
  session: sessionSummary,
  created_at: time,
  /** Present (true) when the table's password is shorter than 6 characters (set before S1). */
  password_weak: z.literal(true).optional(),
  last_secure: z.boolean().nullable(),
});

export const TablesListSchema = z.strictObject({
  tables: z.array(TableInfoSchema),
  tablet_url: z.string(),
  tablet_https_url: z.string().nullable(),
});

export const TlsInfoSchema = z.strictObject({
  enabled: z.boolean(),
  https_url: z.string().nullable(),
  ca_url: z.literal('/tls/store-ca.crt'),
  ca_sha256: z.string().nullable(),
});

export const DashboardDishSchema = z.strictObject({
  menu_id: int,
  menu_name: z.string(),
  option_ids: z.array(int),
  options: z.array(z.string()),
  quantity: int,
});

export const DashboardSchema = z.strictObject({
  tables: z.array(
    z.strictObject({
      id: int,
      table_number: int,
      tablet_online: z.boolean(),
      session: sessionSummary,
      recent_orders: z.array(OrderSchema),
      dishes: z.array(DashboardDishSchema).max(LIMITS.dashboardDishesMax),
      dishes_more: int.min(0),
      first_order_at: time.nullable(),
    }),
  ),
  last_event_id: int,
});

export const AdminOrdersSchema = z.strictObject({ orders: z.array(OrderSchema), last_event_id: int });

export const SessionEndResultSchema = z.strictObject({
  session_id: int,
  ended_at: time,
  archived_orders: int,
  total_amount: int,
  unpaid_amount: int,
});
export const MoveResultSchema = z.strictObject({ session_id: int, from_table_id: int, to_table_id: int });
export const MergeResultSchema = z.strictObject({
  session_id: int,
  merged_session_id: int,
  moved_orders: int,
});

export const HistoryPageSchema = z.strictObject({
  orders: z.array(HistoryOrderSchema),
  next_cursor: z.string().nullable(),
});

export const PairingCodeSchema = z.strictObject({
  pairing_code: z.string(),
  expires_at: time,
  url: z.string(),
});

export const StaffSchema = z.strictObject({ id: int, username: z.string(), role: staffRole });
export const StaffListSchema = z.strictObject({ staff: z.array(StaffSchema) });

export const DaySummarySchema = z.strictObject({
  date: z.string(),
  order_count: int,
  sales_total: int,
  by_table: z.array(z.strictObject({ table_id: int, table_number: int, order_count: int, sales_total: int })),
  by_menu: z.array(z.strictObject({ menu_id: int, menu_name: z.string(), quantity: int, sales_total: int })),
  by_menu_options: z.array(
    z.strictObject({
      menu_id: int,
      menu_name: z.string(),
      options: z.array(z.string()),
      quantity: int,
      sales_total: int,
    }),
  ),
  by_method: z.array(
    z.strictObject({ method: z.enum(['cash', 'card', 'transfer', 'other']), amount: int, count: int }),
  ),
  unpaid: z.strictObject({ amount: int, count: int }),
});

const reportBucket = { order_count: int, sales_total: int };
export const ReportSchema = z.strictObject({
  from: z.string(),
  to: z.string(),
  order_count: int,
  sales_total: int,
  guest_count: int,
  by_day: z.array(z.strictObject({ date: z.string(), ...reportBucket })),
  by_hour: z.array(z.strictObject({ hour: int, ...reportBucket })),
  by_weekday: z.array(z.strictObject({ weekday: int, ...reportBucket })),
  by_menu: z.array(z.strictObject({ menu_id: int, menu_name: z.string(), quantity: int, sales_total: int })),
  by_table: z.array(z.strictObject({ table_id: int, table_number: int, ...reportBucket })),
  by_method: z.array(
    z.strictObject({ method: z.enum(['cash', 'card', 'transfer', 'other']), amount: int, count: int }),
  ),
  prep_seconds: z.strictObject({ p50: int.nullable(), p90: int.nullable(), count: int }),
});

export const AuditEntrySchema = z.strictObject({
  id: int,
  at: time,
  staff: z.strictObject({ id: int, username: z.string() }).nullable(),
  action: z.enum([
    'order.deleted',
    'payment.recorded',
    'payment.voided',
    'session.ended',
    'session.moved',
    'session.merged',
    'backup.restored',
  ]),
  target: z.strictObject({ kind: z.string(), id: int.nullable(), label: z.string() }),
  detail: z.record(z.string(), z.unknown()),
});
export const AuditPageSchema = z.strictObject({
  entries: z.array(AuditEntrySchema),
  next_cursor: z.string().nullable(),
});

export const BackupInfoSchema = z.strictObject({
  name: z.string(),
  size_bytes: int,
  created_at: time,
  kind: z.enum(['hourly', 'daily', 'manual', 'shutdown', 'pre-migration', 'pre-restore']),
});
export const BackupListSchema = z.strictObject({ backups: z.array(BackupInfoSchema) });

export const ImageUploadSchema = z.strictObject({ image_url: z.string() });

export const HealthSchema = z.strictObject({
  status: z.enum(['ok', 'unavailable']),
  setup_required: z.boolean(),
  version: z.string(),
  uptime_s: int,
  db: z.enum(['ok', 'unavailable', 'read_only']),
  sse: z.strictObject({
    total: int,
    by_channel: z.strictObject({ admin: int, table: int }),
  }),
});

/** The error envelope (API.md, "Errors"). */
export const ErrorEnvelopeSchema = z.strictObject({
  detail: z.string(),
  error_code: z.enum(Object.keys(ERROR_CODES) as [keyof typeof ERROR_CODES, ...(keyof typeof ERROR_CODES)[]]),
  errors: z.array(z.strictObject({ path: z.string(), message: z.string() })).optional(),
});

/** Compile-time: A and B are the same type (each assignable to the other). */
export const GuestLoginResponseSchema = z.strictObject({
  token: z.string(),
  expires_at: time,
  table: z.strictObject({ id: int, table_number: int }),
  store: StoreSchema,
  guest: z.literal(true),
});
export const GuestInviteSchema = z.strictObject({ code: z.string(), url: z.string(), expires_at: time });
export const GuestRevokeResultSchema = z.strictObject({ revoked: int });

export const CallPresetSchema = z.strictObject({
  id: int,
  label: z.string(),
  translations: translationsOf(z.strictObject({ label: z.string() })),
});
export const CallPresetListSchema = z.strictObject({ presets: z.array(CallPresetSchema) });
export const StaffCallSchema = z.strictObject({
  id: int,
  table_id: int,
  table_number: int,
  items: z.array(z.strictObject({ preset_id: int, label: z.string() })),
  note: z.string().nullable(),
  status: z.enum(['open', 'acknowledged', 'done']),
  created_at: time,
  updated_at: time,
});
export const StaffCallListSchema = z.strictObject({ calls: z.array(StaffCallSchema) });

export const PaymentSchema = z.strictObject({
  id: int,
  method: z.enum(['cash', 'card', 'transfer', 'other']),
  amount: int,
  note: z.string().nullable(),
  created_at: time,
  voided_at: time.nullable(),
  staff_id: int.nullable(),
});
export const BillSchema = z.strictObject({
  session_id: int,
  table_id: int,
  table_number: int,
  guest_count: int.nullable(),
  lines: z.array(
    z.strictObject({
      menu_name: z.string(),
      options: z.array(z.string()),
      note: z.string().nullable(),
      unit_price: int,
      quantity: int,
      amount: int,
    }),
  ),
  total_amount: int,
  paid_amount: int,
  due_amount: int,
  payments: z.array(PaymentSchema),
  split_amounts: z.array(int).optional(),
});

/** Printing (A14). */
export const PrinterSchema = z.strictObject({
  id: int,
  name: z.string(),
  host: z.string(),
  port: int,
  kind: z.enum(['kitchen', 'receipt']),
  station_ids: z.array(int),
  copies: int,
  korean_mode: z.enum(['codepage']),
  enabled: z.boolean(),
  status: z.enum(['ok', 'offline', 'paper_out', 'cover_open', 'unknown']),
  last_error: z.string().nullable(),
  queued: int,
});
export const PrinterListSchema = z.strictObject({ printers: z.array(PrinterSchema) });
export const PrintJobSchema = z.strictObject({
  id: int,
  printer_id: int,
  order_id: int.nullable(),
  kind: z.enum(['kitchen', 'receipt', 'test']),
  status: z.enum(['pending', 'failed', 'done']),
  attempts: int,
  last_error: z.string().nullable(),
  created_at: z.string(),
  printed_at: z.string().nullable(),
  table_number: int.nullable(),
  order_number: z.string().nullable(),
});
export const PrintJobListSchema = z.strictObject({ jobs: z.array(PrintJobSchema) });
/** 202 of test, reprint and print-bill: the job that will print. */
export const PrintAcceptedSchema = z.strictObject({ job_id: int });

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <_ extends true>() => undefined;
same<Same<z.output<typeof MenuSchema>, T.Menu>>();
same<Same<z.output<typeof MenuTreeSchema>, T.MenuTree>>();
same<Same<z.output<typeof CategorySchema>, T.Category>>();
same<Same<z.output<typeof StationSchema>, T.Station>>();
same<Same<z.output<typeof StationListSchema>, T.StationList>>();
same<Same<z.output<typeof MenuOptionGroupSchema>, T.MenuOptionGroup>>();
same<Same<z.output<typeof OrderItemSchema>, T.OrderItem>>();
same<Same<z.output<typeof OrderSchema>, T.Order>>();
same<Same<z.output<typeof HistoryPageSchema>, T.HistoryPage>>();
same<Same<z.output<typeof TableOrdersSchema>, T.TableOrders>>();
same<Same<z.output<typeof AdminLoginResponseSchema>, T.AdminLoginResponse>>();
same<Same<z.output<typeof TableLoginResponseSchema>, T.TableLoginResponse>>();
same<Same<z.output<typeof DeviceLoginResponseSchema>, T.DeviceLoginResponse>>();
same<Same<z.output<typeof UnpairResultSchema>, T.UnpairResult>>();
same<Same<z.output<typeof TablesListSchema>, T.TablesList>>();
same<Same<z.output<typeof TlsInfoSchema>, T.TlsInfo>>();
same<Same<z.output<typeof DashboardSchema>, T.Dashboard>>();
same<Same<z.output<typeof DashboardDishSchema>, T.DashboardDish>>();
same<Same<z.output<typeof AdminOrdersSchema>, T.AdminOrders>>();
same<Same<z.output<typeof SessionEndResultSchema>, T.SessionEndResult>>();
same<Same<z.output<typeof PairingCodeSchema>, T.PairingCode>>();
same<Same<z.output<typeof StaffSchema>, T.Staff>>();
same<Same<z.output<typeof DaySummarySchema>, T.DaySummary>>();
same<Same<z.output<typeof ReportSchema>, T.Report>>();
same<Same<z.output<typeof AuditPageSchema>, T.AuditPage>>();
same<Same<z.output<typeof BackupInfoSchema>, T.BackupInfo>>();
same<Same<z.output<typeof HealthSchema>, T.Health>>();
same<Same<z.output<typeof GuestLoginResponseSchema>, T.GuestLoginResponse>>();
same<Same<z.output<typeof GuestInviteSchema>, T.GuestInvite>>();
same<Same<z.output<typeof GuestRevokeResultSchema>, T.GuestRevokeResult>>();
same<Same<z.output<typeof CallPresetListSchema>, T.CallPresetList>>();
same<Same<z.output<typeof StaffCallSchema>, T.StaffCall>>();
same<Same<z.output<typeof StaffCallListSchema>, T.StaffCallList>>();
same<Same<z.output<typeof PaymentSchema>, T.Payment>>();
same<Same<z.output<typeof BillSchema>, T.Bill>>();
same<Same<z.output<typeof MoveResultSchema>, T.MoveResult>>();
same<Same<z.output<typeof MergeResultSchema>, T.MergeResult>>();
same<Same<z.output<typeof SessionSummarySchema>, T.SessionSummary>>();
same<Same<z.output<typeof PrinterSchema>, T.Printer>>();
same<Same<z.output<typeof PrinterListSchema>, T.PrinterList>>();
same<Same<z.output<typeof PrintJobSchema>, T.PrintJob>>();
same<Same<z.output<typeof PrintJobListSchema>, T.PrintJobList>>();
