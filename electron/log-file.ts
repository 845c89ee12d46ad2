// The app's log file: what went wrong, for whoever has to find out why. One text file in the data
// folder (`logs/keten-planner.log`), rotated by size so it never grows without bound, readable by
// the owner only, like the database beside it.
//
// What goes in: the time (UTC), a level, where it came from (the main process, the services, the
// renderer) and an error's message and stack. What never goes in on purpose: a call's input or
// answer, which may name people. Appends are synchronous (errors are rare, and a crash right after
// must not lose the line), and the logger never throws: failing to log must not cause a second
// failure.
import fs from 'node:fs';
import path from 'node:path';

export const LOG_DIR_NAME = 'logs';
export const LOG_FILE_NAME = 'keten-planner.log';
/** The current file is rotated once the next entry would take it past this size. */
export const LOG_MAX_BYTES = 1_000_000;
/** Rotated files kept beside the current one: keten-planner.log.1 (newest) … .5 (oldest). */
export const LOG_KEEP = 5;

export type LogLevel = 'error' | 'warn' | 'info';
export type LogSource = 'main' | 'services' | 'renderer';

export interface LogEntry {
  level: LogLevel;
  source: LogSource;
  message: string;
  stack?: string;
  /** Where in that source, e.g. the renderer's error boundary or a window error. */
  where?: string;
}

/** What the services and the shell need of the log. */
export interface LogSink {
  /** The current file's path. */
  readonly path: string;
  /** Appends one entry; false when it could not be written. Never throws. */
  write(entry: LogEntry): boolean;
  /** The last `count` lines, reaching into the newest rotated file when the current one is short. Never throws. */
  tail(count: number): string[];
}

export interface LogFileOptions {
  maxBytes?: number;
  keep?: number;
  now?: () => Date;
}

/** Bounds per entry, so that one runaway message cannot fill the file on its own. */
const MAX_MESSAGE_CHARS = 4000;
const MAX_STACK_CHARS = 16000;
const MAX_STACK_LINES = 150;
const MAX_WHERE_CHARS = 100;
/** tail() reads at most this much from the end of a file. */
const TAIL_READ_BYTES = 256 * 1024;

export function logDirOf(dataDir: string): string {
  return path.join(dataDir, LOG_DIR_NAME);
}

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max)}… (ingekort)` : s;
}

/** Control characters out (a message cannot move the cursor or fake a line), lines normalised. */
function clean(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/**
 * One entry as text: a first line with time, level and source, then every further line of the
 * message and the stack indented, so each entry starts at the left margin and nothing in a
 * message can pose as an entry of its own.
 */
export function formatEntry(entry: LogEntry, at: Date): string {
  const message = clip(clean(entry.message ?? ''), MAX_MESSAGE_CHARS);
  const where = entry.where ? ` ${clip(clean(entry.where).replace(/\s+/g, ' '), MAX_WHERE_CHARS)}` : '';
  const head = `${at.toISOString()} ${entry.level.toUpperCase()} [${entry.source}${where}] `;
  const lines = message.split('\n');
  if (entry.stack) {
    const stack = clip(clean(entry.stack), MAX_STACK_CHARS).split('\n');
    // A V8 stack starts with "Name: message": already said on the first line.
    const first = stack[0]?.trim() ?? '';
    if (first && (message.includes(first) || (lines[0] !== '' && first.includes(lines[0]!)))) stack.shift();
    const kept = stack.filter((l) => l.trim() !== '');
    lines.push(...kept.slice(0, MAX_STACK_LINES));
    if (kept.length > MAX_STACK_LINES) lines.push(`… (${kept.length - MAX_STACK_LINES} regels ingekort)`);
  }
  return (
    head +
    lines
      .map((l, i) => (i === 0 ? l : `    ${l.trim()}`))
      .join('\n')
      .concat('\n')
  );
}

/** The message and stack of anything thrown. */
export function describeError(err: unknown): { message: string; stack?: string } {
  if (err instanceof Error) {
    const message = err.message ? `${err.name}: ${err.message}` : err.name;
    return err.stack ? { message, stack: err.stack } : { message };
  }
  return { message: typeof err === 'string' ? err : `Niet-Error gegooid: ${String(err)}` };
}

function rotate(file: string, keep: number): void {
  for (let i = keep; i >= 1; i--) {
    const from = i === 1 ? file : `${file}.${i - 1}`;
    const to = `${file}.${i}`;
    if (i === keep) fs.rmSync(to, { force: true });
    if (fs.existsSync(from)) fs.renameSync(from, to);
  }
}

function lastLines(file: string, count: number): string[] {
  let fd: number | null = null;
  try {
    fd = fs.openSync(file, 'r');
    const size = fs.fstatSync(fd).size;
    const length = Math.min(size, TAIL_READ_BYTES);
    const buf = Buffer.alloc(length);
    fs.readSync(fd, buf, 0, length, size - length);
    const lines = buf.toString('utf8').split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    // Read from the middle of the file: the first line may be cut off.
    if (length < size) lines.shift();
    return lines.slice(-count);
  } catch {
    return [];
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

/**
 * The log of one data folder. Holds no open file: each write opens, appends and closes, so
 * several loggers on one folder (the shell's and the backend's) and rotation stay simple.
 */
export function openLogFile(dataDir: string, opts: LogFileOptions = {}): LogSink {
  const dir = logDirOf(dataDir);
  const file = path.join(dir, LOG_FILE_NAME);
  const maxBytes = opts.maxBytes ?? LOG_MAX_BYTES;
  const keep = Math.max(1, opts.keep ?? LOG_KEEP);
  const now = opts.now ?? (() => new Date());
  return {
    path: file,
    write(entry) {
      try {
        const text = formatEntry(entry, now());
        const bytes = Buffer.byteLength(text);
        // Owner-only, like the data folder (the mode applies when the folder is created).
        fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
        let size = 0;
        try {
          size = fs.statSync(file).size;
        } catch {
          /* no file yet */
        }
        if (size > 0 && size + bytes > maxBytes) rotate(file, keep);
        fs.appendFileSync(file, text, { mode: 0o600 });
        return true;
      } catch {
        return false;
      }
    },
    tail(count) {
      try {
        const current = lastLines(file, count);
        if (current.length >= count) return current;
        return [...lastLines(`${file}.1`, count - current.length), ...current];
      } catch {
        return [];
      }
    },
  };
}

/**
 * Writes down every exception that would end the process (an unhandled rejection becomes one in
 * Node's default mode), without changing what happens next: Node still prints it and exits.
 */
export function logUncaughtErrors(events: { on(event: 'uncaughtExceptionMonitor', listener: (err: unknown, origin: string) => void): unknown }, log: LogSink): void {
  events.on('uncaughtExceptionMonitor', (err, origin) => {
    const { message, stack } = describeError(err);
    log.write({ level: 'error', source: 'main', where: origin, message, stack });
  });
}
