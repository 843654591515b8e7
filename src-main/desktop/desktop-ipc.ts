import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { isStoreUrl } from '../windows/navigation-guard';
import { IPC, type LanAddressInfo, type PickedDisplay } from '../windows/ipc-channels';
import type { DesktopLog } from './desktop-log';

/**
 * The main-process side of the preload's three functions. Each call is checked to come from
 * a page on the store server (a frame that navigated elsewhere gets nothing); none takes
 * arguments, so there is nothing else to validate.
 */

export interface DesktopActions {
  pickKitchenDisplay(): Promise<PickedDisplay | null>;
  openDataFolder(): Promise<void>;
  lanAddress(): LanAddressInfo;
}

type Sender = Pick<IpcMainInvokeEvent, 'senderFrame'>;

export function isTrustedSender(event: Sender, storeOrigin: string): boolean {
  const url = event.senderFrame?.url;
  return typeof url === 'string' && isStoreUrl(url, storeOrigin);
}

export function registerDesktopIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  storeOrigin: string,
  actions: DesktopActions,
  log: DesktopLog,
): void {
  const guard =
    <T>(name: string, fn: () => T | Promise<T>) =>
    async (event: Sender): Promise<T> => {
      if (!isTrustedSender(event, storeOrigin)) {
        log.warn(`ipc ${name} refused from ${event.senderFrame?.url ?? '(no frame)'}`);
        throw new Error('not allowed');
      }
      return fn();
    };
  ipcMain.handle(
    IPC.pickKitchenDisplay,
    guard('pickKitchenDisplay', () => actions.pickKitchenDisplay()),
  );
  ipcMain.handle(
    IPC.openDataFolder,
    guard('openDataFolder', () => actions.openDataFolder()),
  );
  ipcMain.handle(
    IPC.lanAddress,
    guard('lanAddress', () => actions.lanAddress()),
  );
}
