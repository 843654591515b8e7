/**
 * Builds docs/api.md from the routes the store server registers and their zod schemas, so the
 * reference cannot drift from the code (tests/unit/docs/api-reference.test.ts compares).
 * `npm run docs:api` writes the file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import * as prettier from 'prettier';
import { createStoreServer } from '../src-main/server/create-store-server';
import type { RouteEntry } from '../src-main/server/app';
import { EVENT_TYPES, TABLE_EVENT_TYPES } from '../src-shared/events';

type Json = { [k: string]: unknown };

/** A compact, TypeScript-like line for a JSON schema: `{id: integer, name: string | null}`. */
function typeText(s: Json | undefined): string {
  if (!s || Object.keys(s).length === 0) return 'any';
  if (Array.isArray(s.anyOf)) return (s.anyOf as Json[]).map(typeText).join(' | ');
  if (Array.isArray(s.enum)) return (s.enum as unknown[]).map((v) => JSON.stringify(v)).join(' | ');
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.type === 'null') return 'null';
  if (s.type === 'array') {
    const items = (s.items ?? {}) as Json;
    const union = Array.isArray(items.anyOf) || Array.isArray(items.enum);
    return union ? `(${typeText(items)})[]` : `${typeText(items)}[]`;
  }
  if (s.type === 'object') {
    const props = (s.properties ?? {}) as Record<string, Json>;
    const required = new Set((s.required ?? []) as string[]);
    const fields = Object.entries(props).map(([k, v]) => `${k}${required.has(k) ? '' : '?'}: ${typeText(v)}`);
    return `{${fields.join(', ')}}`;
  }
  if (s.type === 'integer' || s.type === 'number') return limits(String(s.type), s.minimum, s.maximum);
  if (s.type === 'string') {
    const extra = s.pattern ? ` /${String(s.pattern)}/` : '';
    return limits('string', s.minLength, s.maxLength) + extra;
  }
  return String(s.type ?? 'any');
}

function limits(name: string, min: unknown, max: unknown): string {
  if (min === undefined && max === undefined) return name;
  const big = (v: unknown) => typeof v === 'number' && Math.abs(v) >= Number.MAX_SAFE_INTEGER;
  const lo = min === undefined || big(min) ? '' : String(min);
  const hi = max === undefined || big(max) ? '' : String(max);
  return lo || hi ? `${name} (${lo}..${hi})` : name;
}

function schemaText(schema: unknown, io: 'input' | 'output'): string {
  if (!(schema instanceof z.ZodType)) return 'any';
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Json;
  return typeText(json);
}

