/**
 * The one-time setup code (SPEC S3): when a server starts without a store, anyone on the LAN
 * could otherwise claim it with POST /api/setup. The code is made at start, shown on the store
 * PC (start-up lines, SETUP_CODE.txt readable only by its user) and needed for a setup from
 * any other device; a setup from the store PC itself (loopback) needs none. It is forgotten and
 * its file removed once the store exists.
 */
import { randomInt, timingSafeEqual } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sha256 } from './crypto';
import type { ServiceContext } from './context';

export const SETUP_CODE_FILE = 'SETUP_CODE.txt';
// No look-alikes (0/O, 1/I/L): the code is read off one screen and typed on another.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const LENGTH = 10;

const codes = new WeakMap<ServiceContext, { hash: string; file: string }>();

function normalize(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** Makes this start's code and writes it to <dataDir>/SETUP_CODE.txt (mode 0600). */
export function issueSetupCode(ctx: ServiceContext): string {
  const raw = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  const code = `${raw.slice(0, 5)}-${raw.slice(5)}`;
  const file = path.join(ctx.config.dataDir, SETUP_CODE_FILE);
  writeFileSync(
    file,
    [
      'Table Order setup code',
      '',
      `  ${code}`,
      '',
      'Enter it in the setup screen when setting up the store from another device.',
      'It works once; on the store PC itself no code is needed.',
      '',
    ].join('\n'),
    { mode: 0o600 },
  );
  codes.set(ctx, { hash: sha256(raw), file });
  return code;
}

export function checkSetupCode(ctx: ServiceContext, code: string | undefined): boolean {
  const current = codes.get(ctx);
  if (!current || !code) return false;
  const given = Buffer.from(sha256(normalize(code)));
  const expected = Buffer.from(current.hash);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function clearSetupCode(ctx: ServiceContext): void {
  const current = codes.get(ctx);
  if (!current) return;
  codes.delete(ctx);
  rmSync(current.file, { force: true });
}
