// What scripts/build-main.mjs bundles, shared with the packaging test
// (test/packaging.test.ts), which proves that every package the installed app still needs at
// run time is external here and listed in package.json's `dependencies`, and nothing else is.
// better-sqlite3 stays external because it is a native module; electron is the runtime itself.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

export const EXTERNAL = ['electron', 'better-sqlite3'];

export const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  external: EXTERNAL,
  define: { __KETEN_VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning',
};

const esm = {
  format: 'esm',
  // Bundled CommonJS dependencies call require(); give them one in the ESM bundle.
  banner: { js: "import { createRequire as __kpCreateRequire } from 'node:module'; const require = __kpCreateRequire(import.meta.url);" },
};

/** Every bundle: the Electron main process and preload (CommonJS, as the sandboxed preload needs), the servers and tools (ESM). */
export const BUNDLES = [
  { ...common, entryPoints: ['electron/main.ts'], outfile: 'dist-electron/main.cjs', format: 'cjs' },
  { ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist-electron/preload.cjs', format: 'cjs' },
  { ...common, ...esm, entryPoints: ['electron/serve.ts'], outfile: 'dist-electron/serve.mjs' },
  { ...common, ...esm, entryPoints: ['electron/server.ts'], outfile: 'dist-electron/server.mjs' },
  { ...common, ...esm, entryPoints: ['electron/accounts-cli.ts'], outfile: 'dist-electron/accounts.mjs' },
  // The planner runs in a worker thread of whichever process hosts the services.
  { ...common, ...esm, entryPoints: ['electron/planner-jobs/plan-worker.ts'], outfile: 'dist-electron/plan-worker.mjs' },
];
