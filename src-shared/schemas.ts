/**
 * Request schemas of API.md. Strict: a field a call does not take is a 400.
 * Server routes validate with these; the apps reuse them for forms.
 */
import { z } from 'zod';
import { LIMITS } from './limits';
import { ORDER_STATUSES } from './order-status';
import { DATE_RE, daysBetween, isValidDate } from './dates';
import { ALLERGENS, BADGES } from './menu-codes';

export const name = z.string().trim().min(1).max(LIMITS.nameMax);
export const password = z.string().min(LIMITS.passwordMin).max(LIMITS.passwordMax);
/** New table passwords: 6 characters at least (API-2); older, shorter ones still log in. */
export const tablePassword = z.string().min(LIMITS.tablePasswordMin).max(LIMITS.passwordMax);
export const tableNumber = z.int().min(LIMITS.tableNumberMin).max(LIMITS.tableNumberMax);
export const price = z.int().min(LIMITS.priceMin).max(LIMITS.priceMax);
export const displayOrder = z.int().min(0).max(1_000_000);
/** A whole number written in plain digits, as path and query strings carry them ("0x1", " 1", "1e0" are not ids). */
const digits = (what: string) =>
  z
    .string()
    .regex(/^[0-9]{1,15}$/, `must be ${what}`)
    .transform(Number);
