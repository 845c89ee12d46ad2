// Where the data lives. The desktop app and `npm run serve` use the same folder, so both
// modes see one SQLite file. Mirrors Electron's app.getPath('appData') per platform.
import { join } from 'node:path';

export const APP_FOLDER_NAME = 'Keten Planner';
export const DATABASE_FILE_NAME = 'keten-planner.sqlite';

export function appDataRoot(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (platform === 'win32') return env.APPDATA ?? join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME.startsWith('/') ? env.XDG_CONFIG_HOME : join(home, '.config');
}

export function defaultDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  return join(appDataRoot(platform, env, home), APP_FOLDER_NAME);
}
