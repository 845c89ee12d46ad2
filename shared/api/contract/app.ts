// The application itself and the region it plans.
import { z } from 'zod';
import { emptyInput, StoredDateSchema } from './common';
import { LOG_ERROR_MAX } from '../log-limits';

export const AppInfoSchema = z.object({
  version: z.string(),
  schemaVersion: z.number().int(),
  dataFile: z.string(),
  regionName: z.string(),
  /** Today in Europe/Amsterdam, so the UI opens on the right week whatever the machine's zone. */
  today: StoredDateSchema,
  /** 'needed': no region yet, the first-start screen asks; 'demo': the fictional demo; 'own': a real region. */
  setup: z.enum(['needed', 'demo', 'own']),
  /** Whether first start may offer the demo (not when the app was started with --empty). */
  demoAvailable: z.boolean(),
});

export const RegionOverviewSchema = z.object({
  name: z.string(),
  gemeenten: z.array(z.string()),
  counts: z.object({
    participants: z.number().int(),
    households: z.number().int(),
    children: z.number().int(),
    locations: z.number().int(),
    rooms: z.number().int(),
    consultants: z.number().int(),
    interpreters: z.number().int(),
    schools: z.number().int(),
    classes: z.number().int(),
    childcareProviders: z.number().int(),
    travelTimes: z.number().int(),
    startklasIntakes: z.number().int(),
  }),
});
export type RegionOverview = z.infer<typeof RegionOverviewSchema>;

export { LOG_ERROR_MAX, LOG_TAIL_LINES } from '../log-limits';

/**
 * An error in the renderer, for the log file: the message, the stack and where it was caught
 * (the error boundary, a window error). Never a form's content or a call's input.
 */
export const LogErrorInputSchema = z
  .object({
    message: z
      .string()
      .min(1, { message: 'Foutmelding ontbreekt.' })
      .max(LOG_ERROR_MAX.message, { message: `Foutmelding is te lang (max. ${LOG_ERROR_MAX.message} tekens).` }),
    stack: z
      .string()
      .max(LOG_ERROR_MAX.stack, { message: `Stack is te lang (max. ${LOG_ERROR_MAX.stack} tekens).` })
      .optional(),
    where: z
      .string()
      .min(1, { message: 'Plaats van de fout ontbreekt.' })
      .max(LOG_ERROR_MAX.where, { message: `Plaats van de fout is te lang (max. ${LOG_ERROR_MAX.where} tekens).` }),
  })
  .strict();
export type LogErrorInput = z.infer<typeof LogErrorInputSchema>;

export const AppLogSchema = z.object({
  /** The folder with the database, the lock and the logs. */
  dataFolder: z.string(),
  /** The current log file, or null where the services run without one (tests). */
  logFile: z.string().nullable(),
  /** Its last lines, oldest first. */
  lines: z.array(z.string()),
});
export type AppLog = z.infer<typeof AppLogSchema>;

export const appCalls = {
  'app.info': { input: emptyInput, output: AppInfoSchema },
  'app.logError': { input: LogErrorInputSchema, output: z.object({ logged: z.boolean() }) },
  'app.log': { input: emptyInput, output: AppLogSchema },
  'region.overview': { input: emptyInput, output: RegionOverviewSchema },
} as const;
