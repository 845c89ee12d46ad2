// Bundles the Node side: the Electron main process and preload (CommonJS, as Electron's
// sandboxed preload requires) and the browser-mode server (ESM). better-sqlite3 stays
// external because it is a native module; electron is provided by the runtime.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  external: ['electron', 'better-sqlite3'],
  define: { __KETEN_VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning',
};

const esm = {
  format: 'esm',
  // Bundled CommonJS dependencies call require(); give them one in the ESM bundle.
  banner: { js: "import { createRequire as __kpCreateRequire } from 'node:module'; const require = __kpCreateRequire(import.meta.url);" },
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist-electron/main.cjs', format: 'cjs' }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist-electron/preload.cjs', format: 'cjs' }),
  build({ ...common, ...esm, entryPoints: ['electron/serve.ts'], outfile: 'dist-electron/serve.mjs' }),
  build({ ...common, ...esm, entryPoints: ['electron/server.ts'], outfile: 'dist-electron/server.mjs' }),
  build({ ...common, ...esm, entryPoints: ['electron/accounts-cli.ts'], outfile: 'dist-electron/accounts.mjs' }),
  // The planner runs in a worker thread of whichever process hosts the services.
  build({ ...common, ...esm, entryPoints: ['electron/planner-jobs/plan-worker.ts'], outfile: 'dist-electron/plan-worker.mjs' }),
]);
console.log('dist-electron/ gebouwd (main.cjs, preload.cjs, serve.mjs, server.mjs, accounts.mjs, plan-worker.mjs)');