export const id = digits('a positive whole number').pipe(z.int().positive());
export const storeCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/, 'letters, digits, - and _ only (1-32)');
export const imageUrl = z
  .string()
  .regex(/^\/images\/[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/, 'must be an /images/ path');
export const localDateParam = z
  .string()
  .regex(DATE_RE, 'must be a date YYYY-MM-DD')
  .refine(isValidDate, 'must be a real date');

export const IdParams = z.strictObject({ id });

export const SetupBody = z.strictObject({
  store_code: storeCode,
  store_name: name,
  username: name,
  password,
  /** The one-time code the server shows; needed when setting up from another device. */
  setup_code: z.string().trim().max(64).optional(),
});

export const AdminLoginBody = z.strictObject({
  store_code: z.string().trim().min(1).max(LIMITS.nameMax),
  username: z.string().trim().min(1).max(LIMITS.nameMax),
  password: z.string().min(1).max(LIMITS.passwordMax),
});

export const TableLoginBody = z.strictObject({
  store_code: z.string().trim().min(1).max(LIMITS.nameMax),
  table_number: tableNumber,
  password: z.string().min(1).max(LIMITS.passwordMax),
});

export const PairBody = z.strictObject({
  pairing_code: z.string().trim().min(4).max(64),
});

/** A paired tablet's device key (43 base64url characters as issued; bounded either way). */
export const DeviceLoginBody = z.strictObject({
  device_key: z.string().trim().min(16).max(128),
});

export const OrderItemInput = z.strictObject({
  menu_id: z.int().positive(),
  quantity: z.int().min(LIMITS.quantityMin).max(LIMITS.quantityMax),
  /** The chosen options of this dish (API-2); each at most once. */
  option_ids: z
    .array(z.int().positive())
    .max(LIMITS.optionGroupsMax * LIMITS.optionsPerGroupMax)
    .refine((ids) => new Set(ids).size === ids.length, 'must not name an option twice')
    .optional(),
  /** The guest's request to the kitchen: trimmed, empty = none. */
  note: z.string().trim().max(LIMITS.noteMax).optional(),
});

export const CreateOrderBody = z.strictObject({
  client_order_id: z.uuid(),
  items: z.array(OrderItemInput).min(1).max(LIMITS.orderLinesMax),
  /**
   * The table session the tablet showed when the guest ordered (null: none yet). When given and
   * no longer the table's active session, the order is refused (409 SESSION_ENDED) rather than
   * put on the next guest's bill. Absent (older tablets): no check.
   */
  session_id: z.int().positive().nullable().optional(),
  /** Guests at the table (A13), asked on the first order; kept only if staff set none yet. */
  guest_count: z.int().min(1).max(LIMITS.guestCountMax).optional(),
});

export const StatusBody = z.strictObject({ status: z.enum(ORDER_STATUSES) });

export const OrdersQuery = z.strictObject({
  status: z
    .string()
    .optional()
    .transform((s, ctx) => {
      const list = (s ?? 'pending,preparing').split(',').map((x) => x.trim());
      for (const st of list) {
        if (!(ORDER_STATUSES as readonly string[]).includes(st)) {
          ctx.addIssue({ code: 'custom', message: `unknown status "${st}"` });
          return z.NEVER;
        }
      }
      return list as (typeof ORDER_STATUSES)[number][];
    }),
  table_id: id.optional(),
  /** Only orders with a line of this station (K5); 0 = the default station. */
  station_id: digits('a whole number').pipe(z.int().min(0)).optional(),
});

export const ItemParams = z.strictObject({ id, item_id: id });

export const stationName = z.string().trim().min(1).max(LIMITS.stationNameMax);
export const CreateStationBody = z.strictObject({
  name: stationName,
  display_order: displayOrder.optional(),
});
export const UpdateStationBody = z.strictObject({
  name: stationName.optional(),
  display_order: displayOrder.optional(),
});
export type StationInput = z.infer<typeof UpdateStationBody>;

/** Printing (A14): a printer on the LAN, by IPv4 address or host name. */
const printerHost = z
  .string()
  .trim()
  .min(1)
  .max(LIMITS.printerHostMax)
  .regex(/^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$/, 'must be an IPv4 address or a host name');
const printerFields = {
  name: z.string().trim().min(1).max(LIMITS.printerNameMax),
  host: printerHost,
  port: z.int().min(1).max(65535),
  kind: z.enum(['kitchen', 'receipt']),
  station_ids: z.array(z.int().positive()).max(LIMITS.stationsMax),
  copies: z.int().min(1).max(LIMITS.printCopiesMax),
  korean_mode: z.enum(['codepage']),
  enabled: z.boolean(),
};
export const CreatePrinterBody = z.strictObject({
  name: printerFields.name,
  host: printerFields.host,
  port: printerFields.port.optional(),
  kind: printerFields.kind,
  station_ids: printerFields.station_ids.optional(),
  copies: printerFields.copies.optional(),
  korean_mode: printerFields.korean_mode.optional(),
  enabled: printerFields.enabled.optional(),
});
export const UpdatePrinterBody = CreatePrinterBody.partial();
export type PrinterInput = z.infer<typeof UpdatePrinterBody>;

const PRINT_JOB_STATUSES = ['pending', 'failed', 'done'] as const;
export const PrintJobsQuery = z.strictObject({
  status: z
    .string()
    .max(64)
    .optional()
    .transform((s, ctx) => {
      const list = (s ?? 'pending,failed').split(',').map((x) => x.trim());
      for (const st of list) {
        if (!(PRINT_JOB_STATUSES as readonly string[]).includes(st)) {
          ctx.addIssue({ code: 'custom', message: `unknown status "${st}"` });
          return z.NEVER;
        }
      }
      return list as (typeof PRINT_JOB_STATUSES)[number][];
    }),
});
export const PrintBillBody = z.strictObject({ open_drawer: z.boolean().optional() });

export const CreateTableBody = z.strictObject({ table_number: tableNumber, password: tablePassword });
export const UpdateTableBody = z.strictObject({
  table_number: tableNumber.optional(),
  password: tablePassword.optional(),
});

export const HistoryQuery = z
  .strictObject({
    from: localDateParam.optional(),
    to: localDateParam.optional(),
    cursor: z.string().max(200).optional(),
    limit: digits('a whole number').pipe(z.int().min(1).max(LIMITS.historyPageMax)).optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'from must not be after to',
    path: ['from'],
  });

/** `{en?, zh?, ja?}` of one translation shape; other languages are refused. */
const translationsOf = <T extends z.ZodType>(entry: T) =>
  z.strictObject({ en: entry.optional(), zh: entry.optional(), ja: entry.optional() });
const description = z.string().trim().max(LIMITS.descriptionMax);
export const optionName = z.string().trim().min(1).max(LIMITS.optionNameMax);
export const nameTranslations = translationsOf(z.strictObject({ name }));
export const optionNameTranslations = translationsOf(z.strictObject({ name: optionName }));
export const menuTranslations = translationsOf(z.strictObject({ name, description: description.optional() }));
/** A list of codes; a code given twice counts once. */
const codes = <const C extends readonly [string, ...string[]]>(list: C) =>
  z
    .array(z.enum(list))
    .max(list.length * 2)
    .transform((xs) => [...new Set(xs)]);

/** A category's kitchen station: an existing station's id, or null for the default one. */
const stationRef = z.int().positive().nullable();
export const CreateCategoryBody = z.strictObject({
  name,
  display_order: displayOrder.optional(),
  translations: nameTranslations.optional(),
  station_id: stationRef.optional(),
});
export const UpdateCategoryBody = z.strictObject({
  name: name.optional(),
  display_order: displayOrder.optional(),
  translations: nameTranslations.optional(),
  station_id: stationRef.optional(),
});

/**
 * An option as the admin sends it. With `id` it is that existing option (its omitted fields keep
 * their values); without, a new one (price_delta 0, available, no translations by default).
 */
export const OptionInput = z.strictObject({
  id: z.int().positive().optional(),
  name: optionName,
  price_delta: z.int().min(LIMITS.priceDeltaMin).max(LIMITS.priceDeltaMax).optional(),
  available: z.boolean().optional(),
  translations: optionNameTranslations.optional(),
});
export const OptionGroupInput = z
  .strictObject({
    id: z.int().positive().optional(),
    name: optionName,
    min_select: z.int().min(0).max(LIMITS.optionsPerGroupMax),
    max_select: z.int().min(1).max(LIMITS.optionsPerGroupMax),
    translations: optionNameTranslations.optional(),
    options: z.array(OptionInput).min(1).max(LIMITS.optionsPerGroupMax),
  })
  .superRefine((g, ctx) => {
    if (g.min_select > g.max_select) {
      ctx.addIssue({ code: 'custom', path: ['min_select'], message: 'must not be more than max_select' });
    }
    if (g.max_select > g.options.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['max_select'],
        message: 'must not be more than the number of options',
      });
    }
  });
