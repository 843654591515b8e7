import type { BrowserWindow, Dialog, NativeImage, Screen } from 'electron';
import type { DesktopSettings } from '../desktop/settings';
import type { DesktopStrings } from '../desktop/strings';
import { chooseKitchenDisplay, displayLabel, kitchenWindowOptions } from './display-choice';
import type { PickedDisplay } from './ipc-channels';
import { createSecureWindow, type WindowDeps } from './secure-window';

/**
 * The admin window (one, re-shown rather than duplicated) and the kitchen board window (on the
 * monitor the manager picked, remembered in the desktop settings).
 */

export interface StoreWindowsDeps extends WindowDeps {
  screen: Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay'>;
  dialog: Pick<Dialog, 'showMessageBox'>;
  strings: DesktopStrings;
  settings: { get(): DesktopSettings; save(next: DesktopSettings): void };
  /** Called when a window opens or closes, so the tray menu can follow. */
  onChange?: () => void;
  icon?: NativeImage;
}

export interface StoreWindowsContext {
  storeUrl: string;
  preloadPath: string;
}

export interface StoreWindows {
  showAdmin(): BrowserWindow;
  openKitchen(): BrowserWindow;
  closeKitchen(): void;
  isKitchenOpen(): boolean;
  pickKitchenDisplay(): Promise<PickedDisplay | null>;
  /** Closes every window without asking (used by shutdown). */
  destroyAll(): void;
}

const alive = (w: BrowserWindow | null): w is BrowserWindow => w !== null && !w.isDestroyed();

export function createStoreWindows(deps: StoreWindowsDeps, ctx: StoreWindowsContext): StoreWindows {
  const origin = new URL(ctx.storeUrl).origin;
  let admin: BrowserWindow | null = null;
  let kitchen: BrowserWindow | null = null;

  const showAdmin = (): BrowserWindow => {
    if (alive(admin)) {
      if (admin.isMinimized()) admin.restore();
      admin.show();
      admin.focus();
      return admin;
    }
    const win = createSecureWindow(deps, {
      url: `${origin}/admin/`,
      storeOrigin: origin,
      preloadPath: ctx.preloadPath,
      title: deps.strings.appName,
      window: { width: 1280, height: 860, minWidth: 960, minHeight: 640, icon: deps.icon },
    });
    admin = win;
    win.on('closed', () => {
      if (admin === win) admin = null;
      deps.onChange?.();
    });
    deps.onChange?.();
    return win;
  };

  const openKitchen = (): BrowserWindow => {
    if (alive(kitchen)) {
      kitchen.show();
      kitchen.focus();
      return kitchen;
    }
    const { kitchen: saved } = deps.settings.get();
    const display = chooseKitchenDisplay(
      deps.screen.getAllDisplays(),
      deps.screen.getPrimaryDisplay().id,
      saved,
    );
    const win = createSecureWindow(deps, {
      url: `${origin}/kitchen/`,
      storeOrigin: origin,
      preloadPath: ctx.preloadPath,
      title: `${deps.strings.appName} — ${deps.strings.pickTitle}`,
      window: { ...kitchenWindowOptions(display, saved.mode), icon: deps.icon },
      backgroundThrottling: false,
    });
    kitchen = win;
    win.on('closed', () => {
      if (kitchen === win) kitchen = null;
      deps.onChange?.();
    });
    deps.log.info(`kitchen board opened on display ${display?.id ?? '?'} (${saved.mode})`);
    deps.onChange?.();
    return win;
  };

  const closeKitchen = () => {
    if (alive(kitchen)) kitchen.close();
  };

  const pickKitchenDisplay = async (): Promise<PickedDisplay | null> => {
    const t = deps.strings;
    const displays = deps.screen.getAllDisplays();
    const primaryId = deps.screen.getPrimaryDisplay().id;
    const current = deps.settings.get();
    const suggested = chooseKitchenDisplay(displays, primaryId, current.kitchen);
    const labels = displays.map((d, i) => displayLabel(d, i, primaryId, t));
    const options = {
      type: 'question' as const,
      title: t.pickTitle,
      message: t.pickMessage,
      buttons: [...labels, t.cancel],
      defaultId: suggested ? displays.indexOf(suggested) : 0,
      cancelId: displays.length,
      checkboxLabel: t.pickKiosk,
      checkboxChecked: current.kitchen.mode === 'kiosk',
      noLink: true,
    };
    const result = alive(admin)
      ? await deps.dialog.showMessageBox(admin, options)
      : await deps.dialog.showMessageBox(options);
    const chosen = displays[result.response];
    if (!chosen) return null;
    const mode = result.checkboxChecked ? 'kiosk' : 'fullscreen';
    deps.settings.save({
      ...current,
      kitchen: { displayId: chosen.id, bounds: chosen.bounds, mode, openOnStart: true },
    });
    // Reopen so the board moves to the chosen monitor in the chosen mode.
    if (alive(kitchen)) kitchen.destroy();
    kitchen = null;
    openKitchen();
    return { id: chosen.id, label: labels[result.response]!, mode };
  };

  return {
    showAdmin,
    openKitchen,
    closeKitchen,
    isKitchenOpen: () => alive(kitchen),
    pickKitchenDisplay,
    destroyAll() {
      for (const w of [kitchen, admin]) if (alive(w)) w.destroy();
      kitchen = null;
      admin = null;
    },
  };
}
