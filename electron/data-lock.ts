// One process serves a data folder at a time. SQLite's own locking keeps each transaction whole,
// but two app processes on one file each hold their own view between transactions (a planner
// run, an open week), and the desktop app and `npm run serve` would both sell the last seat if
// any check slipped outside a transaction. The lock file names its holder, so the refusal can say
// who has the folder, and a lock left by a process that died is taken over.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const LOCK_FILE_NAME = 'keten-planner.lock';

export interface LockHolder {
  pid: number;
  host: string;
  /** 'desktop app' or 'browser server', as the refusal shows it. */
  program: string;
  startedAt: string;
}

export class DataFolderInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `De gegevensmap ${dataDir} is al in gebruik door Keten Planner (${holder.program}, proces ${holder.pid} op ${holder.host}, ` +
        `gestart ${holder.startedAt.replace('T', ' ').slice(0, 16)}). Sluit dat programma eerst, of kies een andere map.`,
    );
    this.name = 'DataFolderInUseError';
  }
}

export interface DataLock {
  release(): void;
}

function readHolder(file: string): LockHolder | null {
  try {
    const h = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockHolder>;
    return typeof h.pid === 'number' && typeof h.host === 'string' ? (h as LockHolder) : null;
  } catch {
    return null; // unreadable or half-written: nobody can be shown as holder
  }
}

function isAlive(holder: LockHolder): boolean {
  // A process on another machine (a folder on a network share) cannot be checked: assume it lives.
  if (holder.host !== os.hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the folder's lock or throws DataFolderInUseError naming the living holder. */
export function acquireDataLock(dataDir: string, program: string): DataLock {
  const file = path.join(dataDir, LOCK_FILE_NAME);
  const me: LockHolder = { pid: process.pid, host: os.hostname(), program, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx', 0o600);
      fs.writeSync(fd, JSON.stringify(me));
      fs.closeSync(fd);
      return {
        release: () => {
          // Only remove the lock while it is still ours (a crash-recovery elsewhere may have taken it).
          if (readHolder(file)?.pid === me.pid && readHolder(file)?.host === me.host) fs.rmSync(file, { force: true });
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = readHolder(file);
    if (holder && isAlive(holder)) throw new DataFolderInUseError(dataDir, holder);
    // Stale (its process is gone) or unreadable: move it aside under a name of our own, so of two
    // processes taking over at once only one removes it, and both then race for the 'wx' create.
    const aside = `${file}.oud-${process.pid}`;
    try {
      fs.renameSync(file, aside);
      fs.rmSync(aside, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }
  throw new Error(`De gegevensmap ${dataDir} kon niet worden vergrendeld.`);
}