export const optionGroups = z.array(OptionGroupInput).max(LIMITS.optionGroupsMax);

const menuFields = {
  category_id: z.int().positive(),
  name,
  price,
  description: description.optional(),
  image_url: imageUrl.nullable().optional(),
  available: z.boolean().optional(),
  display_order: displayOrder.optional(),
  option_groups: optionGroups.optional(),
  translations: menuTranslations.optional(),
  /** 원산지; empty = none. */
  origin: z
    .string()
    .trim()
    .max(LIMITS.originMax)
    .nullable()
    .optional()
    .transform((o) => (o === '' ? null : o)),
  allergens: codes(ALLERGENS).optional(),
  badges: codes(BADGES).optional(),
  prep_minutes: z.int().min(LIMITS.prepMinutesMin).max(LIMITS.prepMinutesMax).nullable().optional(),
};
export const CreateMenuBody = z.strictObject(menuFields);
export const UpdateMenuBody = z.strictObject({
  ...menuFields,
  category_id: menuFields.category_id.optional(),
  name: name.optional(),
  price: price.optional(),
});
export const ReorderMenusBody = z.strictObject({
  category_id: z.int().positive(),
  menu_ids: z.array(z.int().positive()).min(1).max(1000),
});

export const STAFF_ROLES = ['manager', 'kitchen'] as const;
export const CreateStaffBody = z.strictObject({
  username: name,
  password,
  role: z.enum(STAFF_ROLES),
});
export const UpdateStaffBody = z.strictObject({
  password: password.optional(),
  role: z.enum(STAFF_ROLES).optional(),
});

export const SummaryQuery = z.strictObject({ date: localDateParam.optional() });

/**
 * A report's store-local days, both included (A15). Missing ends are filled in by the service
 * (it knows the store's today), which checks the filled-in range the same way.
 */
export const ReportQuery = z
  .strictObject({ from: localDateParam.optional(), to: localDateParam.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'from must not be after to',
    path: ['from'],
  })
  .refine((q) => !q.from || !q.to || q.from > q.to || daysBetween(q.from, q.to) < LIMITS.reportDaysMax, {
    message: `a report covers at most ${LIMITS.reportDaysMax} days`,
    path: ['to'],
  });
/** What the audit log records (A16); the same list as `AuditAction` in types.ts. */
export const AUDIT_ACTIONS = [
  'order.deleted',
  'payment.recorded',
  'payment.voided',
  'session.ended',
  'session.moved',
  'session.merged',
  'backup.restored',
] as const;

/** GET /api/admin/audit: store-local days (inclusive), who, what, and the page. */
export const AuditQuery = z
  .strictObject({
    from: localDateParam.optional(),
    to: localDateParam.optional(),
    staff_id: id.optional(),
    action: z.enum(AUDIT_ACTIONS).optional(),
    cursor: z.string().max(200).optional(),
    limit: digits('a whole number').pipe(z.int().min(1).max(LIMITS.auditPageMax)).optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'from must not be after to',
    path: ['from'],
  });
