import { beforeEach, describe, expect, it, vi } from 'vitest';
import { isTrustedSender, registerDesktopIpc } from '../../../src-main/desktop/desktop-ipc';
import { IPC } from '../../../src-main/windows/ipc-channels';
import { memoryLog } from './fakes';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn((..._args: unknown[]) => Promise.resolve('answer'));

// The preload runs in Electron's sandbox; here `electron` is replaced by what it would use.
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: { invoke: (...args: unknown[]) => invoke(...args), send: vi.fn(), on: vi.fn() },
}));

describe('preload bridge', () => {
  beforeEach(() => invoke.mockClear());

  it('exposes exactly three named functions on fixed channels, never ipcRenderer itself', async () => {
    await import('../../../src-main/windows/preload');
    const api = exposed.tableOrderDesktop as Record<string, (...a: unknown[]) => Promise<unknown>>;
    expect(Object.keys(exposed)).toEqual(['tableOrderDesktop']);
    expect(Object.keys(api).sort()).toEqual(['lanAddress', 'openDataFolder', 'pickKitchenDisplay']);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');

    await api.pickKitchenDisplay!('ignored', { channel: 'x' });
    await api.openDataFolder!();
    await expect(api.lanAddress!()).resolves.toBe('answer');
    // The page cannot choose the channel or pass arguments through.
    expect(invoke.mock.calls).toEqual([[IPC.pickKitchenDisplay], [IPC.openDataFolder], [IPC.lanAddress]]);
  });
});

describe('main-process IPC handlers', () => {
  const STORE = 'http://127.0.0.1:7780';
  const handlers = new Map<string, (event: unknown) => Promise<unknown>>();
  const ipcMain = {
    handle: (channel: string, fn: (event: unknown) => Promise<unknown>) => handlers.set(channel, fn),
  };
  const lan = { address: '192.168.0.5', port: 7780, tabletUrl: 'http://192.168.0.5:7780/table/', others: [] };
  const from = (url: string | null) => ({ senderFrame: url === null ? null : { url } });

  it('answers pages of the store server only', async () => {
    const log = memoryLog();
    const opened: string[] = [];
    registerDesktopIpc(
      ipcMain as never,
      STORE,
      {
        pickKitchenDisplay: async () => ({ id: 2, label: 'Display 2', mode: 'kiosk' }),
        openDataFolder: async () => void opened.push('data'),
        lanAddress: () => lan,
      },
      log,
    );
    expect([...handlers.keys()].sort()).toEqual(Object.values(IPC).sort());

    await expect(handlers.get(IPC.lanAddress)!(from(`${STORE}/admin/`))).resolves.toEqual(lan);
    await expect(handlers.get(IPC.pickKitchenDisplay)!(from(`${STORE}/admin/menu`))).resolves.toMatchObject({
      id: 2,
    });
    await handlers.get(IPC.openDataFolder)!(from(`${STORE}/admin/`));
    expect(opened).toEqual(['data']);

    for (const url of ['https://example.com/', 'http://127.0.0.1:7781/admin/', 'file:///x', null]) {
      await expect(handlers.get(IPC.openDataFolder)!(from(url))).rejects.toThrow('not allowed');
    }
    expect(opened).toEqual(['data']);
    expect(log.lines.filter((l) => l.includes('refused'))).toHaveLength(4);
  });

  it('checks the frame that sent the call', () => {
    expect(isTrustedSender(from(`${STORE}/kitchen/`) as never, STORE)).toBe(true);
    expect(isTrustedSender(from('http://localhost:7780/kitchen/') as never, STORE)).toBe(false);
  });
});
