import { dirname } from 'node:path';
import type { Handlers } from '../../../shared/api/dispatch';
import { LOG_TAIL_LINES } from '../../../shared/api/contract';
import { schemaVersion } from '../../../db/migrations';
import { getRegion } from '../../../db/repositories/region';
import { setupState } from '../../../db/repositories/setup';
import type { ServiceDeps } from '../context';
import type { ApiCtx } from '../../../shared/api/access';

/** Renderer errors written per minute at most; a screen that fails in a loop must not push everything else out of the log. */
export const RENDERER_ERRORS_PER_MINUTE = 30;

export function appHandlers({ db, env }: ServiceDeps): Pick<Handlers<ApiCtx>, 'app.info' | 'app.logError' | 'app.log'> {
  let windowStart = 0;
  let written = 0;
  let dropped = 0;
  const clock = () => Date.now();

  return {
    'app.info': () => ({
      version: env.version,
      schemaVersion: schemaVersion(db),
      dataFile: env.dataFile,
      regionName: getRegion(db)?.name ?? 'Nog geen regio',
      today: env.today(),
      setup: setupState(db),
      demoAvailable: env.offerDemo !== false,
    }),
    'app.logError': ({ message, stack, where }) => {
      const log = env.log;
      if (!log) return { logged: false };
      const t = clock();
      if (t - windowStart >= 60_000) {
        if (dropped > 0)
          log.write({
            level: 'warn',
            source: 'renderer',
            message: `${dropped} foutmelding(en) uit de interface overgeslagen (meer dan ${RENDERER_ERRORS_PER_MINUTE} per minuut).`,
          });
        windowStart = t;
        written = 0;
        dropped = 0;
      }
      if (written >= RENDERER_ERRORS_PER_MINUTE) {
        dropped++;
        return { logged: false };
      }
      written++;
      return { logged: log.write({ level: 'error', source: 'renderer', where, message, ...(stack ? { stack } : {}) }) };
    },
    'app.log': () => ({
      dataFolder: dirname(env.dataFile),
      logFile: env.log?.path ?? null,
      lines: env.log?.tail(LOG_TAIL_LINES) ?? [],
    }),
  };
}
