// The Electron shell's wiring, with the `electron` module passed in so the security settings
// and IPC checks are unit-tested with a stand-in (the Electron binary cannot run in CI).
import { pathToFileURL } from 'node:url';
import type * as ElectronNs from 'electron';
import type { ClientSession } from '../shared/api/access';
import type { ApiResult } from '../shared/api/errors';
import type { Backend, BackendOptions } from './backend';
import { IPC_CALL, IPC_EVENT } from './ipc-channels';
import { describeError, type LogSink } from './log-file';
import { CONTENT_SECURITY_POLICY } from './security';

export type ElectronLike = Pick<typeof ElectronNs, 'app' | 'BrowserWindow' | 'ipcMain' | 'session' | 'dialog'>;

export interface ShellDeps {
  electron: ElectronLike;
  createBackend: (opts: BackendOptions) => Backend;
  paths: { rendererIndex: string; preload: string; nativeBinding?: string };
  /** Opens the data folder's log file (main.ts: openLogFile); without it nothing is written down. */
  openLog?: (dataDir: string) => LogSink;
  /** Where the main process's uncaught errors are heard (main.ts: `process`). */
  processEvents?: { on(event: string, listener: (...args: unknown[]) => void): unknown };
}

/** A renderer that crashes again this soon after a reload is left alone (no reload loop). */
const RELOAD_AFTER_CRASH_MIN_MS = 30_000;

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
  const log = deps.openLog?.(app.getPath('userData'));
  const logError = (where: string, err: unknown, prefix = '') => {
    const { message, stack } = describeError(err);
    log?.write({ level: 'error', source: 'main', where, message: prefix + message, stack });
  };

  // An error nobody caught in the main process: written down and told in Dutch, where Electron
  // would show its own English dialog. The app keeps running, as it would without this.
  deps.processEvents?.on('uncaughtException', (err) => {
    logError('uncaughtException', err);
    const where = log ? `\n\nDe details staan in het logbestand:\n${log.path}` : '';
    dialog.showErrorBox(
      'Keten Planner: onverwachte fout',
      `Er ging iets mis in het hoofdprogramma: ${describeError(err).message}${where}\n\nWerkt de app niet goed meer, start hem dan opnieuw.`,
    );
  });
  deps.processEvents?.on('unhandledRejection', (reason) => logError('unhandledRejection', reason));

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

  // A renderer that crashed leaves a blank window: written down, and the page loaded again once.
  let lastCrashReload = -Infinity;
  app.on('render-process-gone', (_event, contents, details) => {
    if (details.reason === 'clean-exit') return;
    log?.write({ level: 'error', source: 'renderer', where: 'render-process-gone', message: `Het venster stopte onverwacht (${details.reason}, code ${details.exitCode}).` });
    const now = Date.now();
    if (mainWindow && !mainWindow.isDestroyed() && contents === mainWindow.webContents && now - lastCrashReload > RELOAD_AFTER_CRASH_MIN_MS) {
      lastCrashReload = now;
      mainWindow.webContents.reload();
    }
  });
  app.on('child-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    log?.write({
      level: 'error',
      source: 'main',
      where: 'child-process-gone',
      message: `Hulpproces ${details.type} stopte onverwacht (${details.reason}, code ${details.exitCode}).`,
    });
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
      logError('start', err, 'Keten Planner kan niet starten: ');
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
