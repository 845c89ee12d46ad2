// First start: an empty data folder asks for an own region or the demo; the demo can later be
// removed in one step. createRegion and loadDemo need no profile (there is nobody to choose yet)
// and are refused once a region exists; removeDemo is the coordinator's, for the demo only.
import { z } from 'zod';
import { formMsg, labelledMsg } from '../../messages';
import { emptyInput } from './common';

/** The same gemeente twice, whatever the capitals or spaces. */
const gemeenteKey = (name: string) => name.trim().toLocaleLowerCase('nl').replace(/\s+/g, ' ');

export const SetupCreateRegionSchema = z
  .object({
    name: z
      .string({ message: labelledMsg('regionName', 'fillInName') })
      .trim()
      .min(1, { message: labelledMsg('regionName', 'fillInName') })
      .max(100, { message: labelledMsg('regionName', 'tooLong', { max: 100 }) }),
    gemeenten: z
      .array(
        z
          .string({ message: labelledMsg('gemeente', 'fillInName') })
          .trim()
          .min(1, { message: labelledMsg('gemeente', 'nameOrRemoveRow') })
          .max(80, { message: labelledMsg('gemeente', 'nameTooLong', { max: 80 }) }),
        { message: labelledMsg('gemeenten', 'giveNames') },
      )
      .min(1, { message: labelledMsg('gemeenten', 'atLeastOneGemeente') })
      .max(100, { message: labelledMsg('gemeenten', 'atMostGemeenten', { max: 100 }) }),
  })
  .strict()
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.gemeenten.forEach((g, i) => {
      const key = gemeenteKey(g);
      if (key && seen.has(key)) ctx.addIssue({ code: 'custom', path: ['gemeenten', i], message: labelledMsg('gemeente', 'alreadyListed', { name: g }) });
      seen.add(key);
    });
  });
export type SetupCreateRegionInput = z.input<typeof SetupCreateRegionSchema>;

export const setupCalls = {
  'setup.createRegion': {
    input: SetupCreateRegionSchema,
    output: z.object({ name: z.string(), gemeenten: z.array(z.string()) }),
  },
  'setup.loadDemo': {
    input: emptyInput,
    output: z.object({ name: z.string(), participants: z.number().int() }),
  },
  'setup.removeDemo': {
    input: z.object({ confirm: z.literal(true, { message: formMsg('confirmRemoveDemo') }) }).strict(),
    output: z.object({ removed: z.string() }),
  },
} as const;
