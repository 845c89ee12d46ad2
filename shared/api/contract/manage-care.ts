// Beheer, childcare: providers (kinderopvang, VVE, BSO) with their age range and the seats they
// keep for our participants' children per weekday and day-part.
import { z } from 'zod';
import { formMsg, labelledMsg } from '../../messages';
import { CHILDCARE_KINDS } from '../../domain/region-kinds';
import {
  ChangeOutcomeSchema,
  RefOptionSchema,
  RemoveInputSchema,
  UsageSchema,
  endAfterStart,
  formAndSave,
  idField,
  intField,
  listOf,
  refField,
  textField,
  timeField,
  weekdayField,
  stampField,
} from './manage-common';

export const ChildcareKindSchema = z.enum(CHILDCARE_KINDS, { error: labelledMsg('kind', 'childcareKind') });

export const DaypartSchema = z
  .object({ weekday: weekdayField, start: timeField('start'), end: timeField('end'), seats: intField('seats', 0, 100) })
  .strict()
  .superRefine((v, ctx) => endAfterStart(v, ctx));

export const ChildcareProviderItemSchema = z.object({
  id: z.string(),
  stamp: stampField,
  name: z.string(),
  locationId: z.string(),
  locationName: z.string(),
  kind: ChildcareKindSchema,
  ageMonthsMin: z.number().int(),
  ageMonthsMax: z.number().int(),
  dayparts: z.array(DaypartSchema),
  active: z.boolean(),
  bookings: UsageSchema,
});
export type ChildcareProviderItem = z.infer<typeof ChildcareProviderItemSchema>;

const provider = formAndSave(
  {
    id: idField,
    name: textField('name'),
    locationId: refField('location'),
    kind: ChildcareKindSchema,
    ageMonthsMin: intField('ageMonthsMin', 0, 216),
    ageMonthsMax: intField('ageMonthsMax', 0, 216),
    dayparts: z.array(DaypartSchema, { error: labelledMsg('dayparts', 'giveList') }).max(50, { error: labelledMsg('dayparts', 'atMostItems', { max: 50 }) }),
    active: z.boolean().default(true),
  },
  (v, ctx) => {
    if (v.ageMonthsMax < v.ageMonthsMin) ctx.addIssue({ code: 'custom', message: formMsg('ageRange'), path: ['ageMonthsMax'] });
    const seen = new Set<string>();
    v.dayparts.forEach((d, i) => {
      const key = `${d.weekday}|${d.start}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', message: labelledMsg('dayparts', 'daypartTwice'), path: ['dayparts', i, 'start'] });
      seen.add(key);
    });
  },
);
export const ChildcareProviderFormSchema = provider.form;
export type ChildcareProviderForm = z.input<typeof ChildcareProviderFormSchema>;

export const manageCareCalls = {
  'childcareProviders.list': { input: z.object({}).strict(), output: listOf(ChildcareProviderItemSchema).extend({ locations: z.array(RefOptionSchema) }) },
  'childcareProviders.save': { input: provider.save, output: ChangeOutcomeSchema },
  /** Without bookings: erased. Otherwise taken out of use; with bookings from this week on only with confirm (they show as conflicts). */
  'childcareProviders.remove': { input: RemoveInputSchema, output: ChangeOutcomeSchema },
} as const;
