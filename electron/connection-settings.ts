// How this desktop app works: on its own database ('local') or as a client of the keten's team
// server ('remote'). Stored in the user-data folder as a small JSON file, before any database
// is opened; no `electron` import, so it is unit-tested on a temporary folder.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConnectionChoice } from '../shared/api/shell';
import { checkServerUrl } from '../shared/domain/server-url';

export type { ConnectionChoice };

export const CONNECTION_FILE_NAME = 'verbinding.json';

/** A choice as the page or the file hands it over: checked, the URL normalised; null if unusable. */
export function parseConnectionChoice(value: unknown): ConnectionChoice | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as { mode?: unknown; url?: unknown };
  if (v.mode === 'local') return { mode: 'local' };
  if (v.mode === 'remote' && typeof v.url === 'string') {
    const checked = checkServerUrl(v.url);
    return checked.ok ? { mode: 'remote', url: checked.url } : null;
  }
  return null;
}

export interface ConnectionStore {
  read(): ConnectionChoice | null;
  write(choice: ConnectionChoice): void;
}

export function connectionFile(userDataDir: string): ConnectionStore {
  const file = join(userDataDir, CONNECTION_FILE_NAME);
  return {
    read() {
      if (!existsSync(file)) return null;
      try {
        return parseConnectionChoice(JSON.parse(readFileSync(file, 'utf8')));
      } catch {
        // A damaged file is asked again rather than guessed.
        return null;
      }
    },
    write(choice) {
      mkdirSync(userDataDir, { recursive: true });
      const tmp = `${file}.tmp`;
      writeFileSync(tmp, `${JSON.stringify({ ...choice, savedAt: new Date().toISOString() }, null, 2)}\n`, { mode: 0o600 });
      try {
        renameSync(tmp, file);
      } catch (err) {
        rmSync(tmp, { force: true });
        throw err;
      }
    },
  };
}
