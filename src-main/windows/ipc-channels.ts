/**
 * The fixed IPC channels behind `window.tableOrderDesktop`. Shared by the preload and the main
 * process; nothing else crosses the bridge.
 */
export const IPC = {
  pickKitchenDisplay: 'table-order:pick-kitchen-display',
  openDataFolder: 'table-order:open-data-folder',
  lanAddress: 'table-order:lan-address',
} as const;

export interface PickedDisplay {
  id: number;
  label: string;
  mode: 'fullscreen' | 'kiosk' | 'window';
}

export interface LanAddressInfo {
  /** e.g. 192.168.0.12; null when the PC has no usable network. */
  address: string | null;
  port: number;
  /** What tablets open, e.g. http://192.168.0.12:7780/table/ ; null without network. */
  tabletUrl: string | null;
  /** Other candidate addresses (a second adapter), best first. */
  others: string[];
}

/** What the admin app may call when it runs inside the desktop app (absent in a browser). */
export interface TableOrderDesktopApi {
  /** Asks the manager for the kitchen monitor and opens the board there; null if cancelled. */
  pickKitchenDisplay(): Promise<PickedDisplay | null>;
  /** Opens the store's data folder (database, images, backups, logs) in the file manager. */
  openDataFolder(): Promise<void>;
  lanAddress(): Promise<LanAddressInfo>;
}
