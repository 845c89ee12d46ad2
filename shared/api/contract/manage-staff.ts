// Beheer, people who run sessions: consultants and interpreters.
import { z } from 'zod';
import { labelledMsg } from '../../messages';
import { INTERPRETER_MODES } from '../../domain/region-kinds';
import { LanguageCodeSchema } from './common';
import {
  ChangeOutcomeSchema,
  DatedExceptionSchema,
  RefOptionSchema,
  UsageSchema,
  WeeklyPatternSchema,
  changeFlags,
  exceptionsField,
  formAndSave,
  idField,
  listOf,
  numberField,
  optionalTextField,
  patternsField,
  textField,
  stampField,
} from './manage-common';

const languagesField = z
  .array(
    z
      .string({ error: labelledMsg('languages', 'chooseLanguage') })
      .min(2, { error: labelledMsg('languages', 'chooseLanguage') })
      .max(8, { error: labelledMsg('languages', 'chooseLanguage') }),
    {
      error: labelledMsg('languages', 'atLeastOneLanguage'),
    },
  )
  .min(1, { error: labelledMsg('languages', 'atLeastOneLanguage') })
  .max(20, { error: labelledMsg('languages', 'atMostItems', { max: 20 }) })
  .refine((l) => new Set(l).size === l.length, { error: labelledMsg('languages', 'eachLanguageOnce') });

// Consultants ---------------------------------------------------------------------------------

export const ConsultantItemSchema = z.object({
  id: z.string(),
  stamp: stampField,
  name: z.string(),
  languages: z.array(LanguageCodeSchema),
  toetsCertified: z.boolean(),
  gemeenteId: z.string().nullable(),
  gemeente: z.string().nullable(),
  hoursPerWeek: z.number().nullable(),
  availability: z.array(WeeklyPatternSchema),
  exceptions: z.array(DatedExceptionSchema),
  active: z.boolean(),
  sessions: UsageSchema,
  /** Participants with this consultant (caseload). */
  clients: z.number().int(),
});
export type ConsultantItem = z.infer<typeof ConsultantItemSchema>;

const consultant = formAndSave({
  id: idField,
  name: textField('name'),
  languages: languagesField,
  toetsCertified: z.boolean().default(false),
  gemeenteId: z.string().min(1).nullable().default(null),
  hoursPerWeek: numberField('hoursPerWeek', 0, 60).nullable().default(null),
  availability: patternsField('availability'),
  exceptions: exceptionsField,
  active: z.boolean().default(true),
});
export const ConsultantFormSchema = consultant.form;
export type ConsultantForm = z.input<typeof ConsultantFormSchema>;

// Interpreters --------------------------------------------------------------------------------

export const InterpreterModeSchema = z.enum(INTERPRETER_MODES, { error: labelledMsg('mode', 'interpreterMode') });

export const InterpreterItemSchema = z.object({
  id: z.string(),
  stamp: stampField,
  name: z.string(),
  languages: z.array(LanguageCodeSchema),
  costPerHour: z.number(),
  agency: z.string().nullable(),
  mode: InterpreterModeSchema,
  availability: z.array(WeeklyPatternSchema),
  exceptions: z.array(DatedExceptionSchema),
  active: z.boolean(),
  sessions: UsageSchema,
});
export type InterpreterItem = z.infer<typeof InterpreterItemSchema>;

const interpreter = formAndSave({
  id: idField,
  name: textField('name'),
  languages: languagesField,
  costPerHour: numberField('costPerHour', 0, 500),
  agency: optionalTextField('agency', 80),
  mode: InterpreterModeSchema.default('inPerson'),
  availability: patternsField('availability'),
  exceptions: exceptionsField,
  active: z.boolean().default(true),
});
export const InterpreterFormSchema = interpreter.form;
export type InterpreterForm = z.input<typeof InterpreterFormSchema>;

export const manageStaffCalls = {
  'consultants.list': { input: z.object({}).strict(), output: listOf(ConsultantItemSchema).extend({ gemeenten: z.array(RefOptionSchema) }) },
  'consultants.save': { input: consultant.save, output: ChangeOutcomeSchema },
  /**
   * Never erased (profiles, history and the audit log name them): taken out of use. Refused
   * while the consultant has clients unless `transferClientsTo` names another consultant in
   * use, who takes them over. With sessions from this week on: only with confirm; the sessions
   * stay and show as conflicts.
   */
  'consultants.remove': { input: z.object({ id: z.string().min(1), transferClientsTo: z.string().min(1).optional(), ...changeFlags }).strict(), output: ChangeOutcomeSchema },
  'interpreters.list': { input: z.object({}).strict(), output: listOf(InterpreterItemSchema) },
  'interpreters.save': { input: interpreter.save, output: ChangeOutcomeSchema },
  /** Never erased: taken out of use; with sessions from this week on only with confirm (they show as conflicts). */
  'interpreters.remove': { input: z.object({ id: z.string().min(1), ...changeFlags }).strict(), output: ChangeOutcomeSchema },
} as const;
