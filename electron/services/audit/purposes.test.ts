// Every purpose a service or repository writes on an audit row reads in the reader's language on
// a client's history: the purposes are read from the source (string literals given to
// auditContext, profileAudit, a week edit's audit(...) and `purpose:` fields) and each must be in
// PURPOSE_CODES, or start with a prefix purposeMsg knows. Reads ('view' rows, read-audit.ts) never
// show in the history and are left out.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { purposeMsg, PURPOSE_CODES } from '../../../shared/domain/people-history';
import { renderMsg } from '../../../shared/messages';

const ROOT = join(__dirname, '..', '..', '..');
const SKIP = /\.test\.ts$|test-helpers|[\\/]migrations[\\/]|read-audit\.ts$/;

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = join(dir, e.name);
    if (e.isDirectory()) return sources(rel);
    return e.name.endsWith('.ts') && !SKIP.test(rel) ? [rel] : [];
  });
}

/** The text from an opening parenthesis to its match (strings skipped over). */
function argsFrom(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === "'" || c === '`' || c === '"') {
      const end = text.indexOf(c, i + 1);
      if (end < 0) break;
      i = end;
      continue;
    }
    if (c === '(') depth++;
    if (c === ')' && --depth === 0) return text.slice(open + 1, i);
  }
  return '';
}

/** The string literals of an expression that could be the purpose (not the side of a comparison). */
function literals(expr: string): string[] {
  const out: string[] = [];
  for (const m of expr.matchAll(/(===?\s*)?'((?:[^'\\]|\\.)*)'|(===?\s*)?`([^`]*)`/g)) {
    if (m[1] || m[3]) continue;
    out.push(m[2] ?? m[4]!);
  }
  return out;
}

function purposesIn(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/\b(auditContext|profileAudit|audit)\(/g)) {
    const args = argsFrom(text, m.index + m[0].length - 1);
    // The purpose is the last argument: auditContext(env, p), profileAudit(env, who, p), audit(p).
    const parts = args.split(/,(?![^(]*\))/);
    if (m[1] === 'audit' && parts.length !== 1) continue;
    found.push(...literals(parts[parts.length - 1] ?? ''));
  }
  for (const m of text.matchAll(/\bpurpose:\s*([^,\n}]+)/g)) found.push(...literals(m[1]!));
  return found;
}

const ALL = [...new Set([...sources('electron'), ...sources('db')].flatMap(purposesIn))];

describe('audit purposes on a client’s history', () => {
  it('finds the purposes the services write (the reading works)', () => {
    expect(ALL).toEqual(expect.arrayContaining(['Sessie geannuleerd in de weekplanning', 'Voorstel weekplanning verworpen', 'toets boeken', 'Demoregio verwijderd']));
    expect(ALL.length).toBeGreaterThan(40);
  });

  it('has a message for every purpose a service writes, in Dutch as written and in English', () => {
    const missing = ALL.filter((purpose) => {
      const template = purpose.replace(/\$\{[^}]*\}/g, 'X');
      return purposeMsg(template).code === 'history.why.asWritten';
    });
    expect(missing).toEqual([]);
    for (const purpose of Object.keys(PURPOSE_CODES)) {
      expect(renderMsg(purposeMsg(purpose), 'nl')).toBe(purpose);
      expect(renderMsg(purposeMsg(purpose), 'en')).not.toBe(purpose);
    }
  });
});
