// The source scanner behind test/architecture.test.ts: pure functions of a root folder, so the
// same checks run on the real tree and on the small fixture trees that prove they catch things.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** The folders that hold the app's source; test/ holds the checks themselves and their fixtures. */
export const SOURCE_DIRS = ['shared', 'db', 'electron', 'renderer', 'scripts'] as const;

const SOURCE_FILE = /\.(ts|tsx)$/;
const TEST_FILE = /\.test\.tsx?$/;

export const isTestFile = (file: string) => TEST_FILE.test(file);

/** ts/tsx files under root/dir, as root-relative paths with forward slashes, sorted. */
export function sourceFiles(root: string, dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(join(root, rel))) {
      if (name === 'node_modules') continue;
      const child = rel ? `${rel}/${name}` : name;
      if (statSync(join(root, child)).isDirectory()) walk(child);
      else if (SOURCE_FILE.test(name)) out.push(child);
    }
  };
  if (existsSync(join(root, dir))) walk(dir);
  return out.sort();
}

export function allSourceFiles(root: string, dirs: readonly string[] = SOURCE_DIRS): string[] {
  return dirs.flatMap((dir) => sourceFiles(root, dir));
}

export interface StringLiteral {
  /** The literal's text; a template's ${...} parts read as "${}" (one literal per template). */
  text: string;
  line: number;
}

export interface ScannedSource {
  /** The source with comments blanked (strings kept): what the import scan reads. */
  withoutComments: string;
  /** The source with comments, strings and regex literals blanked: what the call scan reads. */
  code: string;
  strings: StringLiteral[];
}

const REGEX_AFTER = new Set(['(', ',', '=', ':', '[', '!', '&', '|', '?', '{', ';', '+', '-', '*', '%', '~', '^', '>']);
const REGEX_AFTER_WORD = /\b(return|typeof|case|do|else|in|of|void|yield|await|delete|instanceof|new)$/;

/**
 * Splits TypeScript source into code, comments and string literals. A small hand scanner, not
 * a parser: good enough for imports and SQL, and it resyncs at the end of a line, so a stray
 * apostrophe in JSX text ("foto's") costs at most that line.
 */
export function scanSource(text: string): ScannedSource {
  const keep = text.split('');
  const code = text.split('');
  const strings: StringLiteral[] = [];
  let line = 1;
  let i = 0;
  /** Templates whose ${...} the scanner is inside, innermost last, with their text so far. */
  const templates: { parts: string[]; line: number; depth: number }[] = [];
  let lastSignificant = '';

  const blank = (arr: string[], from: number, to: number) => {
    for (let k = from; k < to; k++) if (arr[k] !== '\n') arr[k] = ' ';
  };

  /** Reads template text from `start` (after a backtick or the "}" closing a ${...}) to the closing backtick or the next "${". */
  const readTemplate = (start: number, template: { parts: string[]; line: number; depth: number }): void => {
    let j = start;
    while (j < text.length) {
      const c = text[j];
      if (c === '\\') {
        if (text[j + 1] === '\n') line++;
        template.parts.push(text.slice(j, j + 2));
        j += 2;
        continue;
      }
      if (c === '\n') line++;
      if (c === '`') break;
      if (c === '$' && text[j + 1] === '{') {
        blank(code, start, j);
        template.parts.push('${}');
        template.depth = 0;
        templates.push(template);
        i = j + 2;
        lastSignificant = '{';
        return;
      }
      template.parts.push(c);
      j++;
    }
    blank(code, start, j);
    strings.push({ text: template.parts.join(''), line: template.line });
    i = j + 1;
    lastSignificant = '`';
  };

  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '\n') {
      line++;
      i++;
      continue;
    }
    if (c === '/' && next === '/') {
      let j = i;
      while (j < text.length && text[j] !== '\n') j++;
      blank(keep, i, j);
      blank(code, i, j);
      i = j;
      continue;
    }
    if (c === '/' && next === '*') {
      let j = text.indexOf('*/', i + 2);
      j = j < 0 ? text.length : j + 2;
      for (let k = i; k < j; k++) if (text[k] === '\n') line++;
      blank(keep, i, j);
      blank(code, i, j);
      i = j;
      continue;
    }
    if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== c && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      strings.push({ text: text.slice(i + 1, j), line });
      blank(code, i + 1, j);
      i = j < text.length && text[j] === c ? j + 1 : j;
      lastSignificant = c;
      continue;
    }
    if (c === '`') {
      readTemplate(i + 1, { parts: [], line, depth: 0 });
      continue;
    }
    if (c === '/') {
      const before = text.slice(Math.max(0, i - 12), i).trimEnd();
      const isRegex = lastSignificant === '' || REGEX_AFTER.has(lastSignificant) || REGEX_AFTER_WORD.test(before);
      if (isRegex) {
        let j = i + 1;
        let inClass = false;
        while (j < text.length && text[j] !== '\n') {
          const r = text[j];
          if (r === '/' && !inClass) break;
          if (r === '[') inClass = true;
          else if (r === ']') inClass = false;
          j += r === '\\' ? 2 : 1;
        }
        blank(code, i + 1, j);
        i = j + 1;
        lastSignificant = '/';
        continue;
      }
    }
    const open = templates[templates.length - 1];
    if (open) {
      if (c === '{') open.depth++;
      else if (c === '}') {
        if (open.depth === 0) {
          templates.pop();
          readTemplate(i + 1, open);
          continue;
        }
        open.depth--;
      }
    }
    if (!/\s/.test(c)) lastSignificant = c;
    i++;
  }
  return { withoutComments: keep.join(''), code: code.join(''), strings };
}

