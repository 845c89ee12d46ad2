// The layering rules of the design, checked on the import statements of the source tree.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const rel = join(dir, name);
    if (statSync(join(ROOT, rel)).isDirectory()) out.push(...sourceFiles(rel));
    else if (/\.(ts|tsx)$/.test(name)) out.push(rel);
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const re = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;
  const out: string[] = [];
  for (const m of text.matchAll(re)) out.push((m[1] ?? m[2] ?? m[3])!);
  return out;
}

function resolvesInto(file: string, spec: string, area: string): boolean {
  if (!spec.startsWith('.')) return false;
  const target = relative(ROOT, resolve(ROOT, dirname(file), spec));
  return target === area || target.startsWith(`${area}/`);
}

const NODE_BUILTIN = /^(node:|fs$|path$|os$|child_process$|http$|https$|net$|crypto$|url$|worker_threads$|stream$)/;

describe('architecture', () => {
  it('shared/ imports no Electron, Node, database or DOM code', () => {
    const bad: string[] = [];
    for (const file of sourceFiles('shared')) {
      if (/\.test\.ts$/.test(file)) continue;
      for (const spec of importsOf(file)) {
        if (spec === 'electron' || spec === 'better-sqlite3' || NODE_BUILTIN.test(spec) || spec === 'react' || spec.startsWith('react-dom')) bad.push(`${file} -> ${spec}`);
        for (const area of ['db', 'electron', 'renderer']) if (resolvesInto(file, spec, area)) bad.push(`${file} -> ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('the renderer never imports db/, electron/ or Node code', () => {
    const bad: string[] = [];
    for (const file of sourceFiles('renderer')) {
      for (const spec of importsOf(file)) {
        if (spec === 'electron' || spec === 'better-sqlite3' || NODE_BUILTIN.test(spec)) bad.push(`${file} -> ${spec}`);
        for (const area of ['db', 'electron']) if (resolvesInto(file, spec, area)) bad.push(`${file} -> ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('only the thin shell imports electron', () => {
    const allowed = new Set(['electron/main.ts', 'electron/preload.ts', 'electron/shell.ts']);
    const users = [...sourceFiles('electron'), ...sourceFiles('db')].filter(
      (f) => !/\.test\.ts$/.test(f) && importsOf(f).includes('electron'),
    );
    expect(users.filter((f) => !allowed.has(f))).toEqual([]);
  });

  it('the import scanner sees the imports it checks', () => {
    // Guards the three tests above against a scanner that silently finds nothing.
    expect(importsOf('electron/main.ts')).toContain('electron');
    expect(importsOf('renderer/api/bridge.ts').some((s) => s.includes('shared/api/contract'))).toBe(true);
  });
});
