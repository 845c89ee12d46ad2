// Electron entry (bundled to dist-electron/main.cjs). All logic lives in shell.ts.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as electron from 'electron';
import { createBackend } from './backend';
import { openLogFile } from './log-file';
import { startShell } from './shell';

// In development the Electron-ABI build of better-sqlite3 sits beside node_modules, so the
// Node build that `npm test` uses is never replaced. A packaged app has its modules rebuilt
// for Electron by electron-builder and needs no override.
const devNative = join(__dirname, '..', '.electron-native', 'better_sqlite3.node');

startShell({
  electron,
  // The planner's worker is bundled beside main.cjs; in a packaged app it is unpacked from the
  // asar archive (electron-builder.yml), because worker threads load their script from disk.
  createBackend: (opts) => createBackend({ ...opts, planWorker: { file: join(__dirname, 'plan-worker.mjs').replace(/app\.asar([\\/])/, 'app.asar.unpacked$1') } }),
  paths: {
    rendererDir: join(__dirname, '..', 'dist', 'renderer'),
    preload: join(__dirname, 'preload.cjs'),
    nativeBinding: !electron.app.isPackaged && existsSync(devNative) ? devNative : undefined,
  },
  openLog: (dataDir) => openLogFile(dataDir),
  processEvents: process,
  // Chromium's network stack: the system's certificates and proxy, as the window uses.
  fetch: (url) => electron.net.fetch(url),
  argv: process.argv,
});
