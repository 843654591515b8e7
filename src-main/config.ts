/**
 * The store's start-up settings, read once from TABLE_ORDER_* variables and command-line flags
 * by both entries (headless and desktop). Everything is validated here, at the edge: a bad value
 * stops the start with one line per problem that names the variable and what it takes.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { LogLevel } from './logging/logger';

/** The HTTPS port when TABLE_ORDER_HTTPS_PORT is not set. */
export const DEFAULT_HTTPS_PORT = 7743;

export interface StoreConfig {
  dataDir: string;
  host: string;
  port: number;
  /** Create the demo store when the database has no store yet. */
  demo: boolean;
  demoPassword: string | undefined;
  logLevel: LogLevel;
  publicUrl: string | undefined;
  timeZone: string | undefined;
  /** Put a backup in place before opening: 'latest' or a backup file name. */
  restore: string | undefined;
  /** After a refused start: begin an empty store on purpose instead of restoring a backup. */
  acceptNewStore: boolean;
  /** Orders one table may place per minute; 0 turns the limit off (load tests, benchmarks). */
  tableOrdersPerMinute: number;
  /** HTTPS on a second port with the store's own CA; undefined when TABLE_ORDER_HTTPS_PORT=off. */
  https: { port: number } | undefined;
}

/** What differs between the entries: the desktop keeps data in the user folder, shops get setup. */
export interface ConfigDefaults {
  dataDir: string;
  demo: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`The store server's settings are not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const optional = (s: string | undefined) => (s === undefined || s.trim() === '' ? undefined : s.trim());

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

function validTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const hostPattern =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$|^[0-9a-fA-F:]+$/;

const EnvSchema = z.object({
  TABLE_ORDER_DATA_DIR: z.string().optional(),
  TABLE_ORDER_HOST: z
    .string()
    .regex(hostPattern, 'must be an IP address or a host name, e.g. 0.0.0.0 or 127.0.0.1')
    .optional(),
  TABLE_ORDER_PORT: wholeNumber(0, 65535).optional(),
  TABLE_ORDER_DEMO: z.enum(['0', '1'], { error: 'must be 0 or 1' }).optional(),
  TABLE_ORDER_DEMO_PASSWORD: z.string().min(6, 'must be at least 6 characters').max(128).optional(),
  TABLE_ORDER_PUBLIC_URL: z
    .url({
      protocol: /^https?$/,
      error: 'must be an http:// or https:// address, e.g. http://192.168.0.10:7780',
    })
    .optional(),
  TABLE_ORDER_TIMEZONE: z
    .string()
    .refine(validTimeZone, 'must be an IANA time zone, e.g. Asia/Seoul')
    .optional(),
  TABLE_ORDER_LOG_LEVEL: z
    .enum(['error', 'warn', 'info', 'debug'], { error: 'must be error, warn, info or debug' })
    .optional(),
  TABLE_ORDER_RESTORE: z.string().optional(),
  TABLE_ORDER_NEW_STORE: z.enum(['0', '1'], { error: 'must be 0 or 1' }).optional(),
  TABLE_ORDER_TABLE_ORDERS_PER_MINUTE: wholeNumber(0, 100_000).optional(),
  TABLE_ORDER_HTTPS_PORT: z
    .union([z.literal('off'), wholeNumber(0, 65535)], {
      error: 'must be a port number from 0 to 65535, or off',
    })
    .optional(),
});

/**
 * Flags: `--restore-latest`, `--restore NAME` (`--restore=NAME`), `--new-store`, `--data-dir DIR`,
 * `--port N`.
 */
function readFlags(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      'restore-latest': { type: 'boolean' },
      'new-store': { type: 'boolean' },
      restore: { type: 'string' },
      'data-dir': { type: 'string' },
      port: { type: 'string' },
    },
  });
  return values;
}

export function loadConfig(
  env: Record<string, string | undefined>,
  argv: string[],
  defaults: ConfigDefaults,
): StoreConfig {
  let flags: ReturnType<typeof readFlags>;
  try {
    flags = readFlags(argv);
  } catch (error) {
    throw new ConfigError([
      `${error instanceof Error ? error.message : String(error)} (known flags: --restore-latest, --restore NAME, --new-store, --data-dir DIR, --port N)`,
    ]);
  }
  // Empty variables count as unset, as a shell's `VAR= npm start` means.
  const raw: Record<string, string | undefined> = {};
  for (const key of Object.keys(EnvSchema.shape)) raw[key] = optional(env[key]);
  if (flags.port !== undefined) raw.TABLE_ORDER_PORT = flags.port;
  if (flags['data-dir'] !== undefined) raw.TABLE_ORDER_DATA_DIR = flags['data-dir'];

  const parsed = EnvSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const key = String(issue.path[0]);
        return `${key} ${issue.message} (got "${raw[key]}")`;
      }),
    );
  }
  const v = parsed.data;
  const restore = flags['restore-latest'] ? 'latest' : (optional(flags.restore) ?? v.TABLE_ORDER_RESTORE);
  return {
    dataDir: path.resolve(v.TABLE_ORDER_DATA_DIR ?? defaults.dataDir),
    host: v.TABLE_ORDER_HOST ?? '0.0.0.0',
    port: v.TABLE_ORDER_PORT ?? 7780,
    demo: v.TABLE_ORDER_DEMO === undefined ? defaults.demo : v.TABLE_ORDER_DEMO === '1',
    demoPassword: v.TABLE_ORDER_DEMO_PASSWORD,
    logLevel: v.TABLE_ORDER_LOG_LEVEL ?? 'info',
    publicUrl: v.TABLE_ORDER_PUBLIC_URL?.replace(/\/+$/, ''),
    timeZone: v.TABLE_ORDER_TIMEZONE,
    restore,
    acceptNewStore: Boolean(flags['new-store']) || v.TABLE_ORDER_NEW_STORE === '1',
    tableOrdersPerMinute: v.TABLE_ORDER_TABLE_ORDERS_PER_MINUTE ?? 20,
    https:
      v.TABLE_ORDER_HTTPS_PORT === 'off'
        ? undefined
        : { port: v.TABLE_ORDER_HTTPS_PORT ?? DEFAULT_HTTPS_PORT },
  };
}
