// The installable app: electron-builder.yml as electron-builder itself reads and validates it
// (fuses, targets, icon), and package.json's `dependencies` holding exactly what the bundles
// leave external (everything else is inside the bundles, so it is not packaged twice).
import { readFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { BUNDLES, EXTERNAL } from '../scripts/build-main-config.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
};

interface BuilderConfig {
  electronFuses?: Record<string, boolean>;
  asar?: boolean;
  icon?: string;
  win?: { target?: (string | { target: string })[]; icon?: string };
  nsis?: { oneClick?: boolean; perMachine?: boolean; allowElevation?: boolean };
  msi?: { perMachine?: boolean; upgradeCode?: string };
  mac?: { target?: string };
  linux?: { target?: string };
  files?: string[];
}

async function builderConfig(): Promise<BuilderConfig> {
  // electron-builder's own loader and schema check, as `npm run dist` runs them.
  const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
    getConfig(dir: string, file: string, extra: null): Promise<BuilderConfig>;
    validateConfiguration(config: BuilderConfig, logger: unknown): Promise<void>;
  };
  const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
  const config = await getConfig(ROOT, 'electron-builder.yml', null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

describe('packaging', () => {
  it('sets the fuses: no run-as-node, NODE_OPTIONS or --inspect; the app only from an integrity-checked asar; cookies encrypted', async () => {
    const config = await builderConfig();
    expect(config.asar).not.toBe(false);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
  });

  it('builds NSIS (per user or per machine) and a per-machine MSI on Windows, a dmg on macOS, an AppImage on Linux', async () => {
    const config = await builderConfig();
    const winTargets = (config.win?.target ?? []).map((t) => (typeof t === 'string' ? t : t.target));
    expect(winTargets).toEqual(['nsis', 'msi']);
    // Assisted NSIS installer: the install-mode page offers "only for me" or "for all users".
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: true });
    expect(config.msi?.perMachine).toBe(true);
    expect(config.msi?.upgradeCode).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(config.mac?.target).toBe('dmg');
    expect(config.linux?.target).toBe('AppImage');
    expect(pkg.scripts.dist).toContain('electron-builder --config electron-builder.yml');
  });

  it('has an icon: the SVG source, a 1024 px PNG and a Windows ICO up to 256 px', async () => {
    const config = await builderConfig();
    expect(config.icon).toBe('build/icon.png');
    expect(config.win?.icon).toBe('build/icon.ico');
    expect(readFileSync(`${ROOT}build/icon.svg`, 'utf8')).toContain('<svg');
    const png = readFileSync(`${ROOT}build/icon.png`);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
    const ico = readFileSync(`${ROOT}build/icon.ico`);
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => ico.readUInt8(6 + 16 * i) || 256);
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
  });

  it('packages as dependencies exactly the packages the bundles leave external; electron stays a devDependency', async () => {
    const deps = Object.keys(pkg.dependencies).sort();
    expect(deps).toEqual(EXTERNAL.filter((e) => e !== 'electron').sort());
    expect(pkg.devDependencies.electron).toBeDefined();
    expect(pkg.dependencies.electron).toBeUndefined();

    // What the real bundles import at run time, beyond Node's own modules.
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const external = new Set<string>();
    for (const options of BUNDLES) {
      const result = await build({ ...options, absWorkingDir: ROOT, write: false, sourcemap: false, metafile: true, logLevel: 'silent' });
      for (const output of Object.values(result.metafile.outputs)) {
        for (const imp of output.imports) {
          if (!imp.external || builtins.has(imp.path)) continue;
          external.add(imp.path.startsWith('@') ? imp.path.split('/').slice(0, 2).join('/') : imp.path.split('/')[0]!);
        }
      }
    }
    expect([...external].sort()).toEqual(['better-sqlite3', 'electron']);
    for (const name of external) expect(name === 'electron' || name in pkg.dependencies, name).toBe(true);
  });
});
