// The Electron shell, driven with a stand-in for the `electron` module.
import { describe, expect, it, vi } from 'vitest';
import { EventEmitter } from 'node:events';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEventBus } from './events';
import { IPC_CALL, IPC_EVENT, IPC_SHELL_CHANGE, IPC_SHELL_CHOOSE, IPC_SHELL_CONNECTION } from './ipc-channels';
import { CHANGE_CONNECTION_ARG, isTrustedSender, issuerOriginOf, originOf, startShell, type ElectronLike, type ShellDeps } from './shell';
import { APP_INDEX_URL } from './app-protocol';
import type { ConnectionChoice, ConnectionStore } from './connection-settings';
import type { Backend } from './backend';
import type { LogEntry, LogSink } from './log-file';

const RENDERER_DIR = '/opt/keten/dist/renderer';
const INDEX_URL = APP_INDEX_URL;

function memoryConnection(initial: ConnectionChoice | null = { mode: 'local' }): ConnectionStore & { saved: ConnectionChoice[] } {
  let value = initial;
  const saved: ConnectionChoice[] = [];
  return {
    saved,
    read: () => value,
    write: (choice) => {
      value = choice;
      saved.push(choice);
    },
  };
}

function fakeElectron(opts: { lock?: boolean } = {}) {
  const app = Object.assign(new EventEmitter(), {
    requestSingleInstanceLock: vi.fn(() => opts.lock ?? true),
    quit: vi.fn(),
    relaunch: vi.fn(),
    exit: vi.fn(),
    whenReady: vi.fn(() => Promise.resolve()),
    getPath: vi.fn((name: string) => `/home/u/.config/Keten Planner/${name === 'userData' ? '' : name}`.replace(/\/$/, '')),
    getVersion: vi.fn(() => '0.1.0'),
  });
  const handlers = new Map<string, (...args: unknown[]) => unknown>();
  const ipcMain = { handle: vi.fn((ch: string, fn: (...args: unknown[]) => unknown) => handlers.set(ch, fn)) };
  const windows: FakeWindow[] = [];
  class FakeWindow extends EventEmitter {
    options: unknown;
    webContents = Object.assign(new EventEmitter(), { send: vi.fn(), reload: vi.fn() });
    loadFile = vi.fn(() => Promise.resolve());
    loadURL = vi.fn(() => Promise.resolve());
    show = vi.fn();
    isDestroyed = () => false;
    isMinimized = () => false;
    restore = vi.fn();
    focus = vi.fn();
    constructor(options: unknown) {
      super();
      this.options = options;
      windows.push(this);
    }
    static getAllWindows = () => windows;
  }
  let headersListener: ((details: { responseHeaders?: Record<string, string[]> }, cb: (r: unknown) => void) => void) | undefined;
  let permissionHandler: ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void) | undefined;
  const session = {
    defaultSession: {
      webRequest: { onHeadersReceived: vi.fn((fn) => (headersListener = fn)) },
      setPermissionRequestHandler: vi.fn((fn) => (permissionHandler = fn)),
    },
  };
  const dialog = { showErrorBox: vi.fn(), showMessageBox: vi.fn(async () => ({ response: 0 })) };
  const protocolHandlers = new Map<string, (req: Request) => Promise<Response>>();
  const protocol = {
    registerSchemesAsPrivileged: vi.fn(),
    handle: vi.fn((scheme: string, fn: (req: Request) => Promise<Response>) => protocolHandlers.set(scheme, fn)),
  };
  type MenuItem = { label?: string; role?: string; type?: string; click?: () => void; submenu?: MenuItem[] };
  let menu: MenuItem[] = [];
  const Menu = { buildFromTemplate: vi.fn((t: MenuItem[]) => t), setApplicationMenu: vi.fn((m: MenuItem[]) => (menu = m)) };
  const menuItem = (label: string) => menu.flatMap((m) => m.submenu ?? []).find((i) => i.label === label);
  const electron = { app, ipcMain, BrowserWindow: FakeWindow, session, dialog, protocol, Menu } as unknown as ElectronLike;
  return { electron, app, ipcMain, handlers, windows, dialog, protocol, protocolHandlers, menuItem, headers: () => headersListener!, permissions: () => permissionHandler! };
}

function fakeBackend(): Backend & { dispatchCalls: unknown[][] } {
  const dispatchCalls: unknown[][] = [];
  return {
    dispatch: vi.fn(async (...args: unknown[]) => {
      dispatchCalls.push(args);
      return { ok: true as const, data: 'antwoord' };
    }),
    events: createEventBus(),
    db: {} as Backend['db'],
    dataFile: '/tmp/x.sqlite',
    seededDemo: false,
    log: fakeLog().log,
    close: vi.fn(),
    dispatchCalls,
  };
}

