// The application itself and the region it plans.
import { z } from 'zod';
import { emptyInput, StoredDateSchema } from './common';

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

export const appCalls = {
  'app.info': { input: emptyInput, output: AppInfoSchema },
  'region.overview': { input: emptyInput, output: RegionOverviewSchema },
} as const;
