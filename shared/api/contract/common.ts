// The building blocks every area of the contract shares: dates and times as the SPEC writes
// them, the domain's enums, a reference to a named thing, and the common call inputs.
import { z } from 'zod';
import { isValidIsoDate, isoWeekday } from '../../domain/week';
import { DEMAND_KINDS, DIGITAL_SKILLS, LAPTOP_KINDS, SESSION_KINDS } from '../../domain/kinds';
import { ROUTES } from '../../domain/routes';

/**
 * The days a caller may name: 2000-01-01 up to 2099-12-31. Wide enough for every real date in
 * a keten (a housing or PIP date years back, weeks planned a year or two ahead), and narrow
 * enough that every week and day the services derive from a date (the week after, the Sunday
 * of the last week, a school's next lessons) stays a four-digit year: 9999-12-27 + 7 days is
 * "+010000-01-03", which no date function here reads, and years below 100 are 19xx to
 * Date.UTC. The database stores dates as text and checks their shape only, so the range is
 * kept here, where every call's input passes.
 */
export const FIRST_DAY = '2000-01-01';
export const LAST_DAY = '2099-12-31';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const CLOCK_RE = /^\d{2}:\d{2}$/;
const LOCAL_TIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** Why a string is not a day we plan ("2026-11-31 is geen bestaande datum."), or null. */
export function dateProblem(d: string): string | null {
  if (!DATE_RE.test(d)) return 'Verwacht een datum als JJJJ-MM-DD.';
  // The range first: isValidIsoDate goes through Date.UTC, which reads years below 100 as 19xx.
  if (d < FIRST_DAY || d > LAST_DAY) return `${d} valt buiten de jaren 2000 t/m 2099.`;
  if (!isValidIsoDate(d)) return `${d} is geen bestaande datum.`;
  return null;
}

/** Why a string is not a time of day "HH:MM" (00:00 to 23:59), or null. */
export function clockTimeProblem(t: string): string | null {
  if (!CLOCK_RE.test(t)) return 'Verwacht een tijd als UU:MM.';
  if (+t.slice(0, 2) > 23 || +t.slice(3, 5) > 59) return `${t} is geen geldige tijd (uu:mm, 00:00 t/m 23:59).`;
  return null;
}

/** Why a string is not a local time "YYYY-MM-DDTHH:MM" on a day we plan, or null. */
export function localTimeProblem(t: string): string | null {
  if (!LOCAL_TIME_RE.test(t)) return 'Verwacht een tijd als JJJJ-MM-DDTUU:MM.';
  return dateProblem(t.slice(0, 10)) ?? clockTimeProblem(t.slice(11));
}

/** A string schema refused with the problem the check names, in Dutch. */
const checked = (problem: (s: string) => string | null) =>
  z.string().superRefine((s, ctx) => {
    const p = problem(s);
    if (p) ctx.addIssue({ code: 'custom', message: p });
  });

/** A calendar day "YYYY-MM-DD" that exists, from FIRST_DAY to LAST_DAY. */
export const IsoDateSchema = checked(dateProblem);

/** The Monday a week starts on (a day as IsoDateSchema). */
export const MondaySchema = checked((d) => dateProblem(d) ?? (isoWeekday(d) === 1 ? null : 'Een week begint op maandag.'));

/** A time of day "HH:MM", 00:00 to 23:59. */
export const ClockTimeSchema = checked(clockTimeProblem);

/** Local wall-clock time in Europe/Amsterdam, "YYYY-MM-DDTHH:MM" (as in the planning SPEC), a real day and time. */
export const LocalTimeSchema = checked(localTimeProblem);

/**
 * Dates and times in answers, checked as they were before the input checks above were strict:
 * rows stored back then (a session moved to 2026-11-31T09:00, a slot request for week
 * 9999-12-27) must not turn every answer that lists them into an internal error; shown, they
 * can be corrected. What comes in passes the strict schemas, so new rows are always valid.
 */
export const StoredDateSchema = z.string().refine(isValidIsoDate, { message: 'Verwacht een datum als JJJJ-MM-DD.' });
export const StoredMondaySchema = StoredDateSchema.refine((d) => isValidIsoDate(d) && isoWeekday(d) === 1, { message: 'Een week begint op maandag.' });
export const StoredLocalTimeSchema = z.string().regex(LOCAL_TIME_RE, { message: 'Verwacht een tijd als JJJJ-MM-DDTUU:MM.' });

export const LanguageCodeSchema = z.string().min(2).max(8);
export const DigitalSkillSchema = z.enum(DIGITAL_SKILLS);
export const RouteSchema = z.enum(ROUTES);
export const DemandKindSchema = z.enum(DEMAND_KINDS);
export const SessionKindSchema = z.enum(SESSION_KINDS);
export const SessionStatusSchema = z.enum(['proposed', 'accepted']);
/** 'changed': published, and the sessions differ from what was published since. */
export const WeekStatusSchema = z.enum(['concept', 'published', 'changed']);
export const LaptopKindSchema = z.enum(LAPTOP_KINDS);

/** A named thing the answer points at: a participant, consultant, school... */
export const RefSchema = z.object({ id: z.string(), name: z.string() });

/** What sets a person apart from others with the same name (only sent when names collide). */
export const PersonHintSchema = z.object({ gemeente: z.string().optional(), birthYear: z.number().int().optional(), clientNumber: z.string().optional() });
/** A participant in a list a person reads: the name, and the hint when others share it. */
export const PersonRefSchema = RefSchema.extend({ hint: PersonHintSchema.optional() });

export const emptyInput = z.object({}).strict();
export const weekInput = z.object({ weekStart: MondaySchema }).strict();
/** A call that changes the week: a published week changes only with confirmPublished: true. */
export const publishedWeekInput = z.object({ weekStart: MondaySchema, confirmPublished: z.boolean().default(false) }).strict();
export const participantInput = z.object({ participantId: z.string().min(1) }).strict();
export const participantWeekInput = z.object({ participantId: z.string().min(1), weekStart: MondaySchema }).strict();
