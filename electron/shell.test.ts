// The Electron shell, driven with a stand-in for the `electron` module.
import { describe, expect, it, vi } from 'vitest';
import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import { createEventBus } from './events';
import { IPC_CALL, IPC_EVENT } from './ipc-channels';
import { isTrustedSender, startShell, type ElectronLike, type ShellDeps } from './shell';
import type { Backend } from './backend';
import type { LogEntry, LogSink } from './log-file';

const INDEX = '/opt/keten/dist/renderer/index.html';
const INDEX_URL = pathToFileURL(INDEX).href;

function fakeElectron(opts: { lock?: boolean } = {}) {
  const app = Object.assign(new EventEmitter(), {
    requestSingleInstanceLock: vi.fn(() => opts.lock ?? true),
    quit: vi.fn(),
    whenReady: vi.fn(() => Promise.resolve()),
    getPath: vi.fn((name: string) => `/home/u/.config/Keten Planner/${name === 'userData' ? '' : name}`.replace(/\/$/, '')),
    getVersion: vi.fn(() => '0.1.0'),
  });
  const handlers = new Map<string, (...args: unknown[]) => unknown>();
  const ipcMain = { handle: vi.fn((ch: string, fn: (...args: unknown[]) => unknown) => handlers.set(ch, fn)) };
  const windows: FakeWindow[] = [];
  class FakeWindow extends EventEmitter {
    options: unknown;
    webContents = { send: vi.fn(), reload: vi.fn() };
    loadFile = vi.fn(() => Promise.resolve());
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
  const dialog = { showErrorBox: vi.fn() };
  const electron = { app, ipcMain, BrowserWindow: FakeWindow, session, dialog } as unknown as ElectronLike;
  return { electron, app, ipcMain, handlers, windows, dialog, headers: () => headersListener!, permissions: () => permissionHandler! };
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

async function started(f: ReturnType<typeof fakeElectron>, backend = fakeBackend()) {
  const createBackend = vi.fn(() => backend);
  const deps: ShellDeps = { electron: f.electron, createBackend, paths: { rendererIndex: INDEX, preload: '/opt/keten/dist-electron/preload.cjs', nativeBinding: '/n.node' } };
  startShell(deps);
  await new Promise((r) => setTimeout(r, 0));
  return { backend, createBackend };
}

describe('Electron shell', () => {
  it('opens one window with isolation, sandbox and no Node integration', async () => {
    const f = fakeElectron();
    const { createBackend } = await started(f);
    expect(f.windows).toHaveLength(1);
    const prefs = (f.windows[0]!.options as { webPreferences: Record<string, unknown> }).webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, preload: '/opt/keten/dist-electron/preload.cjs' });
    expect(f.windows[0]!.loadFile).toHaveBeenCalledWith(INDEX);
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
      paths: { rendererIndex: INDEX, preload: '/p.cjs' },
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

  it('trusts only the exact index file URL', () => {
    expect(isTrustedSender(INDEX_URL, INDEX_URL)).toBe(true);
    expect(isTrustedSender(`${INDEX_URL}?x=1#a`, INDEX_URL)).toBe(true);
    expect(isTrustedSender('file:///opt/keten/dist/renderer/other.html', INDEX_URL)).toBe(false);
    expect(isTrustedSender(undefined, INDEX_URL)).toBe(false);
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
        paths: { rendererIndex: INDEX, preload: '/p.cjs' },
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
