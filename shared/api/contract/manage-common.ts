// Building blocks of the management area (Beheer): form fields with Dutch messages that name
// the field, weekly patterns with exceptions, what a change does to the planned weeks, and the
// save/remove inputs every entity shares. The renderer validates its forms with the same
// schemas (the `...FormSchema` exports), so a message appears next to the field before the
// services see the input, and the services refuse the same input with the same words.
import { msgSchema } from '../../messages';
import { z } from 'zod';
import { isValidIsoDate } from '../../domain/week';
import { MondaySchema } from './common';

const HHMM_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

// Control characters (a NUL cuts a text short in SQLite) have no place in a name or a note.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** A required name or label: trimmed, 1..max characters. */
export const textField = (label: string, max = 80) =>
  z
    .string({ error: `${label}: vul dit veld in.` })
    .trim()
    .min(1, { error: `${label} is verplicht.` })
    .max(max, { error: `${label} mag hoogstens ${max} tekens lang zijn.` })
    .refine((s) => !CONTROL_CHARS.test(s), { error: `${label} bevat een teken dat niet in een tekst hoort.` });

/** An optional text: empty becomes null. */
export const optionalTextField = (label: string, max = 200) =>
  z
    .string({ error: `${label}: vul tekst in of laat het veld leeg.` })
    .trim()
    .max(max, { error: `${label} mag hoogstens ${max} tekens lang zijn.` })
    .refine((s) => !CONTROL_CHARS.test(s), { error: `${label} bevat een teken dat niet in een tekst hoort.` })
    .nullable()
    .default(null)
    .transform((s) => (s === '' ? null : s));

/** A whole number between min and max. */
export const intField = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label}: vul een getal in.` })
    .int({ error: `${label} moet een heel getal zijn.` })
    .min(min, { error: `${label} moet minstens ${min} zijn.` })
    .max(max, { error: `${label} mag hoogstens ${max} zijn.` });

/** A number (decimals allowed) between min and max. */
export const numberField = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label}: vul een getal in.` })
    .min(min, { error: `${label} moet minstens ${min} zijn.` })
    .max(max, { error: `${label} mag hoogstens ${max} zijn.` });

export const timeField = (label: string) => z.string({ error: `${label}: vul een tijd in.` }).regex(HHMM_RE, { error: `${label}: schrijf de tijd als UU:MM, bijvoorbeeld 09:00.` });

export const dateField = (label: string) => z.string({ error: `${label}: kies een datum.` }).refine(isValidIsoDate, { error: `${label}: kies een geldige datum (JJJJ-MM-DD).` });

export const weekdayField = z
  .number({ error: 'Dag: kies een dag van de week.' })
  .int({ error: 'Dag: kies een dag van de week.' })
  .min(1, { error: 'Dag: kies maandag tot en met zondag.' })
  .max(7, { error: 'Dag: kies maandag tot en met zondag.' });

/** A reference to another row chosen in a list (a location, a gemeente...). */
export const refField = (what: string) => z.string({ error: `Kies ${what}.` }).min(1, { error: `Kies ${what}.` });

/** The id of the row a form edits; absent when it creates one. */
export const idField = z.string().min(1).optional();

/** Adds "end after start" to a check, on the end field. */
export function endAfterStart(v: { start: string | null | undefined; end: string | null | undefined }, ctx: z.RefinementCtx, label = 'Eindtijd'): void {
  if (v.start && v.end && v.end <= v.start) ctx.addIssue({ code: 'custom', message: `${label} moet na de begintijd liggen.`, path: ['end'] });
}

/** Adds "until not before from" to a check. */
export function untilNotBeforeFrom(from: string | null | undefined, until: string | null | undefined, ctx: z.RefinementCtx, path: string, label: string): void {
  if (from && until && until < from) ctx.addIssue({ code: 'custom', message: `${label} mag niet vóór de begindatum liggen.`, path: [path] });
}

/** A weekly time: "every Tuesday 09:00-12:00", optionally only between two dates. */
export const WeeklyPatternSchema = z
  .object({
    weekday: weekdayField,
    start: timeField('Begintijd'),
    end: timeField('Eindtijd'),
    validFrom: dateField('Geldig vanaf').nullable().default(null),
    validUntil: dateField('Geldig tot en met').nullable().default(null),
  })
  .strict()
  .superRefine((v, ctx) => {
    endAfterStart(v, ctx);
    untilNotBeforeFrom(v.validFrom, v.validUntil, ctx, 'validUntil', 'Geldig tot en met');
  });
