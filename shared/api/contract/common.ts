// The building blocks every area of the contract shares: dates and times as the SPEC writes
// them, the domain's enums, a reference to a named thing, and the common call inputs.
import { z } from 'zod';
import { isValidIsoDate, isoWeekday } from '../../domain/week';
import { DEMAND_KINDS, DIGITAL_SKILLS, LAPTOP_KINDS, SESSION_KINDS } from '../../domain/kinds';
import { ROUTES } from '../../domain/routes';

export const IsoDateSchema = z.string().refine(isValidIsoDate, { message: 'Verwacht een datum als JJJJ-MM-DD.' });

export const MondaySchema = IsoDateSchema.refine((d) => isValidIsoDate(d) && isoWeekday(d) === 1, {
  message: 'Een week begint op maandag.',
});

/** Local wall-clock time in Europe/Amsterdam, "YYYY-MM-DDTHH:MM" (as in the planning SPEC). */
export const LocalTimeSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { message: 'Verwacht een tijd als JJJJ-MM-DDTUU:MM.' });

export const LanguageCodeSchema = z.string().min(2).max(8);
export const DigitalSkillSchema = z.enum(DIGITAL_SKILLS);
export const RouteSchema = z.enum(ROUTES);
export const DemandKindSchema = z.enum(DEMAND_KINDS);
export const SessionKindSchema = z.enum(SESSION_KINDS);
export const SessionStatusSchema = z.enum(['proposed', 'accepted']);
export const WeekStatusSchema = z.enum(['concept', 'published']);
export const LaptopKindSchema = z.enum(LAPTOP_KINDS);

/** A named thing the answer points at: a participant, consultant, school... */
export const RefSchema = z.object({ id: z.string(), name: z.string() });

export const emptyInput = z.object({}).strict();
export const weekInput = z.object({ weekStart: MondaySchema }).strict();
/** A call that changes the week: a published week changes only with confirmPublished: true. */
export const publishedWeekInput = z.object({ weekStart: MondaySchema, confirmPublished: z.boolean().default(false) }).strict();
export const participantInput = z.object({ participantId: z.string().min(1) }).strict();
export const participantWeekInput = z.object({ participantId: z.string().min(1), weekStart: MondaySchema }).strict();
