import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  defaultSettings,
  loadSettings,
  saveSettings,
  SETTINGS_FILE,
} from '../../../src-main/desktop/settings';
import { desktopStrings } from '../../../src-main/desktop/strings';
import {
  chooseKitchenDisplay,
  displayLabel,
  kitchenWindowOptions,
  type DisplayInfo,
} from '../../../src-main/windows/display-choice';
import { memoryLog } from './fakes';

const dirs: string[] = [];
function tempDir() {
  const dir = mkdtempSync(path.join(tmpdir(), 'table-order-settings-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function display(id: number, x: number, width = 1920, height = 1080, label = ''): DisplayInfo {
  const bounds = { x, y: 0, width, height };
  return { id, label, bounds, workArea: { ...bounds, height: height - 40 }, size: { width, height } };
}

describe('desktop settings', () => {
  it('starts from defaults: full screen, not opened at start', () => {
    expect(loadSettings(tempDir())).toEqual({ kitchen: { mode: 'fullscreen', openOnStart: false } });
  });

  it('remembers the kitchen display between starts', () => {
    const dir = tempDir();
    const saved = {
      kitchen: {
        displayId: 2,
        bounds: { x: 1920, y: 0, width: 1280, height: 1024 },
        mode: 'kiosk' as const,
        openOnStart: true,
      },
    };
    saveSettings(dir, saved);
    expect(loadSettings(dir)).toEqual(saved);
    expect(JSON.parse(readFileSync(path.join(dir, SETTINGS_FILE), 'utf8'))).toEqual(saved);
  });

  it('survives a damaged or foreign file with the defaults and a warning', () => {
    const dir = tempDir();
    const log = memoryLog();
    writeFileSync(path.join(dir, SETTINGS_FILE), '{"kitchen": ');
    expect(loadSettings(dir, log)).toEqual(defaultSettings());
    writeFileSync(path.join(dir, SETTINGS_FILE), '{"kitchen": {"mode": "sideways"}}');
    expect(loadSettings(dir, log)).toEqual(defaultSettings());
    expect(log.lines).toHaveLength(2);
  });
});

describe('choosing the kitchen display', () => {
  const laptop = display(1, 0, 1366, 768, 'Built-in');
  const monitor = display(7, 1366, 1920, 1080, 'DELL P2419H');

  it('uses the remembered display while it is connected', () => {
    expect(chooseKitchenDisplay([laptop, monitor], 1, { displayId: 1 })).toBe(laptop);
  });

  it('finds the display again by position when the OS renumbered it', () => {
    expect(chooseKitchenDisplay([laptop, monitor], 1, { displayId: 99, bounds: monitor.bounds })).toBe(
      monitor,
    );
  });

  it('prefers the secondary monitor when nothing is remembered, else the only one', () => {
    expect(chooseKitchenDisplay([laptop, monitor], 1, {})).toBe(monitor);
    expect(chooseKitchenDisplay([laptop], 1, { displayId: 7 })).toBe(laptop);
    expect(chooseKitchenDisplay([], 1, {})).toBeNull();
  });

  it('labels displays for the picker in Korean and English', () => {
    expect(displayLabel(laptop, 0, 1, desktopStrings('ko-KR'))).toBe(
      '모니터 1 — Built-in 1366×768 (주 모니터)',
    );
    expect(displayLabel(monitor, 1, 1, desktopStrings('en-US'))).toBe('Display 2 — DELL P2419H 1920×1080');
  });

  it('places the board on the display in the chosen mode', () => {
    expect(kitchenWindowOptions(monitor, 'fullscreen')).toMatchObject({
      x: 1366,
      y: 0,
      width: 1920,
      height: 1040,
      fullscreen: true,
      kiosk: false,
    });
    expect(kitchenWindowOptions(monitor, 'kiosk')).toMatchObject({ x: 1366, kiosk: true, fullscreen: false });
    const windowed = kitchenWindowOptions(monitor, 'window');
    expect(windowed).toMatchObject({ fullscreen: false, kiosk: false });
    expect(windowed.x).toBeGreaterThan(1366);
    expect(kitchenWindowOptions(null, 'fullscreen')).toMatchObject({ width: 1280, height: 800 });
  });
});
