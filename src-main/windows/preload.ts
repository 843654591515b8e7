/**
 * Runs in every store window (sandboxed, CommonJS, see scripts/build-main.mjs). It hands the
 * page three named functions and nothing else: no ipcRenderer, no channel names, no arguments
 * that could steer the main process.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { IPC, type TableOrderDesktopApi } from './ipc-channels';

const api: TableOrderDesktopApi = {
  pickKitchenDisplay: () => ipcRenderer.invoke(IPC.pickKitchenDisplay),
  openDataFolder: () => ipcRenderer.invoke(IPC.openDataFolder),
  lanAddress: () => ipcRenderer.invoke(IPC.lanAddress),
};

contextBridge.exposeInMainWorld('tableOrderDesktop', api);
