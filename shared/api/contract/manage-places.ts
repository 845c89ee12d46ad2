// Beheer, places: gemeenten, locations, the travel times between locations and rooms.
import { z } from 'zod';
import { formMsg, labelledMsg } from '../../messages';
import { LOCATION_KINDS } from '../../domain/region-kinds';
import { SessionKindSchema } from './common';
import {
  ChangeOutcomeSchema,
  RefOptionSchema,
  RemoveInputSchema,
  UsageSchema,
  changeFlags,
  exceptionsField,
  formAndSave,
  idField,
  intField,
  listOf,
  optionalTextField,
  patternsField,
  refField,
  textField,
  WeeklyPatternSchema,
  DatedExceptionSchema,
  stampField,
} from './manage-common';

// Gemeenten -----------------------------------------------------------------------------------

export const GemeenteItemSchema = z.object({
  id: z.string(),
  stamp: stampField,
  name: z.string(),
  locations: z.number().int(),
  participants: z.number().int(),
  consultants: z.number().int(),
});
export type GemeenteItem = z.infer<typeof GemeenteItemSchema>;

const gemeente = formAndSave({ id: idField, name: textField('name') });
export const GemeenteFormSchema = gemeente.form;
export type GemeenteForm = z.input<typeof GemeenteFormSchema>;

// Locations -----------------------------------------------------------------------------------

export const LocationKindSchema = z.enum(LOCATION_KINDS, { error: labelledMsg('kind', 'locationKind') });

export const LocationItemSchema = z.object({
  id: z.string(),
  stamp: stampField,
  name: z.string(),
  gemeenteId: z.string(),
  gemeente: z.string(),
  kind: LocationKindSchema,
  address: z.string().nullable(),
  /** What is at or refers to this location (rooms and classes in or out of use). */
  uses: z.object({
    rooms: z.number().int(),
    classes: z.number().int(),
    schools: z.number().int(),
    startklasIntakes: z.number().int(),
    childcareProviders: z.number().int(),
    participants: z.number().int(),
  }),
});
export type LocationItem = z.infer<typeof LocationItemSchema>;

const location = formAndSave({
  id: idField,
  name: textField('name'),
  gemeenteId: refField('gemeente'),
  kind: LocationKindSchema,
  address: optionalTextField('address', 200),
});
export const LocationFormSchema = location.form;
export type LocationForm = z.input<typeof LocationFormSchema>;

// Travel times --------------------------------------------------------------------------------

export const TravelTimeSetSchema = z
  .object({
    from: refField('location'),
    to: refField('location'),
    /** null: not reachable within a day (the empty cell of the matrix). */
    minutes: intField('travelMinutes', 0, 600).nullable(),
    ...changeFlags,
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.from === v.to) ctx.addIssue({ code: 'custom', message: formMsg('sameLocation'), path: ['to'] });
  });

// Rooms ---------------------------------------------------------------------------------------

export const RoomItemSchema = z.object({
  id: z.string(),
  stamp: stampField,
  name: z.string(),
  locationId: z.string(),
  locationName: z.string(),
  capacity: z.number().int(),
  laptopsTouch: z.number().int(),
  laptopsMouse: z.number().int(),
  kinds: z.array(SessionKindSchema),
  opening: z.array(WeeklyPatternSchema),
  exceptions: z.array(DatedExceptionSchema),
  active: z.boolean(),
  sessions: UsageSchema,
});
export type RoomItem = z.infer<typeof RoomItemSchema>;

const room = formAndSave({
  id: idField,
  locationId: refField('location'),
  name: textField('name'),
  capacity: intField('capacityPeople', 0, 500),
  laptopsTouch: intField('laptopsTouch', 0, 100),
  laptopsMouse: intField('laptopsMouse', 0, 100),
  kinds: z
    .array(z.enum(['groupInfo', 'toets'], { error: labelledMsg('kinds', 'sessionKind') }), { error: labelledMsg('kinds', 'atLeastOne') })
    .min(1, { error: labelledMsg('kinds', 'atLeastOne') }),
  opening: patternsField('opening'),
  exceptions: exceptionsField,
  active: z.boolean().default(true),
});
export const RoomFormSchema = room.form;
export type RoomForm = z.input<typeof RoomFormSchema>;

export const managePlacesCalls = {
  'gemeenten.list': { input: z.object({}).strict(), output: listOf(GemeenteItemSchema) },
  'gemeenten.save': { input: gemeente.save, output: ChangeOutcomeSchema },
  /** Erases the gemeente; refused while locations or participants are in it. Consultants' gemeente is cleared. */
  'gemeenten.remove': { input: RemoveInputSchema, output: ChangeOutcomeSchema },
  'locations.list': { input: z.object({}).strict(), output: listOf(LocationItemSchema).extend({ gemeenten: z.array(RefOptionSchema) }) },
  'locations.save': { input: location.save, output: ChangeOutcomeSchema },
  /** Erases the location with its travel times; refused while rooms, classes, schools, intakes, providers or participants refer to it. */
  'locations.remove': { input: RemoveInputSchema, output: ChangeOutcomeSchema },
  'travelTimes.list': {
    input: z.object({}).strict(),
    output: z.object({
      locations: z.array(RefOptionSchema),
      /** Each pair once; a pair that is missing is not reachable within a day. */
      pairs: z.array(z.object({ from: z.string(), to: z.string(), minutes: z.number().int() })),
    }),
  },
  'travelTimes.set': { input: TravelTimeSetSchema, output: ChangeOutcomeSchema },
  'rooms.list': { input: z.object({}).strict(), output: listOf(RoomItemSchema).extend({ locations: z.array(RefOptionSchema) }) },
  'rooms.save': { input: room.save, output: ChangeOutcomeSchema },
  /**
   * Without sessions: erased. With sessions only before this week: taken out of use (active =
   * false; history keeps its room). With sessions from this week on: taken out of use only
   * with confirm; the sessions stay and show as conflicts in their weeks.
   */
  'rooms.remove': { input: RemoveInputSchema, output: ChangeOutcomeSchema },
} as const;