export type WeeklyPatternForm = z.input<typeof WeeklyPatternSchema>;

/** A change on one date: closed (remove, the whole day without times) or extra time (add). */
export const DatedExceptionSchema = z
  .object({
    date: dateField('Datum'),
    kind: z.enum(['add', 'remove'], { error: 'Soort: kies "extra open" of "dicht".' }),
    start: timeField('Begintijd').nullable().default(null),
    end: timeField('Eindtijd').nullable().default(null),
    note: optionalTextField('Toelichting', 120),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.kind === 'add' && (!v.start || !v.end)) ctx.addIssue({ code: 'custom', message: 'Extra open: vul een begin- en eindtijd in.', path: [v.start ? 'end' : 'start'] });
    if (v.kind === 'remove' && !!v.start !== !!v.end)
      ctx.addIssue({ code: 'custom', message: 'Dicht: vul begin én eind in, of geen van beide voor de hele dag.', path: [v.start ? 'end' : 'start'] });
    endAfterStart(v, ctx);
  });
export type DatedExceptionForm = z.input<typeof DatedExceptionSchema>;

export const patternsField = (label: string) =>
  z.array(WeeklyPatternSchema, { error: `${label}: geef een lijst van tijden.` }).max(100, { error: `${label}: hoogstens 100 tijden.` });
export const exceptionsField = z.array(DatedExceptionSchema, { error: 'Uitzonderingen: geef een lijst.' }).max(400, { error: 'Uitzonderingen: hoogstens 400.' });

/** A list row's stamp: its last change's audit id, sent back as `expectedStamp` when its form is saved (0: no change recorded). */
export const stampField = z.number().int().optional();

/**
 * What every change may carry: why (for the audit log), preview (only report what it would
 * break; nothing is kept) and confirm (apply even though it makes planned weeks conflict).
 */
export const changeFlags = {
  reason: optionalTextField('Reden', 200),
  preview: z.boolean().default(false),
  confirm: z.boolean().default(false),
  /** The stamp of the row as the form read it (its `stamp` in the list): a save after someone else's change is refused as stale. */
  expectedStamp: z.number().int().min(0).optional(),
};

/** A form's schema (for the renderer) and the save call's input (form + change flags), with the same checks. */
export function formAndSave<S extends z.ZodRawShape>(shape: S, check?: (v: z.output<z.ZodObject<S>>, ctx: z.RefinementCtx) => void) {
  const form = z.object(shape).strict();
  const save = z.object({ ...shape, ...changeFlags }).strict();
  return {
    form: check ? form.superRefine((v, ctx) => check(v, ctx)) : form,
    save: check ? save.superRefine((v, ctx) => check(v as z.output<z.ZodObject<S>>, ctx)) : save,
  };
}

export const RemoveInputSchema = z.object({ id: z.string().min(1), ...changeFlags }).strict();

/** A new conflict a change causes in a planned week: the checker's sentence. */
/** A conflict a change would cause; `msg` is the sentence as data, for the reader's language. */
export const ChangeConflictSchema = z.object({ weekStart: MondaySchema, rule: z.number().int(), message: z.string(), msg: msgSchema.optional() });

/**
 * The answer to every save and remove. applied = false: nothing changed, because it was a
 * preview or because the change would cause conflicts (or still has plans pointing at it)
 * and was not confirmed; `msg` says which (or what was done), for the reader's language, and
 * `message` is its Dutch. Conflicts are counted in full; at most 50 are listed.
 */
export const ChangeOutcomeSchema = z.object({
  applied: z.boolean(),
  /** The row saved (a new row's id), or null. */
  id: z.string().nullable(),
  message: z.string(),
  msg: msgSchema,
  conflicts: z.object({ count: z.number().int(), weeks: z.array(MondaySchema), items: z.array(ChangeConflictSchema) }),
});
export type ChangeOutcome = z.infer<typeof ChangeOutcomeSchema>;

/** What plans point at a row: from today's week on (with the first such week) and before it. */
export const UsageSchema = z.object({ future: z.number().int(), firstWeek: MondaySchema.nullable(), past: z.number().int() });
export type Usage = z.infer<typeof UsageSchema>;

/** A list's answer: every row (small lists; search and sort happen in the screen) and the count. */
export const listOf = <T extends z.ZodTypeAny>(item: T) => z.object({ items: z.array(item), count: z.number().int() });

export const RefOptionSchema = z.object({ id: z.string(), name: z.string() });
