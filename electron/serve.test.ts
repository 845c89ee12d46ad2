import { describe, expect, it } from 'vitest';
import { parseServeArgs } from './serve-args';
import { defaultDataDir } from './paths';

describe('serve arguments', () => {
  it('defaults to a free port and the same data folder as the desktop app', () => {
    expect(parseServeArgs([], {}, 'linux', '/home/an')).toEqual({ port: 0, dataDir: '/home/an/.config/Keten Planner' });
    expect(defaultDataDir('darwin', {}, '/Users/an')).toBe('/Users/an/Library/Application Support/Keten Planner');
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\an\\AppData\\Roaming' }, 'C:\\Users\\an')).toContain('Keten Planner');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/xdg' }, '/home/an')).toBe('/xdg/Keten Planner');
  });

  it('takes port, data folder and a fixed today', () => {
    expect(parseServeArgs(['--port', '8123', '--data-dir', '/tmp/kp', '--today', '2026-11-25'], {}, 'linux', '/h')).toEqual({
      port: 8123,
      dataDir: '/tmp/kp',
      today: '2026-11-25',
    });
    expect(parseServeArgs([], { KETEN_DATA_DIR: '/data', KETEN_PORT: '9000' }, 'linux', '/h')).toEqual({ port: 9000, dataDir: '/data' });
  });

  it('chooses what an empty data folder becomes: ask (no flag), --demo or --empty', () => {
    expect(parseServeArgs([], {}, 'linux', '/h').firstStart).toBeUndefined();
    expect(parseServeArgs(['--demo'], {}, 'linux', '/h')).toEqual({ port: 0, dataDir: '/h/.config/Keten Planner', firstStart: 'demo' });
    expect(parseServeArgs(['--empty', '--port', '1'], {}, 'linux', '/h')).toEqual({ port: 1, dataDir: '/h/.config/Keten Planner', firstStart: 'empty' });
    expect(parseServeArgs(['--demo', '--demo'], {}, 'linux', '/h').firstStart).toBe('demo');
    expect(() => parseServeArgs(['--demo', '--empty'], {}, 'linux', '/h')).toThrow(/Kies --demo of --empty, niet allebei/);
  });

  it('explains wrong arguments', () => {
    expect(() => parseServeArgs(['--poort', '1'], {}, 'linux', '/h')).toThrow(/Onbekende optie: --poort/);
    expect(() => parseServeArgs(['--poort', '1'], {}, 'linux', '/h')).toThrow(/\[--demo \| --empty\]/);
    expect(() => parseServeArgs(['--port', 'abc'], {}, 'linux', '/h')).toThrow(/Ongeldige poort/);
    expect(() => parseServeArgs(['--port'], {}, 'linux', '/h')).toThrow(/verwacht een waarde/);
  });
});