/** Where this reference says more than /work/shared/API.md, or says it more exactly. */
const NOTES: Record<string, string> = {
  'GET /health': 'Adds to API.md: `setup_required` (true while the server has no store).',
  'GET /api/admin/tables':
    "Adds to API.md: `tablet_url` (the address tablets on the LAN open), `tablet_https_url` (the same over the store's HTTPS, null when HTTPS is off) and each table's `tablet_online`, `session`, `created_at` and `last_secure` (whether its tablet last called over HTTPS; null until it has called).",
  'GET /api/tls':
    "HTTPS on the store LAN (docs/tablets.md): `enabled`, `https_url` (the advertised HTTPS base, e.g. `https://192.168.0.10:7743`), `ca_url` (always `/tls/store-ca.crt`) and `ca_sha256` (the store CA's SHA-256 fingerprint, colon hex, for a check by eye). Answered on both ports.",
  'GET /api/tls/check':
    '204, no body, with `Access-Control-Allow-Origin: *`, on both ports: the plain-HTTP onboarding page fetches it from the HTTPS origin; success means the tablet trusts the store CA.',
  'GET /tls/store-ca.crt':
    'The store CA certificate (PEM) as `application/x-x509-ca-cert`, `Content-Disposition: attachment; filename="table-order-store-ca.crt"`, on both ports; 404 `NOT_FOUND` when HTTPS is off.',
  'POST /api/admin/tables': 'The created table has the fields of a `GET /api/admin/tables` item.',
  'POST /api/admin/tables/:id/pairing': 'Answers 201 (API.md gives the body only).',
  'POST /api/table/login':
    'Adds to API.md: `device_key`, a long-lived key for `POST /api/table/device-login` (the tablet keeps it instead of the password).',
  'POST /api/table/pair': 'Adds to API.md: `device_key`, as for `POST /api/table/login`.',
  'POST /api/table/device-login':
    "Added: a paired tablet's `device_key` for a fresh token, without a password. Throttled like the logins (per key and LAN address). 401 once the key is revoked: the table's password was changed, the table deleted, or its tablets unpaired.",
  'DELETE /api/admin/tables/:id/devices':
    "Added: unpairs the table's tablets (revokes every device key and ends the table's logins); `revoked` counts the keys.",
  'GET /api/call-presets':
    'API-2 (T9): the staff-call buttons in display order; labels in Korean with `translations` per guest language (`{en?: {label}, zh?: {label}, ja?: {label}}`). A new store starts with 물, 수저·젓가락, 앞접시, 물티슈, 계산 요청.',
  'PUT /api/admin/call-presets':
    'API-2 (T9): replaces the list in the order sent — an entry with `id` keeps that preset (renamed), one without is new, a preset left out is removed (calls already made keep its label). An unknown or repeated `id` is a 400 at its path. Nothing is emitted; tablets read the list when the call sheet opens.',
  'POST /api/staff-calls':
    "API-2 (T9): 201 the new call, 200 the same call again for a repeated `client_call_id` (409 if that id is another table's). `session_id` works as on `POST /api/orders` (409 `SESSION_ENDED` when the seating the tablet saw has ended). A call at a table with no seating starts one (like a first order). More than 6 calls not yet done at one table: 429 with `Retry-After`. Events `call.created` on the admin channel and the table's.",
  'GET /api/staff-calls':
    "API-2 (T9): the calls of the table's active seating, newest first (at most 50); `{calls: []}` when there is none.",
  'GET /api/admin/staff-calls':
    'API-2 (T9): `status` is a comma list (default `open,acknowledged`); oldest first, at most 200. Kitchen staff may read and answer calls.',
  'PUT /api/admin/staff-calls/:id':
    'API-2 (T9): `open → acknowledged → done` or `open → done`; the same status again is 200 without an event; any other change is a 409. Event `call.updated`. Ending a seating (이용 완료) sets its unfinished calls to `done`, each with `call.updated`.',
  'GET /api/bill':
    "API-2 (T10): the active seating's bill; 404 when the table has none. Lines merge the seating's order lines with the same dish, options (`options` = the chosen options' names), request and unit price, in the order first ordered. Until checkout exists `paid_amount` is 0 and `payments` empty; `guest_count` is null.",
  'GET /api/admin/tables/:id/bill':
    'API-2: as `GET /api/bill` for the table; `split=N` (2–20) adds `split_amounts`: N whole-won amounts adding up to `due_amount`, the extra won on the first ones (10,001 / 3 = 3,334 + 3,334 + 3,333).',
  'POST /api/table/guest-invite':
    "API-2 (T11): the QR for guests' phones, from the table's tablet only (a guest phone gets 403). `url` is `<tablet address>/table/guest?code=…`. Valid for 4 hours at most and only until the table's current seating ends — or the next one, if the table is empty now. A table keeps its 5 newest invites.",
  'POST /api/table/guest-login':
    "API-2 (T11): a phone trades the invite `code` for a table token marked `guest: true` (no `device_key`). Throttled like the logins (per code and LAN address). The token works for the table's menu, orders, staff calls, bill and event stream; it ends — 401 from then on, and its event stream closes after `session.ended` — when the seating ends, the table's password changes, or the manager disconnects the table's phones. A guest phone does not count as the tablet being online.",
  'DELETE /api/admin/tables/:id/guest-phones':
    "Added (T11): ends every guest-phone login of the table and its QR invites, and closes their event streams; `revoked` counts the logins. The table's tablet stays signed in.",
  'POST /api/admin/tables/:id/payments':
    "API-2 (A12): 201 the payment, 200 the same payment again for a repeated `client_payment_id` (409 if that id was used with another method, amount or note). 409 when the table has no seating or `amount` is more than is due. Audited; event `bill.updated` on the admin channel and the table's.",
  'DELETE /api/admin/payments/:id':
    'API-2 (A12): body `{reason}` (1–200 characters). The payment stays listed with `voided_at` and no longer counts as paid; voiding it again is a 204 without change. 409 when its seating has ended. Audited; event `bill.updated`.',
  'POST /api/admin/tables/:id/move':
    'API-2 (A13): 400 at `to_table_id` for an unknown table or the same table; 409 when this table has no seating or the target has one. Events: `session.ended` with `reason: "moved"` to this table, `order.updated` for every moved order, `bill.updated` and `table.updated` for both tables. The table\'s guest phones are signed out. Audited.',
  'POST /api/admin/tables/:id/merge':
    'API-2 (A13): 400 at `into_table_id` for an unknown table or the same table; 409 unless both tables have a seating. Guest counts add up. The source seating ends with `end_reason` merged (it is not archived: its orders now belong to the target). Events as for a move, with `reason: "merged"`. Audited.',
  'PUT /api/admin/tables/:id/session':
    'API-2 (A13): 409 when the table has no seating. `POST /api/orders` also takes an optional `guest_count` (1–99), kept only when none is recorded yet. Event `table.updated`.',
  'POST /api/admin/tables/:id/session/end':
    "Adds to API.md: `unpaid_amount`, what was still due (it is kept with the seating and totalled in the day summary's `unpaid`). Audited with the total, paid and unpaid amounts. The seating's unfinished staff calls become done and its guest phones are signed out.",
  'POST /api/admin/images':
    'Body: the raw image bytes, `Content-Type: image/png`, `image/jpeg` or `image/webp`; at most 2 MiB.',
  'GET /api/admin/dashboard':
    "Adds to API.md (existing fields unchanged), per table: `dishes`, the open seating's lines merged by dish + options in the order first ordered, quantities added (`[{menu_id, menu_name, option_ids, options, quantity}]`, at most 12; `dishes_more` counts the merged dishes left out), and `first_order_at`, when its oldest remaining order was placed (null without orders). A deleted order leaves both; a move or merge takes them to the target table. The admin SSE snapshot carries the same fields.",
  'GET /api/admin/summary.csv': 'Answers `text/csv` (UTF-8 with BOM, CRLF lines), not JSON.',
  'GET /api/admin/events': `SSE. Event types: ${EVENT_TYPES.join(', ')}; control events snapshot (the dashboard) and resync.`,
  'GET /api/table/events': `SSE. Event types: ${TABLE_EVENT_TYPES.join(', ')}; control events snapshot (\`GET /api/orders\`) and resync.`,
  'POST /api/admin/backups/:name/restore': 'Answers 200 with the restored backup.',
  'POST /api/admin/menus':
    'API-2 fields: `option_groups` (each group needs `name`, `min_select`, `max_select` and 1–20 `options`; an option defaults to `price_delta` 0, `available` true), `translations`, `origin` (trimmed; empty = null), `allergens` and `badges` (a code sent twice is kept once), `prep_minutes`. A dish whose cheapest choice (base price plus, per group, its `min_select` cheapest deltas and any further negative ones up to `max_select`) is below 0 won is a 400 at `option_groups`; exactly 0 is allowed.',
  'PUT /api/admin/menus/:id':
    "`option_groups` replaces the list in the order sent: with `id` keeps that group/option (an option may move to another group of the same dish; its omitted `price_delta`, `available` and `translations`, and a group's omitted `translations`, keep their values), without `id` creates, left out removes; an `id` that is not this dish's, or named twice, is a 400 at its path. Without `option_groups` the groups stay as they are. Lowering `price` is checked against the below-0 rule too (400 at `price`). Marking one option sold out = sending the list with `available: false` on it.",
  'POST /api/admin/categories':
    '`translations` {en?, zh?, ja?: {name}}; `station_id` an existing station of the store or null (the default station); another id is a 400 at `station_id`. `GET /api/admin/categories` and `GET /api/admin/menus` are readable by kitchen staff too (the board reads prep-time targets and stations).',
  'GET /api/admin/stations':
    'K5. Ordered by `display_order`, then id. A new store has none (the demo store ships 주방, 분식, 음료). Every station change sends `menu.updated`.',
  'POST /api/admin/stations':
    'Names are trimmed, 1–30 characters, unique per store (409 CONFLICT); at most 20 stations per store (the 21st is a 409 CONFLICT). `display_order` defaults to after the last.',
  'DELETE /api/admin/stations/:id':
    "The station's categories move to the default station (`station_id` null).",
  'GET /api/admin/printers':
    'A14 (docs/printing.md). `status` is read from the printer (DLE EOT) every few seconds and after every job: `unknown` until the first answer after a start. `queued` = jobs not yet confirmed. `korean_mode` is `codepage` (KS C 5601 / CP949). Every change — settings, status, queue, deletion — goes out as `printer.updated {printer}` on the admin channel.',
  'GET /api/admin/printer-status':
    'A14. The same list for kitchen staff too (the board shows an alert when a kitchen printer is not `ok`); `GET /api/admin/printers` stays manager-only per API-2.',
  'POST /api/admin/printers':
    'Names 1–30 characters, unique per store (409); at most 10 printers per store (409). `host` an IPv4 address or host name; `port` 1–65535, default 9100; `station_ids` existing stations (else 400), empty = every station; `copies` 1–5 (kitchen tickets).',
  'POST /api/admin/printers/:id/test': 'Queues a test slip (Korean sample line); 202 `{job_id}`.',
  'GET /api/admin/print-jobs':
    '`status` a comma list of `pending`, `failed`, `done` (default `pending,failed`); newest first, at most 200. `failed` = tried at least 3 times and not confirmed: still retried with backoff (up to 30 s). Kitchen staff may read it.',
  'POST /api/admin/print-jobs/:id/reprint':
    'Manager or kitchen. A job not yet confirmed is tried now (the same `job_id`); a printed one is copied into a new job, headed 재출력. 202 `{job_id}`.',
  'POST /api/admin/tables/:id/print-bill':
    "Body `{open_drawer?}` (a JSON object, `{}` for none). The active session's bill on the first enabled receipt printer; `open_drawer` sends ESC p first. 409 when the table has no open session or the store has no receipt printer. 202 `{job_id}`.",
  'GET /api/admin/orders':
    "`station_id` (API-2): only orders with a line of that station; `0` = the default station (lines whose category has no station). Every line carries its `station_id` (the station of its dish's category when read; null = default), and an order's other lines stay in the answer.",
  'PUT /api/admin/orders/:id/items/:item_id/status':
    "K6. A line moves like an order (one step forward or back; the same status is a no-op 200; else 409 CONFLICT); an unknown order or a line of another order is 404. The order's status then follows its lines: all completed → completed, any preparing or completed → preparing, else pending. The answer is the whole order, and the same order goes out as `order.updated` to the store channel and the order's table in the same transaction.",
  'POST /api/orders':
    "API-2: items `{menu_id, quantity, option_ids?, note?}`. Option refusals are 400 at `items.N.option_ids` (not an option of that dish or unknown, sold out, a group below `min_select` or above `max_select`, an id twice); `note` is trimmed, at most 100 characters, empty = null. Lines list their `options` in the dish's group and option order, whatever order `option_ids` came in. Each item is its own line (the same dish with other options or note is another line). Idempotency compares dish, quantity, the set of option ids and the trimmed note of every line: the same again is 200 with the first order, anything else 409 CONFLICT (like other items). Line `status` is the order's until a line is set on its own (K6, `PUT /api/admin/orders/:id/items/:item_id/status`); `PUT /api/admin/orders/:id/status` sets every line.",
  'GET /api/admin/summary':
    '`by_menu` is one row per dish as in API.md; `by_menu_options` breaks each dish down by the options chosen (names as ordered; `options: []` for lines without), ordered like `by_menu`, then by quantity. Notes are free text and are not totalled; they show on the order lines of history. The CSV adds the same breakdown as a section `메뉴 ID, 메뉴, 옵션, 수량, 매출 합계` (옵션 없음 for plain lines). API-2 adds `by_method` (payments of the day that are not voided, by method) and `unpaid` (seatings that ended that day with money due: amount and count); the CSV adds them as `결제 수단, 금액, 건수` and a `미결제 (이용 완료 시)` row.',
  'GET /api/admin/reports':
    "API-2 (A15). `from` and `to` are store-local days (YYYY-MM-DD), both included: none = today, `from` alone runs to today, `to` alone is that one day. More than 366 days, `from` after `to`, or a date that is not real is a 400 at `from` or `to`. Orders count by when they were placed, in the store's time zone, live and archived alike; deleted orders never count. `by_day` lists every day of the range, `by_hour` all 24 hours, `by_weekday` all 7 days (0 = Sunday); `by_menu` by sales, largest first, under the name each dish was last sold as; `by_table` by table number. `by_method`: payments taken in the range that are not voided. `guest_count`: the guest counts of the seatings that started in the range (a seating merged into another is counted in the one it joined). `prep_seconds`: from placing to served (`completed`; the time it last became completed) over the range's served orders, nearest-rank p50/p90 in whole seconds, null when none was served.",
  'GET /api/admin/reports.csv':
    'The same report as `text/csv` (UTF-8 with BOM, CRLF lines) with `Content-Disposition: attachment; filename="report-FROM-TO.csv"`: sections 합계, 일별, 시간대별, 요일별 (월 … 일), 메뉴별, 테이블별, 결제 수단별, 조리 시간, each a title row, then its rows (after a header row where the section is a table), separated by a blank line. Durations are in seconds; an empty median is an empty field.',
  'GET /api/admin/audit':
    'API-2 (A16). Newest first: `order.deleted`, `payment.recorded`, `payment.voided`, `session.ended`, `session.moved`, `session.merged`, `backup.restored`. `from`/`to` are store-local days (both included; `stores.time_zone`); `staff_id` and `action` filter; `limit` 1–200, default 50. `next_cursor` (opaque; null on the last page) continues after the last entry: pages never repeat or skip an entry, also when new ones are written between pages (those start a fresh first page). A cursor this server did not give is a 400 at `cursor`. `staff` is the account and its username at the time (null for what the store did by itself, e.g. a restore at startup); `target.label` says in Korean what was acted on (`주문 ORD-… · 테이블 5`, `결제 ₩12,000 카드 · 테이블 2`, `테이블 3 → 7`, `백업 <name>`); `detail` holds the facts as recorded (the deleted order, amount and method, void reason, tables, the backup and its `pre_restore` copy). A restore is recorded inside the restored database, so it stays in the log that is kept.',
  'GET /api/admin/history':
    "Lines carry `id`, `base_price`, `note`, `options` and `status` as archived; orders archived before options existed read `base_price = unit_price`, `options: []`, `note: null` and the order's status, with line ids given when the database was upgraded.",
};

