// Bundles the Node side: the Electron main process and preload, the browser-mode server, the
// team server and its accounts tool, the planner's worker (see build-main-config.mjs).
import { build } from 'esbuild';
import { BUNDLES } from './build-main-config.mjs';

await Promise.all(BUNDLES.map((options) => build(options)));
console.log('dist-electron/ gebouwd (main.cjs, preload.cjs, serve.mjs, server.mjs, accounts.mjs, plan-worker.mjs)');
