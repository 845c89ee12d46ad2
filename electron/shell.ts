// The Electron shell's wiring, with the `electron` module passed in so the security settings
// and IPC checks are unit-tested with a stand-in (the Electron binary cannot run in CI).
import { pathToFileURL } from 'node:url';
import type * as ElectronNs from 'electron';
import type { ClientSession } from '../shared/api/access';
import type { ApiResult } from '../shared/api/errors';
import type { Backend, BackendOptions } from './backend';
import { IPC_CALL, IPC_EVENT } from './ipc-channels';
import { CONTENT_SECURITY_POLICY } from './security';

export type ElectronLike = Pick<typeof ElectronNs, 'app' | 'BrowserWindow' | 'ipcMain' | 'session' | 'dialog'>;

export interface ShellDeps {
  electron: ElectronLike;
  createBackend: (opts: BackendOptions) => Backend;
  paths: { rendererIndex: string; preload: string; nativeBinding?: string };
}

export const WINDOW_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
} as const;

/** Only our own page (the bundled index.html, any hash route) may call the API. */
export function isTrustedSender(senderUrl: string | undefined | null, indexUrl: string): boolean {
  if (!senderUrl) return false;
  const withoutHash = senderUrl.split('#')[0]!.split('?')[0];
  return withoutHash === indexUrl;
}

export function startShell(deps: ShellDeps): void {
  const { app, BrowserWindow, ipcMain, session, dialog } = deps.electron;

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  let mainWindow: ElectronNs.BrowserWindow | null = null;
  let backend: Backend | null = null;
  const indexUrl = pathToFileURL(deps.paths.rendererIndex).href;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  // Applies to every web contents, including any a bug might create later.
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (e) => e.preventDefault());
    contents.on('will-redirect', (e) => e.preventDefault());
    contents.on('will-attach-webview', (e) => e.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  app.on('window-all-closed', () => {
    backend?.close();
    backend = null;
    app.quit();
  });

  void app.whenReady().then(() => {
    try {
      backend = deps.createBackend({
        dataDir: app.getPath('userData'),
        version: app.getVersion(),
        nativeBinding: deps.paths.nativeBinding,
      });
    } catch (err) {
      dialog.showErrorBox('Keten Planner kan niet starten', err instanceof Error ? err.message : String(err));
      app.quit();
      return;
    }
    const running = backend;

    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    });
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));

    const windowSessions = new Map<number, ClientSession>();
    ipcMain.handle(IPC_CALL, async (event, name: unknown, input: unknown): Promise<ApiResult<unknown>> => {
      if (!isTrustedSender(event.senderFrame?.url, indexUrl)) {
        return { ok: false, error: { code: 'forbidden', message: 'Aanroep van een onbekende pagina geweigerd.' } };
      }
      if (typeof name !== 'string') {
        return { ok: false, error: { code: 'invalid_input', message: 'Naam van de aanroep ontbreekt.' } };
      }
      // One profile per window: a second window starts without one.
      const senderId: number = event.sender?.id ?? -1;
      let clientSession = windowSessions.get(senderId);
      if (!clientSession) {
        clientSession = { profile: null };
        windowSessions.set(senderId, clientSession);
      }
      return running.dispatch(name, input, { transport: 'ipc', session: clientSession });
    });

    running.events.on((appEvent) => {
      for (const win of BrowserWindow.getAllWindows()) {
        if (!win.isDestroyed()) win.webContents.send(IPC_EVENT, appEvent);
      }
    });

    mainWindow = new BrowserWindow({
      width: 1440,
      height: 900,
      minWidth: 1024,
      minHeight: 680,
      title: 'Keten Planner',
      show: false,
      backgroundColor: '#f6f7f9',
      webPreferences: { ...WINDOW_WEB_PREFERENCES, preload: deps.paths.preload },
    });
    const win = mainWindow;
    win.once('ready-to-show', () => win.show());
    win.on('closed', () => {
      mainWindow = null;
    });
    void win.loadFile(deps.paths.rendererIndex);
  });
}