function routeSection(r: RouteEntry): string {
  const key = `${r.method} ${r.url}`;
  const schema = (r.schema ?? {}) as Record<string, unknown>;
  const roles = r.config.roles;
  const lines = [`### \`${key}\``, ''];
  lines.push(`- Auth: ${r.config.public ? 'none' : roles?.length ? roles.join(', ') : 'nobody (no roles)'}`);
  if (schema.params) lines.push(`- Path: \`${schemaText(schema.params, 'input')}\``);
  if (schema.querystring) lines.push(`- Query: \`${schemaText(schema.querystring, 'input')}\``);
  if (schema.body) lines.push(`- Body: \`${schemaText(schema.body, 'input')}\``);
  const responses = (schema.response ?? {}) as Record<string, unknown>;
  for (const [status, s] of Object.entries(responses))
    lines.push(`- ${status}: \`${schemaText(s, 'output')}\``);
  if (!Object.keys(responses).length && !NOTES[key]) lines.push('- 204: no body');
  if (NOTES[key]) lines.push(`- Note: ${NOTES[key]}`);
  return lines.join('\n');
}

/** The reference text for a list of registered routes. */
export function renderApiReference(routes: readonly RouteEntry[]): string {
  const api = routes
    .filter(
      (r) =>
        r.method !== 'HEAD' &&
        (r.url.startsWith('/api/') || r.url === '/health' || r.url.startsWith('/tls/')),
    )
    .sort((a, b) => a.url.localeCompare(b.url) || a.method.localeCompare(b.method));
  const groups: [string, (r: RouteEntry) => boolean][] = [
    ['Public (no token)', (r) => r.config.public === true],
    ['Store API (`/api/admin`, staff token)', (r) => !r.config.public && r.url.startsWith('/api/admin/')],
    ['Tablet API (`/api`, table token)', (r) => !r.config.public && !r.url.startsWith('/api/admin/')],
  ];
  const out = [
    '# Table Order — API reference',
    '',
    '<!-- Generated by `npm run docs:api` from the registered routes and their zod schemas. Do not edit. -->',
    '',
    'The contract is `/work/shared/API.md`; this reference lists every route the store server',
    'registers, with the request and response schemas it enforces. "Note" lines say where it adds',
    'to API.md. Every 4xx/5xx answer is the error envelope',
    '`{detail: string, error_code: string, errors?: {path: string, message: string}[]}`.',
    'A guarded route checks the token (Bearer, or the `to_admin` / `to_table` cookie) before it',
    "reads the body: no token is 401, a token without one of the route's roles is 403.",
    '',
  ];
  for (const [title, match] of groups) {
    out.push(`## ${title}`, '');
    for (const r of api.filter(match)) out.push(routeSection(r), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** Starts a throwaway server (empty data folder, port 0) and renders its routes. */
export async function buildApiReference(): Promise<string> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'table-order-docs-'));
  const server = await createStoreServer({
    dataDir,
    host: '127.0.0.1',
    port: 0,
    logLevel: 'error',
    backups: { intervalMs: 0, onClose: false },
    retention: { intervalMs: 0 },
  });
  try {
    const text = renderApiReference(server.app.routeTable);
    const config = (await prettier.resolveConfig(API_REFERENCE_FILE)) ?? {};
    return await prettier.format(text, { ...config, filepath: API_REFERENCE_FILE });
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export const API_REFERENCE_FILE = path.join(import.meta.dirname, '..', 'docs', 'api.md');
