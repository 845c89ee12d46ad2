import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeError, formatEntry, LOG_DIR_NAME, LOG_FILE_NAME, openLogFile } from './log-file';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'keten-log-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const AT = new Date('2026-11-25T09:14:03.123Z');
const logPath = () => join(dir, LOG_DIR_NAME, LOG_FILE_NAME);
const read = (suffix = '') => readFileSync(logPath() + suffix, 'utf8');

describe('log file', () => {
  it('appends entries with UTC time, level, source, message and stack under <data>/logs', () => {
    const log = openLogFile(dir, { now: () => AT });
    expect(log.path).toBe(logPath());
    const err = new TypeError('x is undefined');
    err.stack = 'TypeError: x is undefined\n    at render (App.tsx:10:5)\n    at main.tsx:3:1';
    expect(log.write({ level: 'error', source: 'services', message: 'Interne fout in week.get: TypeError: x is undefined', stack: err.stack })).toBe(true);
    expect(log.write({ level: 'info', source: 'main', message: 'Keten Planner 0.1.0 gestart' })).toBe(true);
    expect(read()).toBe(
      '2026-11-25T09:14:03.123Z ERROR [services] Interne fout in week.get: TypeError: x is undefined\n' +
        '    at render (App.tsx:10:5)\n' +
        '    at main.tsx:3:1\n' +
        '2026-11-25T09:14:03.123Z INFO [main] Keten Planner 0.1.0 gestart\n',
    );
  });

  it('is readable by the owner only: folder 0700, file 0600', () => {
    if (process.platform === 'win32') return;
    const log = openLogFile(dir);
    log.write({ level: 'error', source: 'main', message: 'boem' });
    expect(statSync(join(dir, LOG_DIR_NAME)).mode & 0o777).toBe(0o700);
    expect(statSync(logPath()).mode & 0o777).toBe(0o600);
  });

  it('rotates at the size limit and keeps the newest files', () => {
    const log = openLogFile(dir, { maxBytes: 200, keep: 3, now: () => AT });
    // Each entry is 100 bytes: two fit in one file.
    const entry = (n: number) => ({ level: 'error' as const, source: 'renderer' as const, message: `melding ${String(n).padStart(2, '0')} `.padEnd(57, '.') });
    expect(formatEntry(entry(1), AT).length).toBe(100);
    for (let n = 1; n <= 10; n++) expect(log.write(entry(n))).toBe(true);
    const numbers = (suffix: string) => [...read(suffix).matchAll(/melding (\d\d)/g)].map((m) => Number(m[1]));
    expect(numbers('')).toEqual([9, 10]);
    expect(numbers('.1')).toEqual([7, 8]);
    expect(numbers('.2')).toEqual([5, 6]);
    expect(numbers('.3')).toEqual([3, 4]);
    expect(existsSync(`${logPath()}.4`)).toBe(false); // 1 and 2 are gone
    if (process.platform !== 'win32') expect(statSync(`${logPath()}.3`).mode & 0o777).toBe(0o600);
  });

  it('never throws, and says so, when it cannot write', () => {
    // A file where the folder should be: mkdir fails, even for root.
    writeFileSync(join(dir, LOG_DIR_NAME), 'in de weg');
    const log = openLogFile(dir);
    expect(log.write({ level: 'error', source: 'main', message: 'boem' })).toBe(false);
    expect(log.tail(10)).toEqual([]);
    const inFile = openLogFile(join(dir, LOG_DIR_NAME, 'dieper'));
    expect(inFile.write({ level: 'error', source: 'main', message: 'boem' })).toBe(false);
  });

  it('keeps one entry per first line: control characters out, further lines indented', () => {
    const text = formatEntry({ level: 'warn', source: 'renderer', where: 'window\nerror', message: 'regel 1\r\n2026-01-01T00:00:00.000Z ERROR [main] nep\u001b[2J' }, AT);
    expect(text).toBe('2026-11-25T09:14:03.123Z WARN [renderer window error] regel 1\n    2026-01-01T00:00:00.000Z ERROR [main] nep[2J\n');
  });

  it('bounds a runaway message', () => {
    const text = formatEntry({ level: 'error', source: 'renderer', message: 'x'.repeat(100_000), stack: 'y\n'.repeat(100_000) }, AT);
    expect(text.length).toBeLessThan(25_000);
    expect(text.split('\n').length).toBeLessThan(200);
    expect(text).toContain('… (ingekort)');
  });

  it('reads the last lines, from the rotated file too when the current one is short', () => {
    const log = openLogFile(dir, { maxBytes: 200, now: () => AT });
    expect(log.tail(5)).toEqual([]);
    for (let n = 1; n <= 3; n++) log.write({ level: 'error', source: 'main', message: `melding ${n}`.padEnd(60, '.') });
    const tail = log.tail(2);
    expect(tail).toHaveLength(2);
    expect(tail[0]).toContain('melding 2');
    expect(tail[1]).toContain('melding 3');
    expect(log.tail(50).map((l) => /melding (\d)/.exec(l)?.[1])).toEqual(['1', '2', '3']);
  });

  it('reads only the end of a large file', () => {
    mkdirSync(join(dir, LOG_DIR_NAME));
    writeFileSync(logPath(), Array.from({ length: 20_000 }, (_, i) => `regel ${i} ${'.'.repeat(40)}`).join('\n') + '\n');
    const tail = openLogFile(dir).tail(3);
    expect(tail.map((l) => l.split(' ')[1])).toEqual(['19997', '19998', '19999']);
  });

  it('describes what was thrown', () => {
    const err = new RangeError('te ver');
    expect(describeError(err)).toEqual({ message: 'RangeError: te ver', stack: err.stack });
    expect(describeError('tekst')).toEqual({ message: 'tekst' });
    expect(describeError(42)).toEqual({ message: 'Niet-Error gegooid: 42' });
  });

  it('writes down what ends a process, and the process still ends as it would', () => {
    const script = join(dir, 'crash.mts');
    const logModule = new URL('./log-file.ts', import.meta.url).href;
    writeFileSync(
      script,
      `import { logUncaughtErrors, openLogFile } from '${logModule}';\n` +
        `logUncaughtErrors(process, openLogFile(process.argv[2]));\n` +
        `if (process.argv[3] === 'throw') setTimeout(() => { throw new RangeError('kapot in een timer'); }, 1);\n` +
        `else void Promise.reject(new Error('niemand luisterde'));\n`,
    );
    for (const [how, expected] of [
      ['throw', /ERROR \[main uncaughtException\] RangeError: kapot in een timer\n {4}at /],
      ['reject', /ERROR \[main unhandledRejection\] Error: niemand luisterde\n {4}at /],
    ] as const) {
      const run = spawnSync(process.execPath, ['--import', 'tsx', script, join(dir, how), how], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 });
      expect(run.status, run.stderr).toBe(1);
      expect(run.stderr).toContain(how === 'throw' ? 'kapot in een timer' : 'niemand luisterde');
      expect(readFileSync(join(dir, how, LOG_DIR_NAME, LOG_FILE_NAME), 'utf8')).toMatch(expected);
    }
  });
});
