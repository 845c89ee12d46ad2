import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONNECTION_FILE_NAME, connectionFile, parseConnectionChoice } from './connection-settings';

const dirs: string[] = [];
const freshDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'keten-connection-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('connection settings', () => {
  it('has no choice until one is written, then reads it back', () => {
    const dir = freshDir();
    const store = connectionFile(dir);
    expect(store.read()).toBeNull();
    store.write({ mode: 'remote', url: 'https://planner.keten.nl/' });
    expect(store.read()).toEqual({ mode: 'remote', url: 'https://planner.keten.nl/' });
    expect(JSON.parse(readFileSync(join(dir, CONNECTION_FILE_NAME), 'utf8'))).toMatchObject({ mode: 'remote', url: 'https://planner.keten.nl/' });
    store.write({ mode: 'local' });
    expect(store.read()).toEqual({ mode: 'local' });
  });

  it('asks again when the file is damaged or names an address the app refuses', () => {
    const dir = freshDir();
    const file = join(dir, CONNECTION_FILE_NAME);
    writeFileSync(file, '{ kapot');
    expect(connectionFile(dir).read()).toBeNull();
    writeFileSync(file, JSON.stringify({ mode: 'remote', url: 'http://planner.keten.nl/' }));
    expect(connectionFile(dir).read()).toBeNull();
    writeFileSync(file, JSON.stringify({ mode: 'iets' }));
    expect(connectionFile(dir).read()).toBeNull();
  });

  it('parses what the page hands over, normalising the address', () => {
    expect(parseConnectionChoice({ mode: 'remote', url: ' Planner.Keten.nl ' })).toEqual({ mode: 'remote', url: 'https://planner.keten.nl/' });
    expect(parseConnectionChoice({ mode: 'local', url: 'x' })).toEqual({ mode: 'local' });
    expect(parseConnectionChoice({ mode: 'remote', url: 'http://evil.example' })).toBeNull();
    expect(parseConnectionChoice({ mode: 'remote' })).toBeNull();
    expect(parseConnectionChoice(null)).toBeNull();
    expect(parseConnectionChoice('local')).toBeNull();
  });
});