const read = (root: string, file: string) => readFileSync(join(root, file), 'utf8');

/** Every module specifier the file imports or re-exports (static, dynamic, require), comments ignored. */
export function importsOf(root: string, file: string): string[] {
  const text = scanSource(read(root, file)).withoutComments;
  const re =
    /(?:^|[^\w.$])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|[^\w.$])import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;
  const out: string[] = [];
  for (const m of text.matchAll(re)) out.push((m[1] ?? m[2] ?? m[3] ?? m[4])!);
  return out;
}

/** Does a relative specifier in `file` point into root-relative folder `area`? */
export function resolvesInto(file: string, spec: string, area: string): boolean {
  if (!spec.startsWith('.')) return false;
  const target = join(dirname(file), spec).replace(/\\/g, '/');
  return target === area || target.startsWith(`${area}/`);
}

/** The source file a relative specifier names (Bundler resolution: .ts, .tsx, folder index), or null. */
export function resolveImport(root: string, file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = relative(root, resolve(root, dirname(file), spec)).replace(/\\/g, '/');
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (SOURCE_FILE.test(candidate) && existsSync(join(root, candidate)) && statSync(join(root, candidate)).isFile()) return candidate;
  }
  return null;
}

/** file -> the source files it imports (type-only imports included: a circle is a circle to the reader). */
export function importGraph(root: string, files: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = new Set<string>();
    for (const spec of importsOf(root, file)) {
      const target = resolveImport(root, file, spec);
      if (target) targets.add(target);
    }
    graph.set(file, [...targets].sort());
  }
  return graph;
}

/** Strongly connected components with more than one file, or a file importing itself (Tarjan). */
export function stronglyConnected(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];

  const visit = (v: string) => {
    indexOf.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indexOf.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, indexOf.get(w)!));
      }
    }
    if (low.get(v) === indexOf.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!indexOf.has(v)) visit(v);
  return out.sort((a, b) => a[0].localeCompare(b[0]));
}

/** The import circles among the source files under root, each as its sorted files. */
export function importCircles(root: string, dirs: readonly string[] = SOURCE_DIRS): string[][] {
  return stronglyConnected(importGraph(root, allSourceFiles(root, dirs)));
}

/**
 * SQL as it is written in this codebase: upper-case keywords inside one string literal. Upper
 * case keeps Dutch and English UI text ("Selecteer een week", "Delete from list") out.
 */
export const SQL_IN_STRING: readonly RegExp[] = [
  /\bSELECT\b[\s\S]*\bFROM\b/,
  /\b(INSERT|REPLACE)(\s+OR\s+[A-Z]+)?\s+INTO\b/,
  /\bUPDATE\s+[\w"]+\s+SET\b/,
  /\bDELETE\s+FROM\b/,
  /\b(CREATE|DROP|ALTER)\s+(UNIQUE\s+)?(TABLE|INDEX|VIEW|TRIGGER)\b/,
  /\bWHERE\s+[\w."]+\s*(=|<|>|!=|IN\b|IS\b|LIKE\b|BETWEEN\b)/,
  /\bPRAGMA\s+\w+/,
];

/** better-sqlite3 calls in code: prepare() on anything; exec() and pragma() on a db-like receiver (RegExp has exec too). */
export const SQL_CALL: RegExp = /\.\s*prepare\s*\(|\b(db|database|conn|connection|sqlite)\s*\??\.\s*(exec|pragma)\s*\(/g;

export interface SqlFinding {
  file: string;
  line: number;
  text: string;
}

/** SQL strings and database calls in one file, one finding per line, comments ignored. */
export function sqlIn(root: string, file: string): SqlFinding[] {
  const source = read(root, file);
  const { code, strings } = scanSource(source);
  const out: SqlFinding[] = [];
  for (const s of strings) {
    if (SQL_IN_STRING.some((re) => re.test(s.text))) out.push({ file, line: s.line, text: s.text.replace(/\s+/g, ' ').trim().slice(0, 80) });
  }
  for (const m of code.matchAll(SQL_CALL)) {
    const line = code.slice(0, m.index).split('\n').length;
    out.push({ file, line, text: source.split('\n')[line - 1].trim().slice(0, 80) });
  }
  // A string and the call that runs it usually share a line: report the line once.
  const byLine = new Map<number, SqlFinding>();
  for (const f of out) if (!byLine.has(f.line)) byLine.set(f.line, f);
  return [...byLine.values()].sort((a, b) => a.line - b.line);
}

/** All SQL outside db/ (db/ tests included there; tests elsewhere count like any other file). */
export function sqlOutsideDb(root: string, dirs: readonly string[] = SOURCE_DIRS): SqlFinding[] {
  return allSourceFiles(root, dirs)
    .filter((file) => !file.startsWith('db/'))
    .flatMap((file) => sqlIn(root, file));
}

export const formatSql = (f: SqlFinding) => `${f.file}:${f.line}: ${f.text}`;
export const formatCircle = (files: string[]) => files.join(' <-> ');
