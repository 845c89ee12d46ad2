import { dirname } from 'node:path';
import { ApiError } from '../../../shared/api/errors';
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
    'app.info': (_input, ctx) => ({
      version: env.version,
      schemaVersion: schemaVersion(db),
      // On the team server the file's path is the administrator's business only.
      dataFile: ctx.session.account && ctx.session.account.role !== 'beheerder' ? '' : env.dataFile,
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
    'app.log': (_input, ctx) => {
      if (ctx.session.account && ctx.session.account.role !== 'beheerder')
        throw new ApiError({ code: 'forbidden', message: 'Het logboek van de server is alleen voor de beheerder.' });
      return appLog();
    },
  };
  function appLog() {
    return {
      dataFolder: dirname(env.dataFile),
      logFile: env.log?.path ?? null,
      lines: env.log?.tail(LOG_TAIL_LINES) ?? [],
    };
  }
}
