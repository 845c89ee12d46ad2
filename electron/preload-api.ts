// What the preload exposes to the page: only `call` and `subscribe`. Kept free of the
// `electron` import so its behaviour is unit-tested with a stand-in for ipcRenderer.
import type { AppEvent } from '../shared/api/contract';
import type { ConnectionChoice, ShellBridge, ShellChooseResult, ShellConnectionInfo } from '../shared/api/shell';
import { IPC_CALL, IPC_EVENT, IPC_SHELL_CHANGE, IPC_SHELL_CHOOSE, IPC_SHELL_CONNECTION } from './ipc-channels';

export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export function buildPreloadApi(ipc: IpcRendererLike) {
  return {
    call: (name: string, input: unknown): Promise<unknown> => ipc.invoke(IPC_CALL, String(name), input),
    subscribe(listener: (event: AppEvent) => void): () => void {
      // The page gets the event payload only, never the IpcRendererEvent (it carries `sender`).
      const handler = (_e: unknown, payload: unknown) => listener(payload as AppEvent);
      ipc.on(IPC_EVENT, handler);
      return () => {
        ipc.removeListener(IPC_EVENT, handler);
      };
    },
  };
}

/** window.ketenShell: how this app connects, asked and chosen on the choice page. */
export function buildShellApi(ipc: Pick<IpcRendererLike, 'invoke'>): ShellBridge {
  return {
    connection: () => ipc.invoke(IPC_SHELL_CONNECTION) as Promise<ShellConnectionInfo | null>,
    choose: (choice: ConnectionChoice) => ipc.invoke(IPC_SHELL_CHOOSE, choice) as Promise<ShellChooseResult>,
    change: async () => {
      await ipc.invoke(IPC_SHELL_CHANGE);
    },
  };
}
