// Builds better-sqlite3 for Electron's ABI into .electron-native/, leaving the Node build in
// node_modules (used by `npm test` and `npm run serve`) untouched. Runs before `npm start`;
// needs the internet once (Electron headers or a prebuilt binary), then it is cached.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, '.electron-native');
const outFile = join(outDir, 'better_sqlite3.node');
const stampFile = join(outDir, 'stamp.json');

const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const sqliteDir = join(require.resolve('better-sqlite3/package.json'), '..');
const sqliteVersion = JSON.parse(readFileSync(join(sqliteDir, 'package.json'), 'utf8')).version;
const wanted = { electron: electronVersion, betterSqlite3: sqliteVersion, arch: process.arch, platform: process.platform };

if (existsSync(outFile) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === JSON.stringify(wanted)) {
  process.exit(0);
}

console.log(`better-sqlite3 ${sqliteVersion} bouwen voor Electron ${electronVersion} (eenmalig)...`);
const work = join(outDir, 'src');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
cpSync(sqliteDir, work, { recursive: true, filter: (p) => !p.includes(`${join(sqliteDir, 'build')}`) });

const run = (cmd, args) => execFileSync(cmd, args, { cwd: work, stdio: 'inherit', shell: process.platform === 'win32' });
try {
  run('npx', ['--yes', 'prebuild-install', '--runtime', 'electron', '--target', electronVersion, '--arch', process.arch]);
} catch {
  run('npx', ['--yes', 'node-gyp', 'rebuild', '--release', `--target=${electronVersion}`, `--arch=${process.arch}`, '--dist-url=https://electronjs.org/headers']);
}
copyFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), outFile);
writeFileSync(stampFile, JSON.stringify(wanted));
rmSync(work, { recursive: true, force: true });
console.log(`Klaar: ${outFile}`);
