import type { MenuItemConstructorOptions } from 'electron';
import type { LanAddressInfo } from '../windows/ipc-channels';
import type { DesktopStrings } from './strings';

/**
 * The tray menu and the window menu, as plain templates (Electron's `Menu.buildFromTemplate`
 * turns them into menus), so what they offer can be checked without Electron.
 */

export interface MenuActions {
  openAdmin(): void;
  openKitchen(): void;
  closeKitchen(): void;
  pickKitchenDisplay(): void;
  openDataFolder(): void;
  copyText(text: string): void;
  openInBrowser(url: string): void;
  quit(): void;
}

export interface MenuState {
  lan: LanAddressInfo;
  kitchenOpen: boolean;
}

export function trayMenuTemplate(
  state: MenuState,
  actions: MenuActions,
  t: DesktopStrings,
): MenuItemConstructorOptions[] {
  const { lan } = state;
  const address: MenuItemConstructorOptions[] = lan.tabletUrl
    ? [
        // Clicking the address opens it in the browser: the quickest check that tablets can reach it.
        { label: t.tabletAddress(lan.tabletUrl), click: () => actions.openInBrowser(lan.tabletUrl!) },
        { label: t.copyTabletAddress, click: () => actions.copyText(lan.tabletUrl!) },
      ]
    : [{ label: t.noLanAddress, enabled: false }];
  if (lan.others.length > 0) {
    address.push({
      label: t.otherAddresses,
      submenu: lan.others.map((ip) => {
        const url = `http://${ip}:${lan.port}/table/`;
        return { label: url, click: () => actions.copyText(url) };
      }),
    });
  }
  return [
    ...address,
    { type: 'separator' },
    { label: t.openAdmin, click: () => actions.openAdmin() },
    state.kitchenOpen
      ? { label: t.closeKitchen, click: () => actions.closeKitchen() }
      : { label: t.openKitchen, click: () => actions.openKitchen() },
    { label: t.pickKitchenDisplay, click: () => actions.pickKitchenDisplay() },
    { label: t.openDataFolder, click: () => actions.openDataFolder() },
    { type: 'separator' },
    { label: t.quit, click: () => actions.quit() },
  ];
}

/** The admin window's menu bar: the same actions, so Quit is reachable where no tray shows. */
export function appMenuTemplate(
  actions: MenuActions,
  t: DesktopStrings,
  devTools: boolean,
): MenuItemConstructorOptions[] {
  return [
    {
      label: t.fileMenu,
      submenu: [
        { label: t.openKitchen, click: () => actions.openKitchen() },
        { label: t.pickKitchenDisplay, click: () => actions.pickKitchenDisplay() },
        { label: t.openDataFolder, click: () => actions.openDataFolder() },
        { type: 'separator' },
        { label: t.quit, accelerator: 'CmdOrCtrl+Q', click: () => actions.quit() },
      ],
    },
    {
      label: t.viewMenu,
      submenu: [
        { role: 'reload' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(devTools ? [{ role: 'toggleDevTools' } as const] : []),
      ],
    },
  ];
}