function fakeLog() {
  const entries: LogEntry[] = [];
  const log: LogSink = {
    path: '/home/u/.config/Keten Planner/logs/keten-planner.log',
    write: (entry) => (entries.push(entry), true),
    tail: () => [],
  };
  return { log, entries };
}

async function started(f: ReturnType<typeof fakeElectron>, backend = fakeBackend(), connection = memoryConnection(), argv?: string[], extra: Partial<ShellDeps> = {}) {
  const createBackend = vi.fn(() => backend);
  const deps: ShellDeps = {
    electron: f.electron,
    createBackend,
    paths: { rendererDir: RENDERER_DIR, preload: '/opt/keten/dist-electron/preload.cjs', nativeBinding: '/n.node' },
    connection,
    argv: argv ?? ['/opt/keten/keten-planner'],
    ...extra,
  };
  startShell(deps);
  await new Promise((r) => setTimeout(r, 0));
  return { backend, createBackend, connection };
}

describe('Electron shell', () => {
  it('opens one window with isolation, sandbox and no Node integration', async () => {
    const f = fakeElectron();
    const { createBackend } = await started(f);
    expect(f.windows).toHaveLength(1);
    const prefs = (f.windows[0]!.options as { webPreferences: Record<string, unknown> }).webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, preload: '/opt/keten/dist-electron/preload.cjs' });
    // Served from app://keten/, not file://.
    expect(f.windows[0]!.loadURL).toHaveBeenCalledWith('app://keten/index.html');
    expect(f.windows[0]!.loadFile).not.toHaveBeenCalled();
    expect(createBackend).toHaveBeenCalledWith({ dataDir: '/home/u/.config/Keten Planner', version: '0.1.0', nativeBinding: '/n.node' });
  });

  it('quits when another instance already runs', async () => {
    const f = fakeElectron({ lock: false });
    const { createBackend } = await started(f);
    expect(f.app.quit).toHaveBeenCalled();
    expect(createBackend).not.toHaveBeenCalled();
    expect(f.windows).toHaveLength(0);
  });

  it('denies navigation, redirects, webviews and new windows in every web contents', async () => {
    const f = fakeElectron();
    await started(f);
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    f.app.emit('web-contents-created', {}, contents);
    for (const ev of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const e = { preventDefault: vi.fn() };
      contents.emit(ev, e, 'https://evil.example/');
      expect(e.preventDefault, ev).toHaveBeenCalled();
    }
    const openHandler = contents.setWindowOpenHandler.mock.calls[0]![0] as () => unknown;
    expect(openHandler()).toEqual({ action: 'deny' });
  });

  it('sets the CSP on every response and refuses permission requests', async () => {
    const f = fakeElectron();
    await started(f);
    const cb = vi.fn();
    f.headers()({ responseHeaders: { 'X-A': ['1'] } }, cb);
    const headers = (cb.mock.calls[0]![0] as { responseHeaders: Record<string, string[]> }).responseHeaders;
    expect(headers['X-A']).toEqual(['1']);
    expect(headers['Content-Security-Policy']![0]).toContain("default-src 'self'");
    const allow = vi.fn();
    f.permissions()({}, 'media', allow);
    expect(allow).toHaveBeenCalledWith(false);
  });

  it('dispatches IPC calls from our own page only', async () => {
    const f = fakeElectron();
    const { backend } = await started(f);
    const handle = f.handlers.get(IPC_CALL)!;
    const ok = await handle({ senderFrame: { url: `${INDEX_URL}#/week` }, sender: { id: 1 } }, 'week.get', { weekStart: '2026-11-23' });
    expect(ok).toEqual({ ok: true, data: 'antwoord' });
    expect(backend.dispatchCalls[0]).toEqual(['week.get', { weekStart: '2026-11-23' }, { transport: 'ipc', session: { profile: null } }]);
    const foreign = (await handle({ senderFrame: { url: 'https://evil.example/' } }, 'week.get', {})) as { ok: boolean; error: { code: string } };
    expect(foreign.ok).toBe(false);
    expect(foreign.error.code).toBe('forbidden');
    const noFrame = (await handle({ senderFrame: null }, 'week.get', {})) as { ok: boolean };
    expect(noFrame.ok).toBe(false);
    expect(backend.dispatchCalls).toHaveLength(1);
  });

  it('keeps one profile session per window', async () => {
    const f = fakeElectron();
    const { backend } = await started(f);
    const handle = f.handlers.get(IPC_CALL)!;
    const frame = { url: `${INDEX_URL}#/week` };
    await handle({ senderFrame: frame, sender: { id: 1 } }, 'profile.current', {});
    await handle({ senderFrame: frame, sender: { id: 1 } }, 'profile.current', {});
    await handle({ senderFrame: frame, sender: { id: 2 } }, 'profile.current', {});
    const ctxs = backend.dispatchCalls.map((c) => c[2] as { session: object });
    expect(ctxs[0]!.session).toBe(ctxs[1]!.session);
    expect(ctxs[2]!.session).not.toBe(ctxs[0]!.session);
  });

  it('forwards service events to the windows', async () => {
    const f = fakeElectron();
    const { backend } = await started(f);
    backend.events.emit({ type: 'week.changed', weekStart: '2026-11-30' });
    expect(f.windows[0]!.webContents.send).toHaveBeenCalledWith(IPC_EVENT, { type: 'week.changed', weekStart: '2026-11-30' });
  });

  it('shows a clear error and quits when the database cannot be opened', async () => {
    const f = fakeElectron();
    startShell({
      electron: f.electron,
      createBackend: () => {
        throw new Error('Dit databasebestand is gemaakt door een nieuwere versie van Keten Planner.');
      },
      paths: { rendererDir: RENDERER_DIR, preload: '/p.cjs' },
      connection: memoryConnection(),
    });
    await new Promise((r) => setTimeout(r, 0));
    expect(f.dialog.showErrorBox).toHaveBeenCalledWith('Keten Planner kan niet starten', expect.stringContaining('nieuwere versie'));
    expect(f.app.quit).toHaveBeenCalled();
    expect(f.windows).toHaveLength(0);
  });

  it('closes the database when the last window closes', async () => {
    const f = fakeElectron();
    const { backend } = await started(f);
    f.app.emit('window-all-closed');
    expect(backend.close).toHaveBeenCalled();
    expect(f.app.quit).toHaveBeenCalled();
  });

  it('trusts only the exact index page URL', () => {
    expect(isTrustedSender(INDEX_URL, INDEX_URL)).toBe(true);
    expect(isTrustedSender(`${INDEX_URL}?x=1#a`, INDEX_URL)).toBe(true);
    expect(isTrustedSender('app://keten/other.html', INDEX_URL)).toBe(false);
    expect(isTrustedSender('file:///opt/keten/dist/renderer/index.html', INDEX_URL)).toBe(false);
    expect(isTrustedSender('https://planner.keten.nl/index.html', INDEX_URL)).toBe(false);
    expect(isTrustedSender(undefined, INDEX_URL)).toBe(false);
  });

  describe('app:// protocol', () => {
    it('registers app:// as a privileged scheme before the app is ready and serves the renderer folder from it', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'keten-shell-'));
      try {
        const rendererDir = join(dir, 'renderer');
        mkdirSync(rendererDir);
        writeFileSync(join(rendererDir, 'index.html'), '<title>K</title>');
        writeFileSync(join(dir, 'geheim.txt'), 'geheim');
        const f = fakeElectron();
        f.app.whenReady.mockImplementation(() => {
          // Electron requires the scheme registered before ready.
          expect(f.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
            expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
          ]);
          return Promise.resolve();
        });
        startShell({ electron: f.electron, createBackend: () => fakeBackend(), paths: { rendererDir, preload: '/p.cjs' }, connection: memoryConnection() });
        await new Promise((r) => setTimeout(r, 0));
        const handler = f.protocolHandlers.get('app')!;
        const page = await handler(new Request('app://keten/index.html'));
        expect(page.status).toBe(200);
        expect(await page.text()).toBe('<title>K</title>');
        expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
        const escape = await handler(new Request('app://keten/..%2Fgeheim.txt'));
        expect(escape.status).toBe(403);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('connection choice', () => {
    it('on first start opens no database and shows the choice page, with the shell API for our page only', async () => {
      const f = fakeElectron();
      const connection = memoryConnection(null);
      const { createBackend } = await started(f, fakeBackend(), connection);
      expect(createBackend).not.toHaveBeenCalled();
      expect(f.windows).toHaveLength(1);
      expect(f.windows[0]!.loadURL).toHaveBeenCalledWith('app://keten/index.html#/verbinding');
      expect((f.windows[0]!.options as { webPreferences: Record<string, unknown> }).webPreferences.preload).toBe('/opt/keten/dist-electron/preload.cjs');
      const ours = { senderFrame: { url: `${INDEX_URL}#/verbinding` }, sender: { id: 1 } };
      expect(await f.handlers.get(IPC_SHELL_CONNECTION)!(ours)).toEqual({ current: null, choosing: true });
      // Without a database the API answers with a refusal, never a crash.
      const call = (await f.handlers.get(IPC_CALL)!(ours, 'week.get', {})) as { ok: boolean; error: { code: string; message: string } };
      expect(call).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(call.error.message).toMatch(/Kies eerst/);
    });

    it('stores a valid choice and starts again in that mode; refuses plain http and foreign pages', async () => {
      vi.useFakeTimers();
      try {
        const f = fakeElectron();
        const connection = memoryConnection(null);
        startShell({
          electron: f.electron,
          createBackend: () => fakeBackend(),
          paths: { rendererDir: RENDERER_DIR, preload: '/p.cjs' },
          connection,
          argv: ['/usr/bin/electron', '.', CHANGE_CONNECTION_ARG],
        });
        await vi.advanceTimersByTimeAsync(0);
        const choose = f.handlers.get(IPC_SHELL_CHOOSE)!;
        const ours = { senderFrame: { url: `${INDEX_URL}#/verbinding` }, sender: { id: 1 } };
        expect(await choose(ours, { mode: 'remote', url: 'http://planner.keten.nl' })).toEqual({ ok: false, message: 'Het adres moet met https:// beginnen.' });
        expect(await choose(ours, { mode: 'remote', url: 'niet een adres' })).toEqual({ ok: false, message: 'Dit is geen bruikbaar adres.' });
        expect(await choose({ senderFrame: { url: 'https://evil.example/' } }, { mode: 'remote', url: 'https://evil.example' })).toMatchObject({ ok: false });
        expect(connection.saved).toEqual([]);
        expect(f.app.relaunch).not.toHaveBeenCalled();

        expect(await choose(ours, { mode: 'remote', url: 'planner.keten.nl' })).toEqual({ ok: true });
        expect(connection.saved).toEqual([{ mode: 'remote', url: 'https://planner.keten.nl/' }]);
        await vi.advanceTimersByTimeAsync(0);
        // Started again without the "change" flag, the dev argument kept.
        expect(f.app.relaunch).toHaveBeenCalledWith({ args: ['.'] });
        expect(f.app.exit).toHaveBeenCalledWith(0);
      } finally {
        vi.useRealTimers();
      }
    });

    it('shows the choice again with the current one when started to change it', async () => {
      const f = fakeElectron();
      const { createBackend } = await started(f, fakeBackend(), memoryConnection({ mode: 'remote', url: 'https://planner.keten.nl/' }), ['/opt/k', CHANGE_CONNECTION_ARG]);
      expect(createBackend).not.toHaveBeenCalled();
      expect(f.windows[0]!.loadURL).toHaveBeenCalledWith('app://keten/index.html#/verbinding');
      const ours = { senderFrame: { url: `${INDEX_URL}#/verbinding` }, sender: { id: 1 } };
      expect(await f.handlers.get(IPC_SHELL_CONNECTION)!(ours)).toEqual({ current: { mode: 'remote', url: 'https://planner.keten.nl/' }, choosing: true });
    });

    it('offers "Verbinding wijzigen" in the menu: the database is closed and the app starts again at the choice', async () => {
      const f = fakeElectron();
      const { backend } = await started(f);
      const item = f.menuItem('Verbinding wijzigen…')!;
      expect(item).toBeDefined();
      item.click!();
      expect(backend.close).toHaveBeenCalled();
      expect(f.app.relaunch).toHaveBeenCalledWith({ args: [CHANGE_CONNECTION_ARG] });
      expect(f.app.exit).toHaveBeenCalledWith(0);
    });
  });

  it('lets our page (the About panel) start the app again at the choice; no other page can', async () => {
    vi.useFakeTimers();
    try {
      const f = fakeElectron();
      const backend = fakeBackend();
      startShell({ electron: f.electron, createBackend: () => backend, paths: { rendererDir: RENDERER_DIR, preload: '/p.cjs' }, connection: memoryConnection(), argv: ['/opt/k'] });
      await vi.advanceTimersByTimeAsync(0);
      const change = f.handlers.get(IPC_SHELL_CHANGE)!;
      await change({ senderFrame: { url: 'https://evil.example/' } });
      await vi.advanceTimersByTimeAsync(0);
      expect(f.app.relaunch).not.toHaveBeenCalled();
      await change({ senderFrame: { url: `${INDEX_URL}#/week` } });
      await vi.advanceTimersByTimeAsync(0);
      expect(backend.close).toHaveBeenCalled();
      expect(f.app.relaunch).toHaveBeenCalledWith({ args: [CHANGE_CONNECTION_ARG] });
    } finally {
      vi.useRealTimers();
    }
  });

  describe("remote mode (the keten's server)", () => {
    const SERVER = 'https://planner.keten.nl/';
    async function remote() {
      const f = fakeElectron();
      const r = await started(f, fakeBackend(), memoryConnection({ mode: 'remote', url: SERVER }));
      return { f, ...r };
    }

    it('loads the server in the window, without a preload and without a local database', async () => {
      const { f, createBackend } = await remote();
      expect(createBackend).not.toHaveBeenCalled();
      expect(f.windows).toHaveLength(1);
      expect(f.windows[0]!.loadURL).toHaveBeenCalledWith(SERVER);
      const prefs = (f.windows[0]!.options as { webPreferences: Record<string, unknown> }).webPreferences;
      expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
      expect('preload' in prefs).toBe(false);
    });

    it('lets the window navigate within the server only; other origins, webviews and new windows are denied', async () => {
      const { f } = await remote();
      const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
      f.app.emit('web-contents-created', {}, contents);
      const nav = (ev: string, url: string, viaDetails = false) => {
        const e = viaDetails ? { preventDefault: vi.fn(), url } : { preventDefault: vi.fn() };
        contents.emit(ev, e, url);
        return e.preventDefault.mock.calls.length > 0;
      };
      expect(nav('will-navigate', 'https://planner.keten.nl/week')).toBe(false);
      expect(nav('will-navigate', 'https://planner.keten.nl/auth/login', true)).toBe(false);
      expect(nav('will-redirect', 'https://planner.keten.nl/')).toBe(false);
      for (const url of [
        'https://evil.example/',
        'http://planner.keten.nl/',
        'https://planner.keten.nl.evil.example/',
        'https://planner.keten.nl:8443/',
        'file:///etc/passwd',
        'app://keten/index.html',
      ]) {
        expect(nav('will-navigate', url), url).toBe(true);
        expect(nav('will-redirect', url), url).toBe(true);
      }
      expect(nav('will-navigate', 'https://evil.example/', true)).toBe(true);
      const webview = { preventDefault: vi.fn() };
      contents.emit('will-attach-webview', webview);
      expect(webview.preventDefault).toHaveBeenCalled();
      const openHandler = contents.setWindowOpenHandler.mock.calls[0]![0] as (d: { url: string }) => unknown;
      expect(openHandler({ url: 'https://planner.keten.nl/x' })).toEqual({ action: 'deny' });
    });

    it('refuses certificate errors and tells the user once', async () => {
      const { f } = await remote();
      const event = { preventDefault: vi.fn() };
      const callback = vi.fn();
      f.app.emit('certificate-error', event, {}, 'https://planner.keten.nl/', 'net::ERR_CERT_AUTHORITY_INVALID', {}, callback);
      f.app.emit('certificate-error', event, {}, 'https://planner.keten.nl/app.js', 'net::ERR_CERT_AUTHORITY_INVALID', {}, callback);
      expect(event.preventDefault).not.toHaveBeenCalled();
      expect(callback).toHaveBeenCalledTimes(2);
      expect(callback.mock.calls.every((c) => c[0] === false)).toBe(true);
      expect(f.dialog.showErrorBox).toHaveBeenCalledTimes(1);
      expect(f.dialog.showErrorBox).toHaveBeenCalledWith('Keten Planner: onveilige verbinding geweigerd', expect.stringContaining('https://planner.keten.nl'));
    });

    it("gives the server's pages no local API: every IPC handler refuses them", async () => {
      const { f, backend } = await remote();
      const fromServer = { senderFrame: { url: 'https://planner.keten.nl/#/week' }, sender: { id: 1 } };
      const call = (await f.handlers.get(IPC_CALL)!(fromServer, 'week.get', {})) as { ok: boolean; error: { code: string } };
      expect(call).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(backend.dispatchCalls).toHaveLength(0);
      expect(await f.handlers.get(IPC_SHELL_CONNECTION)!(fromServer)).toBeNull();
      expect(await f.handlers.get(IPC_SHELL_CHOOSE)!(fromServer, { mode: 'local' })).toMatchObject({ ok: false });
      expect(f.app.relaunch).not.toHaveBeenCalled();
    });

    it('offers to try again, change the connection or stop when the server cannot be reached', async () => {
      const { f } = await remote();
      const win = f.windows[0]!;
      // A navigation we refused (aborted), a subframe and a certificate error are not this.
      win.webContents.emit('did-fail-load', {}, -3, 'ERR_ABORTED', SERVER, true);
      win.webContents.emit('did-fail-load', {}, -105, 'ERR_NAME_NOT_RESOLVED', 'https://planner.keten.nl/frame', false);
      win.webContents.emit('did-fail-load', {}, -202, 'ERR_CERT_AUTHORITY_INVALID', SERVER, true);
      expect(f.dialog.showMessageBox).not.toHaveBeenCalled();

      win.loadURL.mockClear();
      f.dialog.showMessageBox.mockResolvedValueOnce({ response: 0 });
      win.webContents.emit('did-fail-load', {}, -105, 'ERR_NAME_NOT_RESOLVED', SERVER, true);
      await new Promise((r) => setTimeout(r, 0));
      expect(f.dialog.showMessageBox).toHaveBeenCalledWith(
        win,
        expect.objectContaining({ message: 'De server van de keten is niet bereikbaar.', buttons: ['Opnieuw proberen', 'Verbinding wijzigen', 'Afsluiten'] }),
      );
      expect(win.loadURL).toHaveBeenCalledWith(SERVER);

      f.dialog.showMessageBox.mockResolvedValueOnce({ response: 1 });
      win.webContents.emit('did-fail-load', {}, -102, 'ERR_CONNECTION_REFUSED', SERVER, true);
      await new Promise((r) => setTimeout(r, 0));
      expect(f.app.relaunch).toHaveBeenCalledWith({ args: [CHANGE_CONNECTION_ARG] });

      f.dialog.showMessageBox.mockResolvedValueOnce({ response: 2 });
      win.webContents.emit('did-fail-load', {}, -102, 'ERR_CONNECTION_REFUSED', SERVER, true);
      await new Promise((r) => setTimeout(r, 0));
      expect(f.app.quit).toHaveBeenCalled();
    });

    describe('signing in through the organisation (single sign-on)', () => {
      const ISSUER = 'https://login.gemeente.example';
      const options = (sso: unknown) => ({ ok: true, json: async () => ({ ok: true, data: { sso } }) });
      async function withSso(fetch: NonNullable<ShellDeps['fetch']>) {
        const f = fakeElectron();
        const { log, entries } = fakeLog();
        await started(f, fakeBackend(), memoryConnection({ mode: 'remote', url: SERVER }), undefined, { fetch: vi.fn(fetch), openLog: () => log });
        await new Promise((r) => setTimeout(r, 0));
        const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
        f.app.emit('web-contents-created', {}, contents);
        const denied = (ev: string, url: string) => {
          const e = { preventDefault: vi.fn(), url };
          contents.emit(ev, e, url);
          return e.preventDefault.mock.calls.length > 0;
        };
        return { f, contents, denied, entries };
      }

      it("asks the server for its provider without login and lets the window go there only through the server's sign-in route", async () => {
        const fetch = vi.fn(async () => options({ name: 'Gemeente', issuerOrigin: ISSUER }));
        const { denied, contents } = await withSso(fetch);
        expect(fetch).toHaveBeenCalledWith('https://planner.keten.nl/auth/options');
        // Not before the sign-in route: the provider is no general way out.
        expect(denied('will-navigate', `${ISSUER}/authorize`)).toBe(true);
        expect(denied('will-navigate', 'https://planner.keten.nl/auth/oidc/start')).toBe(false);
        expect(denied('will-redirect', `${ISSUER}/tenant/oauth2/v2.0/authorize?client_id=x`)).toBe(false);
        expect(denied('will-navigate', `${ISSUER}/tenant/login`)).toBe(false);
        // Other origins stay denied, on the way too: another host, http, another port, a look-alike.
        for (const url of ['https://evil.example/', 'http://login.gemeente.example/', 'https://login.gemeente.example:8443/', 'https://login.gemeente.example.evil.example/']) {
          expect(denied('will-navigate', url), url).toBe(true);
          expect(denied('will-redirect', url), url).toBe(true);
        }
        // Back on the server (the callback): the provider is closed again.
        expect(denied('will-redirect', 'https://planner.keten.nl/auth/oidc/callback?code=1&state=2')).toBe(false);
        expect(denied('will-navigate', `${ISSUER}/tenant/login`)).toBe(true);
        expect(denied('will-navigate', 'https://planner.keten.nl/')).toBe(false);
        // New windows stay denied, also the provider's.
        const openHandler = contents.setWindowOpenHandler.mock.calls[0]![0] as (d: { url: string }) => unknown;
        expect(openHandler({ url: `${ISSUER}/help` })).toEqual({ action: 'deny' });
      });

      it("keeps the provider's pages' own headers, and still refuses their certificate errors", async () => {
        const { f } = await withSso(async () => options({ name: 'Gemeente', issuerOrigin: ISSUER }));
        const cb = vi.fn();
        f.headers()({ url: `${ISSUER}/tenant/login`, responseHeaders: { 'X-Frame-Options': ['DENY'] } } as never, cb);
        expect((cb.mock.calls[0]![0] as { responseHeaders: Record<string, string[]> }).responseHeaders).toEqual({ 'X-Frame-Options': ['DENY'] });
        const callback = vi.fn();
        f.app.emit('certificate-error', { preventDefault: vi.fn() }, {}, `${ISSUER}/tenant/login`, 'net::ERR_CERT_DATE_INVALID', {}, callback);
        expect(callback).toHaveBeenCalledWith(false);
        expect(f.dialog.showErrorBox).toHaveBeenCalledWith('Keten Planner: onveilige verbinding geweigerd', expect.stringContaining(ISSUER));
      });

      it('refuses a provider on plain http, except on this computer', async () => {
        const { denied } = await withSso(async () => options({ name: 'Gemeente', issuerOrigin: 'http://login.gemeente.example' }));
        expect(denied('will-navigate', 'https://planner.keten.nl/auth/oidc/start')).toBe(false);
        expect(denied('will-redirect', 'http://login.gemeente.example/authorize')).toBe(true);

        const local = await withSso(async () => options({ name: 'Test', issuerOrigin: 'http://127.0.0.1:9400' }));
        expect(local.denied('will-navigate', 'https://planner.keten.nl/auth/oidc/start')).toBe(false);
        expect(local.denied('will-redirect', 'http://127.0.0.1:9400/auth?x=1')).toBe(false);
        expect(local.denied('will-redirect', 'http://127.0.0.1:9401/auth?x=1')).toBe(true);
      });

      it('keeps the window on the server only when the options cannot be fetched, and asks again when a page loads', async () => {
        const fetch = vi.fn(async (): Promise<{ ok: boolean; json(): Promise<unknown> }> => {
          throw new Error('ECONNREFUSED');
        });
        const { f, denied, entries } = await withSso(fetch);
        expect(denied('will-navigate', 'https://planner.keten.nl/auth/oidc/start')).toBe(false);
        expect(denied('will-redirect', `${ISSUER}/authorize`)).toBe(true);
        expect(entries).toEqual([expect.objectContaining({ where: 'sign-in-options', message: expect.stringContaining('ECONNREFUSED') })]);
        // An error answer, or one without a provider, is no provider either.
        fetch.mockResolvedValueOnce({ ok: false, json: async () => ({ ok: false }) });
        f.windows[0]!.webContents.emit('did-finish-load');
        await new Promise((r) => setTimeout(r, 0));
        expect(denied('will-navigate', 'https://planner.keten.nl/auth/oidc/start')).toBe(false);
        expect(denied('will-redirect', `${ISSUER}/authorize`)).toBe(true);
        // The server is back: the next page load learns the provider.
        fetch.mockResolvedValueOnce(options({ name: 'Gemeente', issuerOrigin: ISSUER }));
        f.windows[0]!.webContents.emit('did-finish-load');
        await new Promise((r) => setTimeout(r, 0));
        expect(fetch).toHaveBeenCalledTimes(3);
        expect(denied('will-navigate', 'https://planner.keten.nl/auth/oidc/start')).toBe(false);
        expect(denied('will-redirect', `${ISSUER}/authorize`)).toBe(false);
      });

      it('reads only an https origin (http on this computer) from the options', () => {
        const answer = (issuerOrigin: unknown) => ({ ok: true, data: { sso: { name: 'X', issuerOrigin } } });
        expect(issuerOriginOf(answer('https://login.microsoftonline.com'))).toBe('https://login.microsoftonline.com');
        expect(issuerOriginOf(answer('https://idp.example:8443'))).toBe('https://idp.example:8443');
        expect(issuerOriginOf(answer('http://localhost:9400'))).toBe('http://localhost:9400');
        for (const bad of ['http://idp.example', 'idp.example', 'https://idp.example/tenant', 'https://user@idp.example', 'javascript:alert(1)', 'app://keten', '', 42, null]) {
          expect(issuerOriginOf(answer(bad)), String(bad)).toBeNull();
        }
        expect(issuerOriginOf({ ok: true, data: { sso: null } })).toBeNull();
        expect(issuerOriginOf('kapot')).toBeNull();
      });

      it('in local mode asks nothing and lets no window go anywhere', async () => {
        const fetch = vi.fn(async () => options({ name: 'Gemeente', issuerOrigin: ISSUER }));
        const f = fakeElectron();
        await started(f, fakeBackend(), memoryConnection(), undefined, { fetch });
        expect(fetch).not.toHaveBeenCalled();
        const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
        f.app.emit('web-contents-created', {}, contents);
        for (const url of ['https://planner.keten.nl/auth/oidc/start', `${ISSUER}/authorize`]) {
          const e = { preventDefault: vi.fn(), url };
          contents.emit('will-navigate', e, url);
          expect(e.preventDefault, url).toHaveBeenCalled();
        }
      });
    });

    it('keeps the CSP the server sends and gives our CSP to what comes without one', async () => {
      const { f } = await remote();
      const cb = vi.fn();
      f.headers()({ url: 'https://planner.keten.nl/', responseHeaders: { 'content-security-policy': ["default-src 'self'; frame-ancestors 'none'"] } } as never, cb);
      expect((cb.mock.calls[0]![0] as { responseHeaders: Record<string, string[]> }).responseHeaders).toEqual({
        'content-security-policy': ["default-src 'self'; frame-ancestors 'none'"],
      });
      f.headers()({ url: 'https://elders.example/x.js', responseHeaders: { 'content-security-policy': ['default-src *'] } } as never, cb);
      expect((cb.mock.calls[1]![0] as { responseHeaders: Record<string, string[]> }).responseHeaders['Content-Security-Policy']![0]).toContain("object-src 'none'");
    });
  });

  it('has no way around certificate checks anywhere in the main process', () => {
    const dir = fileURLToPath(new URL('.', import.meta.url));
    const sources = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => readFileSync(join(dir, f), 'utf8'));
    expect(sources.length).toBeGreaterThan(10);
    for (const forbidden of ['setCertificateVerifyProc(', 'ignore-certificate-errors', 'allow-insecure-localhost', 'NODE_TLS_REJECT_UNAUTHORIZED']) {
      expect(sources.filter((src) => src.includes(forbidden)).length, forbidden).toBe(0);
    }
  });

  it('reads origins safely', () => {
    expect(originOf('https://planner.keten.nl/x?y')).toBe('https://planner.keten.nl');
    expect(originOf('about:blank')).toBeNull();
    expect(originOf('kapot')).toBeNull();
    expect(originOf(undefined)).toBeNull();
  });

  describe('log file', () => {
    async function withLog(createBackend?: () => Backend) {
      const f = fakeElectron();
      const { log, entries } = fakeLog();
      const openLog = vi.fn(() => log);
      const processEvents = new EventEmitter();
      startShell({
        electron: f.electron,
        createBackend: createBackend ?? (() => fakeBackend()),
        paths: { rendererDir: RENDERER_DIR, preload: '/p.cjs' },
        connection: memoryConnection(),
        openLog,
        processEvents: processEvents as unknown as NonNullable<ShellDeps['processEvents']>,
      });
      await new Promise((r) => setTimeout(r, 0));
      return { f, entries, openLog, processEvents };
    }

    it('opens the log in the data folder and writes down uncaught errors and rejections of the main process', async () => {
      const { f, entries, openLog, processEvents } = await withLog();
      expect(openLog).toHaveBeenCalledWith('/home/u/.config/Keten Planner');
      const err = new TypeError('kapot');
      processEvents.emit('uncaughtException', err);
      processEvents.emit('unhandledRejection', 'afgewezen');
      expect(entries).toEqual([
        { level: 'error', source: 'main', where: 'uncaughtException', message: 'TypeError: kapot', stack: err.stack },
        { level: 'error', source: 'main', where: 'unhandledRejection', message: 'afgewezen', stack: undefined },
      ]);
      // Told in Dutch, with where the details are, instead of Electron's English dialog.
      expect(f.dialog.showErrorBox).toHaveBeenCalledWith('Keten Planner: onverwachte fout', expect.stringContaining('TypeError: kapot'));
      expect(f.dialog.showErrorBox).toHaveBeenCalledWith(expect.anything(), expect.stringContaining('/home/u/.config/Keten Planner/logs/keten-planner.log'));
    });

    it('writes down why the app could not start', async () => {
      const { entries } = await withLog(() => {
        throw new Error('Dit databasebestand is beschadigd.');
      });
      expect(entries).toEqual([
        expect.objectContaining({ level: 'error', source: 'main', where: 'start', message: 'Keten Planner kan niet starten: Error: Dit databasebestand is beschadigd.' }),
      ]);
    });

    it('writes down a crashed renderer and loads the page again, once in a while only', async () => {
      const { f, entries } = await withLog();
      const win = f.windows[0]!;
      f.app.emit('render-process-gone', {}, win.webContents, { reason: 'crashed', exitCode: 11 });
      expect(entries).toEqual([{ level: 'error', source: 'renderer', where: 'render-process-gone', message: 'Het venster stopte onverwacht (crashed, code 11).' }]);
      expect(win.webContents.reload).toHaveBeenCalledTimes(1);
      // Crashing again right away: written down, but no reload loop.
      f.app.emit('render-process-gone', {}, win.webContents, { reason: 'crashed', exitCode: 11 });
      expect(entries).toHaveLength(2);
      expect(win.webContents.reload).toHaveBeenCalledTimes(1);
      // A window closed normally is not an error.
      f.app.emit('render-process-gone', {}, win.webContents, { reason: 'clean-exit', exitCode: 0 });
      f.app.emit('child-process-gone', {}, { type: 'GPU', reason: 'crashed', exitCode: 9 });
      expect(entries.map((e) => e.message)).toEqual([
        'Het venster stopte onverwacht (crashed, code 11).',
        'Het venster stopte onverwacht (crashed, code 11).',
        'Hulpproces GPU stopte onverwacht (crashed, code 9).',
      ]);
    });
  });
});
