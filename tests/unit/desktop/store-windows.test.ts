import { beforeEach, describe, expect, it } from 'vitest';
import type { DesktopSettings } from '../../../src-main/desktop/settings';
import { defaultSettings } from '../../../src-main/desktop/settings';
import { desktopStrings } from '../../../src-main/desktop/strings';
import type { DisplayInfo } from '../../../src-main/windows/display-choice';
import { createStoreWindows } from '../../../src-main/windows/store-windows';
import { FakeBrowserWindow, FakeWindow, asFake, memoryLog } from './fakes';

const STORE = 'http://127.0.0.1:7780';

function display(id: number, x: number): DisplayInfo {
  const bounds = { x, y: 0, width: 1920, height: 1080 };
  return { id, label: '', bounds, workArea: bounds, size: { width: 1920, height: 1080 } };
}

function setup(answer: { response: number; checkboxChecked: boolean }) {
  const displays = [display(1, 0), display(2, 1920)];
  let settings: DesktopSettings = defaultSettings();
  const saved: DesktopSettings[] = [];
  const dialogs: unknown[][] = [];
  let changes = 0;
  const windows = createStoreWindows(
    {
      BrowserWindow: FakeBrowserWindow,
      log: memoryLog(),
      screen: { getAllDisplays: () => displays as never, getPrimaryDisplay: () => displays[0] as never },
      dialog: {
        showMessageBox: (async (...args: unknown[]) => {
          dialogs.push(args);
          return answer;
        }) as never,
      },
      strings: desktopStrings('ko'),
      settings: {
        get: () => settings,
        save: (next) => {
          settings = next;
          saved.push(next);
        },
      },
      onChange: () => (changes += 1),
    },
    { storeUrl: STORE, preloadPath: '/p/preload.cjs' },
  );
  return { windows, saved, dialogs, changes: () => changes };
}

describe('store windows', () => {
  beforeEach(() => {
    FakeWindow.created = [];
  });

  it('keeps one admin window and brings it back instead of opening another', () => {
    const { windows } = setup({ response: 0, checkboxChecked: false });
    const first = asFake(windows.showAdmin());
    expect(first.loaded).toEqual([`${STORE}/admin/`]);
    const again = asFake(windows.showAdmin());
    expect(again).toBe(first);
    expect(first.focused).toBe(1);
    first.destroy();
    expect(asFake(windows.showAdmin())).not.toBe(first);
    expect(FakeWindow.created).toHaveLength(2);
  });

  it('opens the kitchen board on the secondary display, full screen, without throttling', () => {
    const { windows } = setup({ response: 0, checkboxChecked: false });
    const kitchen = asFake(windows.openKitchen());
    expect(kitchen.loaded).toEqual([`${STORE}/kitchen/`]);
    expect(kitchen.options).toMatchObject({ x: 1920, fullscreen: true, kiosk: false });
    expect(kitchen.options.webPreferences).toMatchObject({ sandbox: true, backgroundThrottling: false });
    expect(windows.isKitchenOpen()).toBe(true);
    windows.closeKitchen();
    expect(windows.isKitchenOpen()).toBe(false);
  });

  it('asks for the display, remembers the choice and reopens the board there in kiosk mode', async () => {
    const { windows, saved, dialogs } = setup({ response: 0, checkboxChecked: true });
    windows.showAdmin();
    const before = asFake(windows.openKitchen());
    const picked = await windows.pickKitchenDisplay();
    expect(picked).toEqual({ id: 1, label: '모니터 1 1920×1080 (주 모니터)', mode: 'kiosk' });
    const options = dialogs[0]![1] as { buttons: string[]; cancelId: number; defaultId: number };
    expect(options.buttons).toEqual(['모니터 1 1920×1080 (주 모니터)', '모니터 2 1920×1080', '취소']);
    expect(options.cancelId).toBe(2);
    expect(options.defaultId).toBe(1);
    expect(saved).toEqual([
      { kitchen: { displayId: 1, bounds: display(1, 0).bounds, mode: 'kiosk', openOnStart: true } },
    ]);
    expect(before.destroyed).toBe(true);
    const after = FakeWindow.created.at(-1)!;
    expect(after.options).toMatchObject({ x: 0, kiosk: true, fullscreen: false });
  });

  it('changes nothing when the manager cancels', async () => {
    const { windows, saved } = setup({ response: 2, checkboxChecked: false });
    expect(await windows.pickKitchenDisplay()).toBeNull();
    expect(saved).toEqual([]);
    expect(windows.isKitchenOpen()).toBe(false);
  });

  it('closes everything on shutdown and tells the tray', () => {
    const { windows, changes } = setup({ response: 0, checkboxChecked: false });
    const admin = asFake(windows.showAdmin());
    const kitchen = asFake(windows.openKitchen());
    windows.destroyAll();
    expect(admin.destroyed && kitchen.destroyed).toBe(true);
    expect(windows.isKitchenOpen()).toBe(false);
    expect(changes()).toBe(4);
  });
});
