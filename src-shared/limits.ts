/** Limits of API.md ("Limits"). */
export const LIMITS = {
  nameMax: 100,
  descriptionMax: 500,
  priceMin: 1,
  priceMax: 10_000_000,
  quantityMin: 1,
  quantityMax: 99,
  orderLinesMax: 50,
  tableNumberMin: 1,
  tableNumberMax: 999,
  passwordMin: 4,
  /** Table passwords set from now on; older, shorter ones work until changed (API-2). */
  tablePasswordMin: 6,
  passwordMax: 64,
  jsonBodyBytes: 64 * 1024,
  imageBytes: 2 * 1024 * 1024,
  historyPageDefault: 50,
  historyPageMax: 200,
  /** Menu options (API-2 "Menu"). */
  optionGroupsMax: 10,
  optionsPerGroupMax: 20,
  optionNameMax: 50,
  priceDeltaMin: -1_000_000,
  priceDeltaMax: 1_000_000,
  originMax: 200,
  prepMinutesMin: 1,
  prepMinutesMax: 120,
  /** A cart line's request to the kitchen (API-2 "Orders with options and requests"). */
  noteMax: 100,
  /** Kitchen stations per store and their names (K5). */
  stationsMax: 20,
  stationNameMax: 30,
  /** Staff call presets per store (API-2 "Staff calls") and their labels. */
  callPresetsMax: 12,
  callPresetLabelMax: 20,
  /** Open (not done) staff calls per table; one more is a 429. */
  openCallsPerTable: 6,
  /** GET /api/admin/staff-calls: the oldest this many open calls. */
  staffCallsListMax: 200,
  /** GET /api/staff-calls: the newest this many calls of the seating. */
  tableCallsListMax: 50,
  /** Guest-phone invites (T11): at most this long, and at most this many kept per table. */
  guestInviteMaxMs: 4 * 3600_000,
  guestInvitesPerTable: 5,
  /** GET /api/admin/tables/:id/bill?split=N (API-2 "Bill and payments"). */
  splitMin: 2,
  splitMax: 20,
  /** One payment (A12), a void's reason, guests per seating (A13). */
  paymentMax: 100_000_000,
  paymentNoteMax: 100,
  voidReasonMax: 200,
  guestCountMax: 99,
  /** Printers per store (A14), their names and host names, copies per ticket. */
  printersMax: 10,
  printerNameMax: 30,
  printerHostMax: 253,
  printCopiesMax: 5,
  /** GET /api/admin/print-jobs: the newest this many matching jobs. */
  printJobsListMax: 200,
  /** GET /api/admin/dashboard: merged dishes listed per table card; the rest are counted in `dishes_more`. */
  dashboardDishesMax: 12,
  /** GET /api/orders and the table SSE snapshot: the newest this many orders of the session. */
  tableOrdersListMax: 200,
  /** GET /api/admin/orders: the oldest this many matching orders (the ones to cook first). */
  adminOrdersListMax: 1000,
  /** GET /api/admin/reports: at most this many store-local days, both ends included (A15). */
  reportDaysMax: 366,
  /** GET /api/admin/audit (A16): entries per page by default and at most. */
  auditPageDefault: 50,
  auditPageMax: 200,
} as const;
