// The Electron shell's wiring, with the `electron` module passed in so the security settings
// and IPC checks are unit-tested with a stand-in (the Electron binary cannot run in CI).
//
// Three modes, decided at start from the user-data folder's verbinding.json:
// - choosing: no choice yet (or "Verbinding wijzigen"): our page at app://keten/#/verbinding,
//   no database opened;
// - local: today's app, the local SQLite database behind IPC, our page at app://keten/;
// - remote: the window shows the keten's team server (its login first), without a preload, so
//   that origin gets no local API; navigation stays on that origin, certificate errors refused.
//   Signing in through the organisation opens the identity provider's origin too, and only
//   between the server's sign-in route and the return to the server (`mayNavigateTo`).
import type * as ElectronNs from 'electron';
import type { ClientSession } from '../shared/api/access';
import type { ApiResult } from '../shared/api/errors';
import type { ShellChooseResult, ShellConnectionInfo } from '../shared/api/shell';
import { checkServerUrl } from '../shared/domain/server-url';
import { APP_INDEX_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, appProtocolHandler } from './app-protocol';
import type { Backend, BackendOptions } from './backend';
import { connectionFile, parseConnectionChoice, type ConnectionStore } from './connection-settings';
import { IPC_CALL, IPC_EVENT, IPC_SHELL_CHANGE, IPC_SHELL_CHOOSE, IPC_SHELL_CONNECTION } from './ipc-channels';
import { describeError, type LogSink } from './log-file';
import { CONTENT_SECURITY_POLICY } from './security';

export type ElectronLike = Pick<typeof ElectronNs, 'app' | 'BrowserWindow' | 'ipcMain' | 'session' | 'dialog' | 'protocol' | 'Menu'>;

/** On the command line of a relaunch: show the connection choice again. */
export const CHANGE_CONNECTION_ARG = '--verbinding-wijzigen';
/** The route of the connection choice in the renderer. */
export const CONNECTION_ROUTE = '#/verbinding';

export interface ShellDeps {
  electron: ElectronLike;
  createBackend: (opts: BackendOptions) => Backend;
  /** rendererDir: the built interface (dist/renderer), served as app://keten/. */
  paths: { rendererDir: string; preload: string; nativeBinding?: string };
  /** Where the connection choice is kept; by default verbinding.json in the user-data folder. */
  connection?: ConnectionStore;
  /** The process's command line (main.ts: process.argv), for a relaunch with or without CHANGE_CONNECTION_ARG. */
  argv?: string[];
  /** Opens the data folder's log file (main.ts: openLogFile); without it nothing is written down. */
  openLog?: (dataDir: string) => LogSink;
  /** Where the main process's uncaught errors are heard (main.ts: `process`). */
  processEvents?: { on(event: string, listener: (...args: unknown[]) => void): unknown };
  /**
   * Fetches a URL for the main process (main.ts: Electron's `net.fetch`, so the system's
   * certificates and proxy apply). Used for the team server's sign-in options; without it the
   * window stays on the server's origin only.
   */
  fetch?: (url: string) => Promise<{ ok: boolean; json(): Promise<unknown> }>;
}

/** The team server's route that sends the window to the identity provider (electron/transport/team-http.ts). */
export const SSO_START_PATH = '/auth/oidc/start';
/** The team server's sign-in options, published without login: `{ sso: { name, issuerOrigin } | null }`. */
export const SIGN_IN_OPTIONS_PATH = '/auth/options';

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

