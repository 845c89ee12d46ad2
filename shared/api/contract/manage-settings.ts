// Beheer, region settings: the planning day and grid, group sizes, the toets duration, and the
// planning weights as levels in plain words (shared/domain/planning-weights.ts explains them
// and holds the presets) instead of raw numbers.
import { z } from 'zod';
import { WEIGHT_KEYS, WEIGHT_LEVELS, WEIGHT_PRESET_IDS, type WeightKey } from '../../domain/planning-weights';
import { hhmmToMinutes } from '../../domain/time';
import { formMsg, labelledMsg } from '../../messages';
import { ChangeOutcomeSchema, changeFlags, intField, textField, timeField } from './manage-common';

export const WeightChoiceSchema = z.enum([...WEIGHT_LEVELS, 'custom'], { error: formMsg('weightLevel') });

const weightShape = Object.fromEntries(WEIGHT_KEYS.map((k) => [k, WeightChoiceSchema])) as Record<WeightKey, typeof WeightChoiceSchema>;
export const WeightChoicesSchema = z.object(weightShape).strict();

const settingsShape = {
  name: textField('regionName'),
  dayStart: timeField('dayStart'),
  dayEnd: timeField('dayEnd'),
  slotMinutes: intField('slotMinutes', 5, 60).refine((n) => 1440 % n === 0, { error: labelledMsg('slotGrid', 'slotMinutes') }),
  workingDays: intField('workingDays', 1, 7),
  groupInfo: z.object({ minutes: intField('groupInfoMinutes', 15, 480), minSize: intField('minGroup', 0, 50), maxSize: intField('maxGroup', 1, 100) }).strict(),
  toets: z.object({ minutes: intField('toetsMinutes', 15, 480), maxSize: intField('toetsMaxSize', 1, 50).nullable() }).strict(),
  /** Per weight a level; 'custom' keeps a number that is none of the levels. */
  weights: WeightChoicesSchema,
};

type SettingsValues = z.output<z.ZodObject<typeof settingsShape>>;

function checkSettings(v: SettingsValues, ctx: z.RefinementCtx): void {
  if (v.dayEnd <= v.dayStart) {
    ctx.addIssue({ code: 'custom', message: formMsg('dayEndAfterStart'), path: ['dayEnd'] });
    return;
  }
  if (v.groupInfo.maxSize < v.groupInfo.minSize) ctx.addIssue({ code: 'custom', message: formMsg('groupSizes'), path: ['groupInfo', 'maxSize'] });
  const day = hhmmToMinutes(v.dayEnd) - hhmmToMinutes(v.dayStart);
  const span = `${v.dayStart}-${v.dayEnd}`;
  if (v.groupInfo.minutes > day) ctx.addIssue({ code: 'custom', message: formMsg('groupInfoNotInDay', { day: span }), path: ['groupInfo', 'minutes'] });
  if (v.toets.minutes > day) ctx.addIssue({ code: 'custom', message: formMsg('toetsNotInDay', { day: span }), path: ['toets', 'minutes'] });
}

export const SettingsFormSchema = z.object(settingsShape).strict().superRefine(checkSettings);
export type SettingsForm = z.input<typeof SettingsFormSchema>;

export const SettingsSchema = z.object({
  ...settingsShape,
  name: z.string(),
  /** The preset these levels are, or null (levels chosen one by one, or a custom number). */
  preset: z.enum(WEIGHT_PRESET_IDS).nullable(),
  /** The numbers behind the levels, for who wants to see them (read-only). */
  weightValues: z.object(Object.fromEntries(WEIGHT_KEYS.map((k) => [k, z.number()])) as Record<WeightKey, z.ZodNumber>),
  /** The id of the settings' last change: sent back as `expectedStamp`, a save on an older one is refused as stale. */
  stamp: z.number().int(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const manageSettingsCalls = {
  'settings.get': { input: z.object({}).strict(), output: SettingsSchema },
  /** Changing the grid, day or sizes can break planned weeks: preview and confirm as for the other saves. */
  'settings.save': {
    input: z
      .object({ ...settingsShape, ...changeFlags })
      .strict()
      .superRefine(checkSettings),
    output: ChangeOutcomeSchema,
  },
} as const;
