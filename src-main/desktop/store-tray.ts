import type { Menu, MenuItemConstructorOptions, NativeImage, Tray } from 'electron';
import type { LanAddressInfo } from '../windows/ipc-channels';
import type { DesktopLog } from './desktop-log';
import type { DesktopStrings } from './strings';
import { trayMenuTemplate, type MenuActions } from './tray-menu';

/**
 * The tray icon: the LAN address tablets should open, and the window actions. Some Linux
 * desktops show no tray at all (GNOME without an extension), so everything here is also in the
 * admin window's menu bar.
 */

export interface TrayDeps {
  Tray: new (image: NativeImage) => Tray;
  buildMenu: (template: MenuItemConstructorOptions[]) => Menu;
  icon: NativeImage;
  strings: DesktopStrings;
  log: DesktopLog;
  actions: MenuActions;
  lan: () => LanAddressInfo;
  kitchenOpen: () => boolean;
}

export interface StoreTray {
  refresh(): void;
  destroy(): void;
}

export function createStoreTray(deps: TrayDeps): StoreTray {
  let tray: Tray | null = null;
  try {
    tray = new deps.Tray(deps.icon);
    tray.setToolTip(deps.strings.tooltip);
    // Linux trays open the menu on click already; Windows opens the admin on a left click.
    tray.on('click', () => deps.actions.openAdmin());
  } catch (err) {
    deps.log.warn('no system tray here; use the admin window menu', err);
  }
  let lastTemplateKey = '';
  const refresh = () => {
    if (!tray || tray.isDestroyed()) return;
    const state = { lan: deps.lan(), kitchenOpen: deps.kitchenOpen() };
    const key = JSON.stringify(state);
    // Rebuilding an open menu closes it under the user's pointer on some desktops.
    if (key === lastTemplateKey) return;
    lastTemplateKey = key;
    tray.setContextMenu(deps.buildMenu(trayMenuTemplate(state, deps.actions, deps.strings)));
    if (state.lan.tabletUrl) tray.setToolTip(`${deps.strings.tooltip}\n${state.lan.tabletUrl}`);
  };
  refresh();
  return {
    refresh,
    destroy() {
      if (tray && !tray.isDestroyed()) tray.destroy();
      tray = null;
    },
  };
}
