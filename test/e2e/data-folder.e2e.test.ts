// Two app processes on one data folder: the second is refused with a message naming the first,
// and once the first is gone the folder can be served again.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from './support/server';

const dataDir = mkdtempSync(join(tmpdir(), 'keten-two-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('one process per data folder', () => {
  it('refuses a second server on the same folder and names the first', async () => {
    const first = await startServer({ dataDir, today: '2026-11-25' });
    try {
      const second = startServer({ dataDir, today: '2026-11-25' });
      await expect(second).rejects.toThrow(/code 1\)[\s\S]*al in gebruik door Keten Planner \(browserserver, proces \d+/);
      const res = await fetch(`${first.url}`);
      expect(res.status).toBe(200); // the first is unharmed
      if (process.platform !== 'win32') {
        expect(statSync(dataDir).mode & 0o777).toBe(0o700);
        expect(statSync(join(dataDir, 'keten-planner.sqlite')).mode & 0o777).toBe(0o600);
      }
    } finally {
      await first.stop();
    }
    const again = await startServer({ dataDir, today: '2026-11-25' });
    await again.stop();
  });
});
