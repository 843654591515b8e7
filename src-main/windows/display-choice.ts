import type { BrowserWindowConstructorOptions, Display, Rectangle } from 'electron';
import type { KitchenMode, KitchenSettings } from '../desktop/settings';
import type { DesktopStrings } from '../desktop/strings';

/**
 * Which monitor shows the kitchen board. Pure functions over Electron's `screen` data so the
 * rules can be tested without a screen.
 */

export type DisplayInfo = Pick<Display, 'id' | 'label' | 'bounds' | 'workArea' | 'size'>;

function sameRect(a: Rectangle, b: Rectangle): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}

/**
 * The remembered display if it is still connected (by id, else where it was), otherwise a
 * secondary display (the kitchen monitor is usually the extra one), otherwise the primary.
 */
export function chooseKitchenDisplay<D extends DisplayInfo>(
  displays: readonly D[],
  primaryId: number,
  saved: Pick<KitchenSettings, 'displayId' | 'bounds'>,
): D | null {
  if (displays.length === 0) return null;
  const byId = saved.displayId === undefined ? undefined : displays.find((d) => d.id === saved.displayId);
  if (byId) return byId;
  const byBounds = saved.bounds ? displays.find((d) => sameRect(d.bounds, saved.bounds!)) : undefined;
  if (byBounds) return byBounds;
  return displays.find((d) => d.id !== primaryId) ?? displays.find((d) => d.id === primaryId) ?? displays[0]!;
}

/** "모니터 2 — DELL U2415 1920×1200 (주 모니터)" */
export function displayLabel(
  display: DisplayInfo,
  index: number,
  primaryId: number,
  t: DesktopStrings,
): string {
  const name = display.label ? ` — ${display.label}` : '';
  const primary = display.id === primaryId ? ` (${t.primary})` : '';
  return `${t.display(index + 1)}${name} ${display.size.width}×${display.size.height}${primary}`;
}

/** Window options that put the board on `display` in the chosen mode. */
export function kitchenWindowOptions(
  display: DisplayInfo | null,
  mode: KitchenMode,
): Omit<BrowserWindowConstructorOptions, 'webPreferences' | 'show'> {
  const area = display?.workArea;
  const placement = area
    ? mode === 'window'
      ? {
          x: area.x + Math.round(area.width * 0.1),
          y: area.y + Math.round(area.height * 0.1),
          width: Math.round(area.width * 0.8),
          height: Math.round(area.height * 0.8),
        }
      : { x: area.x, y: area.y, width: area.width, height: area.height }
    : { width: 1280, height: 800 };
  return {
    ...placement,
    fullscreen: mode === 'fullscreen',
    kiosk: mode === 'kiosk',
    autoHideMenuBar: true,
    backgroundColor: '#111111',
  };
}