/** The origin of a URL, or null when it has none (about:blank, nonsense). */
export function originOf(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/**
 * The identity provider's origin from the server's answer to SIGN_IN_OPTIONS_PATH, or null when
 * it has none or an unusable one: https only (http for a provider on this computer), an origin
 * and nothing more.
 */
export function issuerOriginOf(answer: unknown): string | null {
  const data = answer && typeof answer === 'object' ? (answer as { data?: unknown }).data : undefined;
  const sso = data && typeof data === 'object' ? (data as { sso?: unknown }).sso : undefined;
  const origin = sso && typeof sso === 'object' ? (sso as { issuerOrigin?: unknown }).issuerOrigin : undefined;
  if (typeof origin !== 'string' || !/^[a-z]+:\/\//i.test(origin)) return null;
  const checked = checkServerUrl(origin);
  return checked.ok && checked.url === `${checked.origin}/` && originOf(origin) === checked.origin ? checked.origin : null;
}

/**
 * Where one window may navigate in remote mode: the server's origin always; the identity
 * provider's origin only once the window took the server's sign-in route, until it is back on
 * the server (`state.signingIn`, one per window). Everything else is denied.
 */
export function mayNavigateTo(url: string | undefined, remoteOrigin: string | null, issuerOrigin: string | null, state: { signingIn: boolean }): boolean {
  const origin = originOf(url);
  if (remoteOrigin === null || origin === null) return false;
  if (origin === remoteOrigin) {
    state.signingIn = new URL(url!).pathname === SSO_START_PATH;
    return true;
  }
  return state.signingIn && issuerOrigin !== null && origin === issuerOrigin;
}

export function startShell(deps: ShellDeps): void {
  const { app, BrowserWindow, ipcMain, session, dialog, protocol, Menu } = deps.electron;

  // Before the app is ready, as Electron requires: app:// is a standard, secure scheme.
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  let mainWindow: ElectronNs.BrowserWindow | null = null;
  let backend: Backend | null = null;
  const indexUrl = APP_INDEX_URL;
  const userData = app.getPath('userData');
  const connection = deps.connection ?? connectionFile(userData);
  const argv = deps.argv ?? [];
  const baseArgs = argv.slice(1).filter((a) => a !== CHANGE_CONNECTION_ARG);
  /** The team server's origin in remote mode; the only place a window may navigate to. */
  let remoteOrigin: string | null = null;
  /** The identity provider's origin, as the team server publishes it; null: none (or not known). */
  let issuerOrigin: string | null = null;
  const log = deps.openLog?.(userData);
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

  // Applies to every web contents, including any a bug might create later. Our own page never
  // navigates (hash routes only); in remote mode the server's pages may, within its origin, and
  // on to the identity provider through the sign-in route.
  app.on('web-contents-created', (_event, contents) => {
    const state = { signingIn: false };
    const guard = (e: { preventDefault(): void; url?: string }, url?: string) => {
      if (!mayNavigateTo(e.url ?? url, remoteOrigin, issuerOrigin, state)) e.preventDefault();
    };
    contents.on('will-navigate', guard);
    contents.on('will-redirect', guard);
    contents.on('will-attach-webview', (e) => e.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  // A certificate Chromium does not trust is refused, never waved through: no preventDefault,
  // and no setCertificateVerifyProc anywhere. Told once per server, in Dutch.
  const toldCertificate = new Set<string>();
  app.on('certificate-error', (_event, _contents, url, error, _certificate, callback) => {
    callback(false);
    log?.write({ level: 'error', source: 'main', where: 'certificate-error', message: `Certificaat geweigerd voor ${originOf(url) ?? url}: ${error}` });
    const origin = originOf(url) ?? url;
    if (toldCertificate.has(origin)) return;
    toldCertificate.add(origin);
    dialog.showErrorBox(
      'Keten Planner: onveilige verbinding geweigerd',
      `Het certificaat van ${origin} is niet geldig (${error}). Keten Planner maakt geen verbinding.\n\nVraag de beheerder van de server van de keten om een geldig certificaat, of kies via het menu Keten Planner > Verbinding wijzigen een ander adres.`,
    );
  });

  /** Starts this app again, with or without the connection choice. */
  const relaunch = (choose: boolean) => {
    backend?.close();
    backend = null;
    app.relaunch({ args: choose ? [...baseArgs, CHANGE_CONNECTION_ARG] : baseArgs });
    app.exit(0);
  };

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
    protocol.handle(APP_SCHEME, appProtocolHandler(deps.paths.rendererDir));

    const current = connection.read();
    const choosing = current === null || argv.includes(CHANGE_CONNECTION_ARG);
    const mode: 'choosing' | 'local' | 'remote' = choosing ? 'choosing' : current.mode;

    if (mode === 'local') {
      try {
        backend = deps.createBackend({
          dataDir: userData,
          version: app.getVersion(),
          nativeBinding: deps.paths.nativeBinding,
        });
      } catch (err) {
        logError('start', err, 'Keten Planner kan niet starten: ');
        dialog.showErrorBox('Keten Planner kan niet starten', err instanceof Error ? err.message : String(err));
        app.quit();
        return;
      }
    }
    const remoteUrl = mode === 'remote' && current?.mode === 'remote' ? current.url : null;
    remoteOrigin = remoteUrl ? originOf(remoteUrl) : null;

    // The server tells, without login, whether it signs in through an identity provider, and
    // which. Asked at start and again when a server page loads while none is known (server
    // away at start, or single sign-on turned on since); a failure leaves the server only.
    const loadSignInOptions = async () => {
      if (!remoteOrigin || !deps.fetch) return;
      try {
        const res = await deps.fetch(`${remoteOrigin}${SIGN_IN_OPTIONS_PATH}`);
        issuerOrigin = res.ok ? issuerOriginOf(await res.json()) : null;
      } catch (err) {
        issuerOrigin = null;
        logError('sign-in-options', err, 'Inlogopties van de server niet opgehaald: ');
      }
    };
    void loadSignInOptions();

    // Our pages get our CSP; the team server's pages keep the one the server sends, and the
    // identity provider's pages their own headers (our CSP would refuse its forms and scripts).
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      const from = originOf(details.url);
      const fromServer = remoteOrigin !== null && from === remoteOrigin;
      const headers = details.responseHeaders ?? {};
      if (issuerOrigin !== null && from === issuerOrigin && !fromServer) {
        callback({ responseHeaders: headers });
        return;
      }
      if (fromServer && Object.keys(headers).some((h) => h.toLowerCase() === 'content-security-policy')) {
        callback({ responseHeaders: headers });
        return;
      }
      callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    });
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));

    Menu.setApplicationMenu(
      Menu.buildFromTemplate([
        {
          label: 'Keten Planner',
          submenu: [{ label: 'Verbinding wijzigen…', click: () => relaunch(true) }, { type: 'separator' }, { role: 'quit', label: 'Afsluiten' }],
        },
        { role: 'editMenu', label: 'Bewerken' },
        { role: 'viewMenu', label: 'Beeld' },
        { role: 'windowMenu', label: 'Venster' },
      ]),
    );

    const refuse = (message: string): ApiResult<unknown> => ({ ok: false, error: { code: 'forbidden', message } });
    const windowSessions = new Map<number, ClientSession>();
    // Only our own page reaches these handlers; the team server's pages have no preload and
    // would be refused here anyway (their URL is not app://keten/index.html).
    ipcMain.handle(IPC_CALL, async (event, name: unknown, input: unknown): Promise<ApiResult<unknown>> => {
      if (!isTrustedSender(event.senderFrame?.url, indexUrl)) return refuse('Aanroep van een onbekende pagina geweigerd.');
      if (typeof name !== 'string') {
        return { ok: false, error: { code: 'invalid_input', message: 'Naam van de aanroep ontbreekt.' } };
      }
      if (!backend) return refuse('Kies eerst hoe Keten Planner werkt: op deze computer of met de server van de keten.');
      // One profile per window: a second window starts without one.
      const senderId: number = event.sender?.id ?? -1;
      let clientSession = windowSessions.get(senderId);
      if (!clientSession) {
        clientSession = { profile: null };
        windowSessions.set(senderId, clientSession);
      }
      return backend.dispatch(name, input, { transport: 'ipc', session: clientSession });
    });
    ipcMain.handle(IPC_SHELL_CONNECTION, (event): ShellConnectionInfo | null => {
      if (!isTrustedSender(event.senderFrame?.url, indexUrl)) return null;
      return { current, choosing };
    });
    ipcMain.handle(IPC_SHELL_CHOOSE, (event, value: unknown): ShellChooseResult => {
      if (!isTrustedSender(event.senderFrame?.url, indexUrl)) return { ok: false, message: 'Aanroep van een onbekende pagina geweigerd.' };
      const choice = parseConnectionChoice(value);
      if (!choice) {
        const url = value && typeof value === 'object' ? (value as { url?: unknown }).url : undefined;
        const checked = typeof url === 'string' ? checkServerUrl(url) : null;
        return { ok: false, message: checked && !checked.ok && checked.problem === 'not-https' ? 'Het adres moet met https:// beginnen.' : 'Dit is geen bruikbaar adres.' };
      }
      try {
        connection.write(choice);
      } catch (err) {
        logError('connection', err);
        return { ok: false, message: `De keuze kon niet worden bewaard: ${describeError(err).message}` };
      }
      // Start again in the chosen mode: a database opened or closed, a window with or without API.
      setTimeout(() => relaunch(false), 0);
      return { ok: true };
    });

    ipcMain.handle(IPC_SHELL_CHANGE, (event): void => {
      if (!isTrustedSender(event.senderFrame?.url, indexUrl)) return;
      setTimeout(() => relaunch(true), 0);
    });

    backend?.events.on((appEvent) => {
      for (const win of BrowserWindow.getAllWindows()) {
        if (!win.isDestroyed()) win.webContents.send(IPC_EVENT, appEvent);
      }
    });

    mainWindow = new BrowserWindow({
      width: 1440,
      height: 900,
      minWidth: mode === 'choosing' ? 640 : 1024,
      minHeight: 680,
      title: 'Keten Planner',
      show: false,
      backgroundColor: '#f6f7f9',
      // The server's pages get no preload at all: no local API for a remote origin.
      webPreferences: remoteUrl ? { ...WINDOW_WEB_PREFERENCES } : { ...WINDOW_WEB_PREFERENCES, preload: deps.paths.preload },
    });
    const win = mainWindow;
    win.once('ready-to-show', () => win.show());
    win.on('closed', () => {
      mainWindow = null;
    });
    if (remoteUrl) {
      win.webContents.on('did-finish-load', () => {
        if (issuerOrigin === null) void loadSignInOptions();
      });
      // The server cannot be reached (offline, wrong address, server down): say so, and offer to
      // try again, choose another connection or stop, instead of leaving Chromium's error page.
      // An aborted load (a navigation we refused) and certificate errors (told above) are not this.
      win.webContents.on('did-fail-load', (_event, errorCode, errorDescription, _url, isMainFrame) => {
        if (!isMainFrame || errorCode === -3 || (errorCode <= -200 && errorCode > -300)) return;
        log?.write({ level: 'error', source: 'main', where: 'did-fail-load', message: `Server ${remoteOrigin} niet bereikbaar: ${errorDescription} (${errorCode})` });
        void dialog
          .showMessageBox(win, {
            type: 'error',
            title: 'Keten Planner',
            message: 'De server van de keten is niet bereikbaar.',
            detail: `${remoteOrigin}: ${errorDescription}. Controleer de internetverbinding, of vraag de beheerder of de server draait.`,
            buttons: ['Opnieuw proberen', 'Verbinding wijzigen', 'Afsluiten'],
            defaultId: 0,
            cancelId: 2,
            noLink: true,
          })
          .then(({ response }) => {
            if (response === 0 && !win.isDestroyed()) void win.loadURL(remoteUrl);
            else if (response === 1) relaunch(true);
            else if (response === 2) app.quit();
          });
      });
    }
    void win.loadURL(remoteUrl ?? (mode === 'choosing' ? `${indexUrl}${CONNECTION_ROUTE}` : indexUrl));
  });
}
