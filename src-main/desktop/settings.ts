import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { DesktopLog } from './desktop-log';

/**
 * The few choices the desktop shell remembers between starts (which monitor shows the kitchen
 * board, and how). Kept apart from the store database: it belongs to this PC, not the store,
 * so a restored backup on another PC does not drag a monitor id along.
 */

const rectSchema = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() });

export const kitchenModeSchema = z.enum(['fullscreen', 'kiosk', 'window']);
export type KitchenMode = z.infer<typeof kitchenModeSchema>;

const settingsSchema = z.object({
  kitchen: z
    .object({
      displayId: z.number().optional(),
      /** Where that display was, to find it again if the OS renumbers displays. */
      bounds: rectSchema.optional(),
      mode: kitchenModeSchema.default('fullscreen'),
      /** Set once the manager has picked a display: the board then opens at every start. */
      openOnStart: z.boolean().default(false),
    })
    .default({ mode: 'fullscreen', openOnStart: false }),
});

export type DesktopSettings = z.infer<typeof settingsSchema>;
export type KitchenSettings = DesktopSettings['kitchen'];

export const SETTINGS_FILE = 'desktop-settings.json';

export function defaultSettings(): DesktopSettings {
  return settingsSchema.parse({});
}

/** Reads the settings; a missing or damaged file gives the defaults (and a warning), never a crash. */
export function loadSettings(dir: string, log?: DesktopLog): DesktopSettings {
  const file = path.join(dir, SETTINGS_FILE);
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    return defaultSettings();
  }
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data;
    log?.warn(`ignoring invalid ${SETTINGS_FILE}: ${parsed.error.message}`);
  } catch (err) {
    log?.warn(`ignoring unreadable ${SETTINGS_FILE}`, err);
  }
  return defaultSettings();
}

/** Writes atomically (temp file + rename) so a power cut leaves the old or the new file, not half. */
export function saveSettings(dir: string, settings: DesktopSettings): void {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, SETTINGS_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(settingsSchema.parse(settings), null, 2)}\n`);
  renameSync(tmp, file);
}
