// Building blocks of the management area (Beheer): form fields whose refusals are messages that
// name the field (encoded in the zod issue, shared/messages/field-msg.ts; Dutch and English), weekly patterns with exceptions, what a change does to the planned weeks, and the
// save/remove inputs every entity shares. The renderer validates its forms with the same
// schemas (the `...FormSchema` exports), so a message appears next to the field before the
// services see the input, and the services refuse the same input with the same words.
import { chooseMsg, formMsg, labelledMsg, msgSchema, type FieldLabel, type RefWhat } from '../../messages';
import { z } from 'zod';
import { isValidIsoDate } from '../../domain/week';
import { MondaySchema } from './common';

const HHMM_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

// Control characters (a NUL cuts a text short in SQLite) have no place in a name or a note.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** A required name or label: trimmed, 1..max characters. */
export const textField = (label: FieldLabel, max = 80) =>
  z
    .string({ error: labelledMsg(label, 'fillIn') })
    .trim()
    .min(1, { error: formMsg('required', { label }) })
    .max(max, { error: formMsg('maxChars', { label, max }) })
    .refine((s) => !CONTROL_CHARS.test(s), { error: formMsg('controlChar', { label }) });

/** An optional text: empty becomes null. */
export const optionalTextField = (label: FieldLabel, max = 200) =>
  z
    .string({ error: labelledMsg(label, 'textOrEmpty') })
    .trim()
    .max(max, { error: formMsg('maxChars', { label, max }) })
    .refine((s) => !CONTROL_CHARS.test(s), { error: formMsg('controlChar', { label }) })
    .nullable()
    .default(null)
    .transform((s) => (s === '' ? null : s));

/** A whole number between min and max. */
export const intField = (label: FieldLabel, min: number, max: number) =>
  z
    .number({ error: labelledMsg(label, 'enterNumber') })
    .int({ error: formMsg('wholeNumber', { label }) })
    .min(min, { error: formMsg('atLeast', { label, min }) })
    .max(max, { error: formMsg('atMost', { label, max }) });

/** A number (decimals allowed) between min and max. */
export const numberField = (label: FieldLabel, min: number, max: number) =>
  z
    .number({ error: labelledMsg(label, 'enterNumber') })
    .min(min, { error: formMsg('atLeast', { label, min }) })
    .max(max, { error: formMsg('atMost', { label, max }) });

export const timeField = (label: FieldLabel) => z.string({ error: labelledMsg(label, 'enterTime') }).regex(HHMM_RE, { error: labelledMsg(label, 'timeFormat') });

export const dateField = (label: FieldLabel) => z.string({ error: labelledMsg(label, 'chooseDate') }).refine(isValidIsoDate, { error: labelledMsg(label, 'validDate') });

export const weekdayField = z
  .number({ error: labelledMsg('day', 'chooseWeekday') })
  .int({ error: labelledMsg('day', 'chooseWeekday') })
  .min(1, { error: labelledMsg('day', 'mondayToSunday') })
  .max(7, { error: labelledMsg('day', 'mondayToSunday') });

/** A reference to another row chosen in a list (a location, a gemeente...). */
export const refField = (what: RefWhat) => z.string({ error: chooseMsg(what) }).min(1, { error: chooseMsg(what) });

/** The id of the row a form edits; absent when it creates one. */
export const idField = z.string().min(1).optional();

/** Adds "end after start" to a check, on the end field. */
export function endAfterStart(v: { start: string | null | undefined; end: string | null | undefined }, ctx: z.RefinementCtx, label: FieldLabel = 'end'): void {
  if (v.start && v.end && v.end <= v.start) ctx.addIssue({ code: 'custom', message: formMsg('endAfterStart', { label }), path: ['end'] });
}

/** Adds "until not before from" to a check. */
export function untilNotBeforeFrom(from: string | null | undefined, until: string | null | undefined, ctx: z.RefinementCtx, path: string, label: FieldLabel): void {
  if (from && until && until < from) ctx.addIssue({ code: 'custom', message: formMsg('untilNotBeforeFrom', { label }), path: [path] });
}

/** A weekly time: "every Tuesday 09:00-12:00", optionally only between two dates. */
export const WeeklyPatternSchema = z
  .object({
    weekday: weekdayField,
    start: timeField('start'),
    end: timeField('end'),
    validFrom: dateField('validFrom').nullable().default(null),
    validUntil: dateField('validUntil').nullable().default(null),
  })
  .strict()
  .superRefine((v, ctx) => {
    endAfterStart(v, ctx);
    untilNotBeforeFrom(v.validFrom, v.validUntil, ctx, 'validUntil', 'validUntil');
  });
export type WeeklyPatternForm = z.input<typeof WeeklyPatternSchema>;

/** A change on one date: closed (remove, the whole day without times) or extra time (add). */
export const DatedExceptionSchema = z
  .object({
    date: dateField('date'),
    kind: z.enum(['add', 'remove'], { error: labelledMsg('kind', 'exceptionKind') }),
    start: timeField('start').nullable().default(null),
    end: timeField('end').nullable().default(null),
    note: optionalTextField('note', 120),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.kind === 'add' && (!v.start || !v.end)) ctx.addIssue({ code: 'custom', message: labelledMsg('extraOpen', 'extraOpenTimes'), path: [v.start ? 'end' : 'start'] });
    if (v.kind === 'remove' && !!v.start !== !!v.end) ctx.addIssue({ code: 'custom', message: labelledMsg('closed', 'closedTimes'), path: [v.start ? 'end' : 'start'] });
    endAfterStart(v, ctx);
  });
export type DatedExceptionForm = z.input<typeof DatedExceptionSchema>;

export const patternsField = (label: FieldLabel) =>
  z.array(WeeklyPatternSchema, { error: labelledMsg(label, 'giveTimes') }).max(100, { error: labelledMsg(label, 'atMostTimes', { max: 100 }) });
export const exceptionsField = z
  .array(DatedExceptionSchema, { error: labelledMsg('exceptions', 'giveList') })
  .max(400, { error: labelledMsg('exceptions', 'atMostItems', { max: 400 }) });

/** A list row's stamp: its last change's audit id, sent back as `expectedStamp` when its form is saved (0: no change recorded). */
export const stampField = z.number().int().optional();

/**
 * What every change may carry: why (for the audit log), preview (only report what it would
 * break; nothing is kept) and confirm (apply even though it makes planned weeks conflict).
 */
export const changeFlags = {
  reason: optionalTextField('reason', 200),
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
