// The layering rules of the design (ARCHITECTURE.md), checked on the source tree. The import
// bans also live in eslint.config.js; SQL outside db/ and import circles only here. The scanner
// is proved on the small trees under test/fixtures/architecture/ first.
import { describe, expect, it } from 'vitest';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatCircle, formatSql, importCircles, importsOf, resolvesInto, scanSource, sourceFiles, sqlIn, sqlOutsideDb } from './support/architecture';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = join(ROOT, 'test/fixtures/architecture');

const NODE_BUILTIN = /^(node:|fs$|path$|os$|child_process$|http$|https$|net$|crypto$|url$|worker_threads$|stream$)/;

describe('architecture', () => {
  it('shared/ imports no Electron, Node, database or DOM code', () => {
    const bad: string[] = [];
    for (const file of sourceFiles(ROOT, 'shared')) {
      if (/\.test\.ts$/.test(file)) continue;
      for (const spec of importsOf(ROOT, file)) {
        if (spec === 'electron' || spec === 'better-sqlite3' || NODE_BUILTIN.test(spec) || spec === 'react' || spec.startsWith('react-dom')) bad.push(`${file} -> ${spec}`);
        for (const area of ['db', 'electron', 'renderer']) if (resolvesInto(file, spec, area)) bad.push(`${file} -> ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('the renderer never imports db/, electron/ or Node code', () => {
    const bad: string[] = [];
    for (const file of sourceFiles(ROOT, 'renderer')) {
      for (const spec of importsOf(ROOT, file)) {
        if (spec === 'electron' || spec === 'better-sqlite3' || NODE_BUILTIN.test(spec)) bad.push(`${file} -> ${spec}`);
        for (const area of ['db', 'electron']) if (resolvesInto(file, spec, area)) bad.push(`${file} -> ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('only the thin shell imports electron', () => {
    const allowed = new Set(['electron/main.ts', 'electron/preload.ts', 'electron/shell.ts']);
    const users = [...sourceFiles(ROOT, 'electron'), ...sourceFiles(ROOT, 'db')].filter((f) => !/\.test\.ts$/.test(f) && importsOf(ROOT, f).includes('electron'));
    expect(users.filter((f) => !allowed.has(f))).toEqual([]);
  });

  it('the import scanner sees the imports it checks', () => {
    // Guards the three tests above against a scanner that silently finds nothing.
    expect(importsOf(ROOT, 'electron/main.ts')).toContain('electron');
    expect(importsOf(ROOT, 'renderer/api/bridge.ts').some((s) => s.includes('shared/api/contract'))).toBe(true);
  });

  it('all SQL lives in db/ (repositories and migrations)', () => {
    expect(sqlOutsideDb(ROOT).map(formatSql)).toEqual([]);
  });

  it('no import circles (type-only imports count)', () => {
    expect(importCircles(ROOT).map(formatCircle)).toEqual([]);
  });
});

describe('the architecture scanner, on fixtures', () => {
  it('finds an import circle, also through a type-only import and a folder index', () => {
    expect(importCircles(join(FIXTURES, 'circle'))).toEqual([
      ['electron/loop/index.ts', 'electron/other.tsx', 'electron/step.ts'],
      ['shared/a.ts', 'shared/b.ts'],
    ]);
  });

  it('finds SQL strings and database calls outside db/, tests outside db/ included', () => {
    const found = sqlOutsideDb(join(FIXTURES, 'sql-outside-db')).map((f) => `${f.file}:${f.line}`);
    expect(found).toEqual([
      'electron/services/thing.test.ts:3',
      'electron/services/thing.ts:4',
      'electron/services/thing.ts:7',
      'electron/services/thing.ts:11',
      'renderer/features/things.ts:3',
    ]);
  });

  it('sees the SQL inside db/ it lets pass there', () => {
    const root = join(FIXTURES, 'sql-outside-db');
    expect(sqlIn(root, 'db/repositories/things.ts').map((f) => f.line)).toEqual([3]);
    expect(sqlIn(root, 'db/repositories/things.test.ts').map((f) => f.line)).toEqual([3]);
  });

  it('stays quiet on a clean tree: SQL in comments, Dutch and English text, RegExp.exec, JSX apostrophes', () => {
    const root = join(FIXTURES, 'clean');
    expect(sqlOutsideDb(root)).toEqual([]);
    expect(importCircles(root)).toEqual([]);
    // The clean tree does import across files, so the silence is not an empty graph.
    expect(importsOf(root, 'electron/services/thing.ts')).toEqual(['../../db/repositories/things', '../../shared/b', '../../shared/a']);
  });

  it('splits source into code, comments and strings', () => {
    const { code, strings, withoutComments } = scanSource("const a = 'x // y'; // z\nconst r = /\\/\\//; /* c\n */ const t = `A ${b ? `B${c}` : 'C'} D`;\nimport './side.css';");
    expect(strings.map((s) => [s.text, s.line])).toEqual([
      ['x // y', 1],
      ['B${}', 3],
      ['C', 3],
      ['A ${} D', 3],
      ['./side.css', 4],
    ]);
    expect(withoutComments).not.toMatch(/\/\/ z|\/\*/);
    expect(code).not.toMatch(/x|y|A |side/);
    expect(withoutComments.split('\n')).toHaveLength(4);
  });
});