export type AuditQueryInput = z.output<typeof AuditQuery>;

/** Staff calls (API-2 "Staff calls"). */
export const STAFF_CALL_STATUSES = ['open', 'acknowledged', 'done'] as const;
export const callPresetLabel = z.string().trim().min(1).max(LIMITS.callPresetLabelMax);
export const callPresetTranslations = translationsOf(z.strictObject({ label: callPresetLabel }));
/**
 * The whole list, in display order: an entry with an id keeps that preset (renamed), one
 * without is new, a preset left out is removed (calls already made keep its label).
 */
export const CallPresetsBody = z.strictObject({
  presets: z
    .array(
      z.strictObject({
        id: z.int().positive().optional(),
        label: callPresetLabel,
        translations: callPresetTranslations.optional(),
      }),
    )
    .max(LIMITS.callPresetsMax),
});
export const CreateStaffCallBody = z
  .strictObject({
    client_call_id: z.uuid(),
    preset_ids: z
      .array(z.int().positive())
      .max(LIMITS.callPresetsMax)
      .refine((ids) => new Set(ids).size === ids.length, 'must not name a preset twice'),
    /** A free request: trimmed, empty = none. */
    note: z.string().trim().max(LIMITS.noteMax).optional(),
    /** Like an order's: the seating the tablet saw; a call from a seating that has ended is refused. */
    session_id: z.int().positive().nullable().optional(),
  })
  .refine((b) => b.preset_ids.length > 0 || !!b.note, {
    message: 'choose at least one request or write a note',
    path: ['preset_ids'],
  });
export const UpdateStaffCallBody = z.strictObject({ status: z.enum(STAFF_CALL_STATUSES) });
export const StaffCallsQuery = z.strictObject({
  status: z
    .string()
    .optional()
    .transform((s, ctx) => {
      const list = (s ?? 'open,acknowledged').split(',').map((x) => x.trim());
      for (const st of list) {
        if (!(STAFF_CALL_STATUSES as readonly string[]).includes(st)) {
          ctx.addIssue({ code: 'custom', message: `unknown status "${st}"` });
          return z.NEVER;
        }
      }
      return list as (typeof STAFF_CALL_STATUSES)[number][];
    }),
});

/** Bill (API-2 "Bill and payments"): `?split=N` adds N amounts that add up to what is due. */
export const BillQuery = z.strictObject({
  split: digits('a whole number').pipe(z.int().min(LIMITS.splitMin).max(LIMITS.splitMax)).optional(),
});

/** A guest phone's invite code (T11): 43 base64url characters as issued. */
export const GuestLoginBody = z.strictObject({ code: z.string().trim().min(16).max(128) });

/** Checkout and floor (API-2 "Bill and payments", "Floor"). */
export const PAYMENT_METHODS = ['cash', 'card', 'transfer', 'other'] as const;
export const CreatePaymentBody = z.strictObject({
  client_payment_id: z.uuid(),
  method: z.enum(PAYMENT_METHODS),
  amount: z.int().min(1).max(LIMITS.paymentMax),
  note: z.string().trim().max(LIMITS.paymentNoteMax).optional(),
});
export const VoidPaymentBody = z.strictObject({
  reason: z.string().trim().min(1).max(LIMITS.voidReasonMax),
});
export const MoveTableBody = z.strictObject({ to_table_id: z.int().positive() });
export const MergeTableBody = z.strictObject({ into_table_id: z.int().positive() });
export const GuestCountBody = z.strictObject({ guest_count: z.int().min(1).max(LIMITS.guestCountMax) });

export type SetupInput = z.infer<typeof SetupBody>;
export type CreatePaymentInput = z.infer<typeof CreatePaymentBody>;
export type CallPresetsInput = z.infer<typeof CallPresetsBody>;
export type CreateStaffCallInput = z.infer<typeof CreateStaffCallBody>;
export type CreateOrderInput = z.infer<typeof CreateOrderBody>;
export type CreateMenuInput = z.infer<typeof CreateMenuBody>;
export type UpdateMenuInput = z.infer<typeof UpdateMenuBody>;
export type OptionGroupInputValue = z.infer<typeof OptionGroupInput>;
export type CategoryInput = z.infer<typeof UpdateCategoryBody>;
export type HistoryQueryInput = z.infer<typeof HistoryQuery>;
export type ReportQueryInput = z.infer<typeof ReportQuery>;
